/**
 * The parts a large honour board is indexed in (./records.ts, `honourRecords`): each part's record
 * has the board's address with `?phan=<n>`, which every host serves as the board's page; the
 * search page shows the board's own address (./hits.ts). Kept apart so the search page's script
 * does not bundle the records' code.
 */

/** The index-only filter a board's later parts carry (`phan: tiep`): a search by filters alone leaves them out (`wholePagesOnly`). */
export const PART_FILTER = 'phan';
export const LATER_PART = 'tiep';

/**
 * The filters of a search by filters alone: each board once, by its first part, which carries the
 * whole board's filters (./records.ts). A query's words still search every part.
 */
export function wholePagesOnly<F extends object>(filters: F): F & { not: Record<string, string> } {
  return { ...filters, not: { [PART_FILTER]: LATER_PART } };
}

/** The query a part of a board is indexed under. */
const PART = /\?phan=(\d+)(?=#|$)/;

/** The address a part of a board is indexed under: `/bang-vang/2022/` → `/bang-vang/2022/?phan=2`. */
export function partAddress(page: string, part: number): string {
  return `${page}?phan=${part}`;
}

/** A result's address without the part of a board it was indexed under: `/bang-vang/2022/?phan=2#row` → `/bang-vang/2022/#row`. */
export function pageAddress(url: string): string {
  return url.replace(PART, '');
}

/** The part of a board a result's address names (1, 2, ...); undefined for any other address. */
export function partOf(url: string): number | undefined {
  const match = PART.exec(url);
  return match ? Number(match[1]) : undefined;
}

/**
 * Results in the order found, with the parts of a board brought together where its first part
 * was found, in the board's order: a board is one page to a reader, whose rows rank as they stand
 * on it (higher titles first) when they match a query equally.
 */
export function boardsTogether<T extends { url: string }>(pages: T[]): T[] {
  const parts = new Map<string, T[]>();
  for (const page of pages) {
    if (partOf(page.url) === undefined) continue;
    const board = pageAddress(page.url);
    parts.set(board, [...(parts.get(board) ?? []), page]);
  }
  const placed = new Set<string>();
  return pages.flatMap((page) => {
    if (partOf(page.url) === undefined) return [page];
    const board = pageAddress(page.url);
    if (placed.has(board)) return [];
    placed.add(board);
    return [...parts.get(board)!].sort((a, b) => partOf(a.url)! - partOf(b.url)!);
  });
}

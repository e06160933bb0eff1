import { slugify } from '../text/fold';
import type { BoardRow } from './board';

/** Anchor of a row on its year's board: the one its board gave it (`boardAnchors`), else title and recipient. */
export function rowAnchor(row: Pick<BoardRow, 'title' | 'unit' | 'name' | 'kind'> & { anchor?: string }): string {
  return row.anchor ?? recipientAnchor(row);
}

/** Title and recipient, stable while neither changes. */
function recipientAnchor(row: Pick<BoardRow, 'title' | 'unit' | 'name' | 'kind'>): string {
  return slugify(`${row.title.id} ${row.kind === 'collective' ? (row.unit?.id ?? row.name) : row.name}`);
}

/**
 * Gives each row of a board (in the board's order) an anchor of its own. A province's board has
 * namesakes under one title (two "Lương Ngọc Quân", Lao động tiên tiến, in different units): the
 * first keeps the title-and-name anchor, as before; each other is told apart by its unit, then
 * by its place ("-2", "-3"), so no two rows share an id and a link reaches its own row.
 */
export function boardAnchors(rows: (Pick<BoardRow, 'title' | 'unit' | 'name' | 'kind'> & { anchor?: string })[]): void {
  const used = new Set<string>();
  for (const row of rows) {
    const base = recipientAnchor(row);
    let anchor = base;
    if (used.has(anchor) && row.unit) anchor = slugify(`${base} ${row.unit.id}`);
    for (let n = 2; used.has(anchor); n += 1) anchor = `${base}-${n}`;
    used.add(anchor);
    row.anchor = anchor;
  }
}

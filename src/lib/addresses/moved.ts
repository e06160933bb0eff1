/**
 * Addresses kept when a file is renamed or moved. A page's address is its file's path (a document
 * under content/campaigns, a body under content/units, a bloc under content/blocs), so renaming a
 * file would break every link, bookmark and search result that pointed at the old page. The file
 * lists its earlier ids under `formerly`; the site then publishes a small page at each old address
 * that sends the reader on (src/pages/[...moved].astro), and the content check refuses an old
 * address that another file still uses or that two files both claim.
 */
import { readFileSync } from 'node:fs';
import { lineOfField } from '../content/format';
import type { ContentEntry, ContentProblem, ContentSet } from '../content/types';

/** One old address and where it leads now. */
export interface MovedAddress {
  /** The old page's path in the site, without slashes at either end: "phong-trao/2022/phat-dong-2022". */
  from: string;
  /** The current page's path in the site, in the same form. */
  to: string;
  /** What the current page is, to name it on the old one: a document's title, a body's or a bloc's name. */
  name: string;
}

type Named<T> = ContentEntry<T & { formerly?: string[] }>;

/** The entries of a content set that can move, with what names each one's page. */
export interface MovableContent {
  campaigns: Named<{ year: number }>[];
  units: Named<{ name: string }>[];
  blocs: Named<{ name: string; years: { year: number }[] }>[];
}

/** A document's, a body's and a bloc's page paths (one per year for a bloc), for an id. */
const pagesOf = {
  campaigns: (id: string) => [`phong-trao/${id}`],
  units: (id: string) => [`don-vi/${id}`],
  blocs: (id: string, years: number[]) => years.map((year) => `khoi-thi-dua/${id}/${year}`),
};

/** Every old address of a content set and where it leads; `nameOf` names a document (its title). */
export function movedAddresses(content: MovableContent, nameOf: (entry: Named<{ year: number }>) => string): MovedAddress[] {
  const moved: MovedAddress[] = [];
  for (const entry of content.campaigns) {
    for (const old of entry.data.formerly ?? []) moved.push({ from: pagesOf.campaigns(old)[0], to: pagesOf.campaigns(entry.id)[0], name: nameOf(entry) });
  }
  for (const entry of content.units) {
    for (const old of entry.data.formerly ?? []) moved.push({ from: pagesOf.units(old)[0], to: pagesOf.units(entry.id)[0], name: entry.data.name });
  }
  for (const entry of content.blocs) {
    const years = entry.data.years.map((year) => year.year);
    for (const old of entry.data.formerly ?? []) {
      const to = pagesOf.blocs(entry.id, years);
      pagesOf.blocs(old, years).forEach((from, i) => moved.push({ from, to: to[i], name: `${entry.data.name} năm ${years[i]}` }));
    }
  }
  return moved;
}

const KINDS = { campaigns: 'văn bản', units: 'đơn vị', blocs: 'khối thi đua' } as const;

/**
 * An old address another file still has (the page would stand twice), an old id that is the file's
 * own, or an old address two files claim (which page should it lead to?). Each is reported at the
 * file's `formerly` field.
 */
export function checkMovedAddresses(content: ContentSet): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const movable = content as unknown as MovableContent;
  for (const kind of ['campaigns', 'units', 'blocs'] as const) {
    const entries = movable[kind] as Named<object>[];
    const current = new Map(entries.map((entry) => [entry.id, entry.filePath]));
    const claimed = new Map<string, string>();
    for (const entry of entries) {
      for (const old of entry.data.formerly ?? []) {
        const report = (found: string, fix: string) =>
          problems.push({ file: entry.filePath, field: 'formerly', ...lineOf(entry.filePath), expected: `địa chỉ cũ của ${KINDS[kind]} này, không còn tệp nào dùng`, found, fix });
        if (old === entry.id) report(`"${old}" là địa chỉ hiện nay của chính tệp này`, `Bỏ "${old}" khỏi formerly: chỉ ghi các mã cũ, trước khi đổi tên tệp.`);
        else if (current.has(old)) report(`"${old}" vẫn là địa chỉ của ${current.get(old)}`, `Nếu ${current.get(old)} là bản cũ của tệp này, xóa nó đi; nếu không, bỏ "${old}" khỏi formerly.`);
        else if (claimed.has(old)) report(`"${old}" đã được ${claimed.get(old)} ghi là địa chỉ cũ của nó`, `Giữ "${old}" trong formerly của một tệp duy nhất, tệp mà trang cũ đã thành; bỏ nó khỏi tệp kia.`);
        else claimed.set(old, entry.filePath);
      }
    }
  }
  return problems;
}

/** The line of the `formerly` field, when the file can be read. */
function lineOf(path: string): { line?: number } {
  try {
    const line = lineOfField(readFileSync(path, 'utf8'), 'formerly');
    return line ? { line } : {};
  } catch {
    return {};
  }
}

/** Characters a page title keeps (tabs and search results cut the rest; html-validate refuses more). */
const TITLE_LENGTH = 70;

/** The old address's page title: "Trang đã chuyển: <name>", the name cut at a word with "…" when too long. */
export function movedTitle(label: string, name: string): string {
  const full = `${label}: ${name}`;
  if (full.length <= TITLE_LENGTH) return full;
  const cut = full.slice(0, TITLE_LENGTH - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), label.length + 2)).trimEnd()}…`;
}

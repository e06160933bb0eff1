import { foldVietnamese } from '../text/fold';
import { boardsTogether, pageAddress } from './board-parts';

/** What Pagefind returns for a loaded page (the part this site uses). */
export interface PagefindData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string>;
  sub_results?: { title: string; url: string; excerpt: string; anchor?: { id: string; location: number } }[];
}

/** One line of the result list: an item of a document (or a page's opening) with its text. */
export interface SearchHit {
  url: string;
  title: string;
  context: string;
  /** Pagefind's excerpt (HTML with <mark>s), used when the query is not found as a phrase. */
  excerpt: string;
  /** The words of the item as indexed, for ranking and for our own excerpt. */
  words: string[];
}

const ROLE_LABELS: Record<string, string> = { 'noi-dung': 'Nội dung', 'muc-tieu': 'Mục tiêu' };

/**
 * How a reader names an item from its anchor: "noi-dung-3" → "Nội dung 3" (document headings
 * only carry the printed number), a numeral heading → "Phần II", any other heading as it is
 * (an honour row's title).
 */
export function itemLabel(anchor: string, heading: string): string {
  const match = /^(noi-dung|muc-tieu)(?:-\d+)?-(\d+)$/.exec(anchor);
  if (match) return `${ROLE_LABELS[match[1]]} ${match[2]}`;
  if (/^[IVXLC\d]+\.$/.test(heading)) return `Phần ${heading.replace(/\.$/, '')}`;
  return heading;
}

/**
 * Pages in Pagefind's order, each opened into its matching items: the sub-results under the
 * anchored headings of the indexed page, each with the words from its heading to the next.
 */
export function hitsOf(pages: PagefindData[]): SearchHit[] {
  const hits = boardsTogether(pages).flatMap((page) => {
    const url = pageAddress(page.url);
    const title = page.meta.title ?? url;
    const words = page.content.split(/\s+/);
    const subs = [...(page.sub_results ?? [])].sort((a, b) => (a.anchor?.location ?? 0) - (b.anchor?.location ?? 0));
    if (subs.length === 0) return [{ url, title, context: '', excerpt: page.excerpt, words }];
    return subs.map((sub, index) => {
      const from = sub.anchor?.location ?? 0;
      const to = subs[index + 1]?.anchor?.location ?? words.length;
      const itemWords = words.slice(from, to);
      return sub.anchor?.id
        ? { url: pageAddress(sub.url), title: itemLabel(sub.anchor.id, sub.title), context: title, excerpt: sub.excerpt, words: itemWords }
        : { url, title, context: '', excerpt: sub.excerpt, words: itemWords };
    });
  });
  // The parts of a large honour board are one page to a reader: listed once.
  const parted = new Set(pages.filter((page) => pageAddress(page.url) !== page.url).map((page) => pageAddress(page.url)));
  const seen = new Set<string>();
  return hits.filter((hit) => !parted.has(hit.url) || (!seen.has(hit.url) && Boolean(seen.add(hit.url))));
}

/** A word as compared for ranking: folded (no marks, đ→d), punctuation trimmed. */
export const rankKey = (word: string) => foldVietnamese(word).replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

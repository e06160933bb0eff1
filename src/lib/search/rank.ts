import { rankKey } from './hits';
import type { SearchHit } from './hits';

/** Where the whole query stands in an item as a phrase (last word may be a prefix), or -1. */
export function phraseAt(words: string[], query: string[]): number {
  const keys = words.map(rankKey);
  for (let i = 0; i + query.length <= keys.length; i += 1) {
    if (query.every((word, j) => (j === query.length - 1 ? keys[i + j].startsWith(word) : keys[i + j] === word))) return i;
  }
  return -1;
}

/** Share of the query's words the item holds. */
function coverage(words: string[], query: string[]): number {
  const keys = new Set(words.map(rankKey));
  return query.filter((word, j) => keys.has(word) || (j === query.length - 1 && [...keys].some((key) => key.startsWith(word)))).length / query.length;
}

/** The query's words as ranking compares them. */
export const queryWords = (query: string) => query.split(/\s+/).map(rankKey).filter(Boolean);

/**
 * Pagefind scores words, not phrases: for "van hoa cong so" an item with "văn hóa", "công" and
 * "cơ sở" apart can outrank the one saying "văn hóa công sở", and an item repeating one word
 * can outrank one holding all of them. Items holding the whole query as a phrase come first,
 * then items by the share of the query's words they hold; ties keep Pagefind's order.
 */
export function rankByQuery(hits: SearchHit[], query: string): SearchHit[] {
  const words = queryWords(query);
  if (words.length === 0) return hits;
  return hits
    .map((hit, index) => ({ hit, index, phrase: words.length > 1 && phraseAt(hit.words, words) >= 0 ? 1 : 0, share: coverage(hit.words, words) }))
    .sort((a, b) => b.phrase - a.phrase || b.share - a.share || a.index - b.index)
    .map(({ hit }) => hit);
}

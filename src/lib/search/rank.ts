import { foldVietnamese } from '../text/fold';

/** A loaded result: what the ranking can see of it. */
export interface RankedItem {
  excerpt: string;
}

const phraseKey = (text: string) => ` ${foldVietnamese(text.replace(/<[^>]+>/g, '')).replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;

/**
 * Pagefind scores words, not phrases: for "van hoa cong so" a short item with "văn hóa",
 * "công" and "cơ sở" apart outranks the item saying "văn hóa công sở". Results whose excerpt
 * holds the whole query as a phrase (folded: no marks, đ→d, no punctuation) move to the top;
 * the order is otherwise kept.
 */
export function phraseFirst<T extends RankedItem>(items: T[], query: string): T[] {
  const phrase = phraseKey(query);
  if (phrase.trim().split(' ').length < 2) return items;
  const hit = items.map((item) => phraseKey(item.excerpt).includes(phrase));
  return items.map((item, index) => ({ item, index })).sort((a, b) => Number(hit[b.index]) - Number(hit[a.index]) || a.index - b.index).map(({ item }) => item);
}

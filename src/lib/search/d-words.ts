/**
 * Pagefind folds tone marks away (NFD, marks dropped) but keeps "đ", which has no
 * decomposition: a page saying "Đoàn kết" is indexed as "đoan ket", and the query "doan ket"
 * finds nothing. We keep the index and its excerpts exactly as written and widen the query
 * instead: at build time we list every indexed word that contains "đ" under its "d" spelling,
 * and the search page tries those spellings too.
 */

const MARKS = /[\u0300-\u036f]/g;
const WORD = /[\p{L}\p{N}]+/gu;

/** A word as Pagefind indexes it: lower case, tone and vowel marks removed, "đ" kept. */
export function pagefindFold(word: string): string {
  return word.toLowerCase().normalize('NFD').replace(MARKS, '').normalize('NFC');
}

/** The key a user without "đ" on the keyboard types: "đoan" → "doan". */
export function dKey(word: string): string {
  return pagefindFold(word).replace(/đ/g, 'd');
}

/**
 * The "d" spelling of every indexed word with "đ" → its indexed spellings, most frequent
 * first; the plain spelling is listed too when the index also has it ("dong" ← dòng, "đong" ← đồng).
 */
export function buildDWords(texts: string[]): Record<string, string[]> {
  const counts = new Map<string, number>();
  // Folding is the cost: an archive repeats its words, so each is folded once.
  const folded = new Map<string, string>();
  for (const text of texts) {
    for (const [word] of text.matchAll(WORD)) {
      let fold = folded.get(word);
      if (fold === undefined) folded.set(word, (fold = pagefindFold(word)));
      counts.set(fold, (counts.get(fold) ?? 0) + 1);
    }
  }
  const spellings = new Map<string, Set<string>>();
  for (const word of counts.keys()) {
    if (!word.includes('đ')) continue;
    const key = dKey(word);
    const set = spellings.get(key) ?? new Set<string>();
    set.add(word);
    if (counts.has(key)) set.add(key);
    spellings.set(key, set);
  }
  const byFrequency = (a: string, b: string) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || a.localeCompare(b);
  return Object.fromEntries([...spellings].sort(([a], [b]) => a.localeCompare(b)).map(([key, set]) => [key, [...set].sort(byFrequency)]));
}

/**
 * The queries to run for what the user typed: the query itself, and with each word typed with
 * "d" replaced by its indexed "đ" spellings. Words are kept as typed otherwise, so Pagefind's
 * own folding (tone marks, case) still applies. At most `limit` variants, likeliest first.
 */
export function expandQuery(query: string, dWords: Record<string, string[]>, limit = 8): string[] {
  const words = query.normalize('NFC').trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  let variants: string[][] = [[]];
  for (const word of words) {
    const spellings = /[dđ]/i.test(word) && !/đ/i.test(word) ? dWords[dKey(word)] : undefined;
    const options = spellings?.length ? spellings : [word];
    variants = variants.flatMap((prefix) => options.map((option) => [...prefix, option])).slice(0, limit);
  }
  return variants.map((variant) => variant.join(' '));
}

/**
 * Pagefind folds tone marks away (NFD, marks dropped) but keeps "đ", which has no
 * decomposition: a page saying "Đoàn kết" is indexed as "đoan ket", and the query "doan ket"
 * finds nothing. We keep the index and its excerpts exactly as written and widen the query
 * instead: at build time we list every indexed word that contains "đ" under its "d" spelling,
 * and the search page tries those spellings too.
 */

const MARKS = /[\u0300-\u036f]/g;

/** A word as Pagefind indexes it: lower case, tone and vowel marks removed, "đ" kept. */
export function pagefindFold(word: string): string {
  return word.toLowerCase().normalize('NFD').replace(MARKS, '').normalize('NFC');
}

/** The key a user without "đ" on the keyboard types: "đoan" → "doan". */
export function dKey(word: string): string {
  return pagefindFold(word).replace(/đ/g, 'd');
}

const WORD_CHARACTER = /^[\p{L}\p{N}]$/u;

/**
 * For each UTF-16 code unit below the surrogates: 1 if it is a letter or digit (a word's, as
 * `[\p{L}\p{N}]` with the `u` flag reads it), 2 if it is also one whose folding holds "d" or "đ"
 * (d, Đ, ď, ḍ...). Worked out once, on first use.
 */
let units: Uint8Array | undefined;

function wordUnits(): Uint8Array {
  if (units) return units;
  units = new Uint8Array(0xd800);
  for (let code = 0; code < 0xd800; code++) {
    const character = String.fromCharCode(code);
    if (!WORD_CHARACTER.test(character)) continue;
    units[code] = /[dđ]/.test(pagefindFold(character)) ? 2 : 1;
  }
  return units;
}

/**
 * Calls `each` with every word of a text (a run of letters and digits, as `[\p{L}\p{N}]+` with
 * the `u` flag finds them) that may fold to a spelling with "d" or "đ": one holding such a letter,
 * or a character beyond the Basic Multilingual Plane (rare; folded and checked like the rest). The
 * other words cannot matter to the "d" spellings and are skipped without being cut out: an
 * archive's index text is millions of words, and a regular expression over it was most of the cost.
 */
export function forEachDCandidate(text: string, each: (word: string) => void): void {
  const table = wordUnits();
  let start = -1;
  let candidate = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    let kind: number;
    let width = 1;
    if (code < 0xd800) kind = table[code];
    else if (code >= 0xe000) kind = WORD_CHARACTER.test(text[index]) ? 2 : 0;
    else {
      // A surrogate pair is one character; a lone surrogate is none of a word's.
      const point = text.codePointAt(index)!;
      width = point > 0xffff ? 2 : 1;
      kind = point > 0xffff && WORD_CHARACTER.test(String.fromCodePoint(point)) ? 2 : 0;
    }
    if (kind === 0) {
      if (start >= 0 && candidate) each(text.slice(start, index));
      start = -1;
      candidate = false;
    } else {
      if (start < 0) start = index;
      if (kind === 2) candidate = true;
    }
    index += width - 1;
  }
  if (start >= 0 && candidate) each(text.slice(start));
}

/**
 * The "d" spelling of every indexed word with "đ" → its indexed spellings, most frequent
 * first; the plain spelling is listed too when the index also has it ("dong" ← dòng, "đong" ← đồng).
 */
export function buildDWords(texts: string[]): Record<string, string[]> {
  // Only words whose folding holds "d" or "đ" are counted: the others are neither a spelling
  // with "đ" nor the plain spelling of one.
  const counts = new Map<string, number>();
  // Folding is the cost: an archive repeats its words, so each is folded once.
  const folded = new Map<string, string>();
  const count = (word: string) => {
    let fold = folded.get(word);
    if (fold === undefined) folded.set(word, (fold = pagefindFold(word)));
    counts.set(fold, (counts.get(fold) ?? 0) + 1);
  };
  for (const text of texts) forEachDCandidate(text, count);
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

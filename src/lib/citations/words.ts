/**
 * Words of the folded text from a position, for the matchers that read phrases (issuer names,
 * law names, place names). Reading stops at sentence punctuation and newlines, and is bounded,
 * so no matcher can walk far: the whole pipeline stays linear.
 */

import { foldVietnamese } from '../text/fold';
import { originalSlice, type CleanText } from './clean';

/** One folded word and what separated it from the previous one. */
export interface Word {
  /** Folded letters and digits. */
  text: string;
  /** Folded offset of the first character. */
  start: number;
  /** Folded offset just past the word. */
  end: number;
  /** Soft punctuation before the word ("," or "-" or ""), spaces dropped. */
  sep: string;
}

const MAX_WORD_LENGTH = 40;

/** Up to `max` words from `pos`; stops at ; . : ! ? ( ) quotes, slashes or a newline. */
export function wordsFrom(folded: string, pos: number, max: number): Word[] {
  const words: Word[] = [];
  let i = pos;
  while (words.length < max && i < folded.length) {
    let sep = '';
    while (i < folded.length) {
      const c = folded[i];
      if (c === ' ') i++;
      else if ((c === ',' || c === '-' || c === '&') && sep.length < 3) {
        sep += c;
        i++;
      } else break;
    }
    const start = i;
    while (i < folded.length && i - start < MAX_WORD_LENGTH && isWordChar(folded.charCodeAt(i))) i++;
    if (i === start || (i < folded.length && isWordChar(folded.charCodeAt(i)))) break;
    words.push({ text: folded.slice(start, i), start, end: i, sep: sep.includes(',') ? ',' : sep.includes('-') ? '-' : sep });
  }
  return words;
}

/** a-z and 0-9: the folded alphabet. Anything else (other scripts, symbols) ends a word. */
export function isWordChar(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);
}

/** A set of Vietnamese words, matched on the original spelling. */
export interface WordSet {
  /** Is this word of the text in the set? */
  has(ct: CleanText, word: Word): boolean;
}

/**
 * Folding merges words that must stay apart ("về" and "vệ", "tại" and "tài"), so membership is
 * decided on the original spelling; only text written without any diacritics (OCR) falls back to
 * the folded form.
 */
export function vietnameseWordSet(words: readonly string[]): WordSet {
  const exact = new Set(words.map((w) => w.normalize('NFC').toLowerCase()));
  const folded = new Set(words.map(foldVietnamese));
  return {
    has(ct, word) {
      if (!folded.has(word.text)) return false;
      const original = originalSlice(ct, word.start, word.end).normalize('NFC').toLowerCase();
      return exact.has(original) || !/[^\x00-\x7f]/.test(original);
    },
  };
}

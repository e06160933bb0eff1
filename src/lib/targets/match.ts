/**
 * Matching phrase tables against tokens. Phrases are written in the tables with their
 * diacritics (readable as Vietnamese) and compiled to the same keys the tokenizer produces.
 */
import { toNfc } from '../text/fold';
import { tokenize, type Token } from './tokens';

/** One word of a compiled phrase. */
interface PhraseWord {
  readonly key: string;
  readonly shape: string;
  readonly plain: boolean;
}

/** A phrase from a table, compiled for matching; `source` is the table text. */
export interface Phrase {
  readonly source: string;
  readonly words: readonly PhraseWord[];
  /** Never match text typed without diacritics ("co" could be "có" or "cơ"). */
  readonly strict: boolean;
}

/** Compile a table phrase ("ít nhất") into word keys; punctuation in it is ignored. */
export function compilePhrase(source: string, strict = false): Phrase {
  const words = tokenize(toNfc(source))
    .filter((token) => token.kind === 'word' || token.kind === 'number')
    .map(({ key, shape, plain }) => ({ key, shape, plain }));
  return { source, words, strict };
}

/** Compile a whole table, longest phrases first so "không dưới" wins over "dưới". */
export function compilePhrases(sources: readonly string[]): Phrase[] {
  return sources.map((source) => compilePhrase(source)).sort((a, b) => b.words.length - a.words.length);
}

// Folded keys alone confuse "có" (has) with "cơ" (as in "cơ quan"); when both sides carry
// diacritics the tone-free shapes must agree too. Tones are ignored so that the seed's
// "Phần đầu" still matches "Phấn đấu".
function wordMatches(token: Token, word: PhraseWord, strict: boolean): boolean {
  if (token.kind !== 'word' && token.kind !== 'number') return false;
  if (token.key !== word.key) return false;
  if (word.plain) return true;
  if (token.plain) return !strict;
  return token.shape === word.shape;
}

/** Options for {@link matchAt}. */
export interface MatchOptions {
  /** Let commas sit between words ("Xã, phường, thị trấn tiêu biểu"). */
  readonly skipCommas?: boolean;
}

/** Index just past `phrase` if it starts at token `at` and ends before `limit`, else -1. */
export function matchAt(
  tokens: readonly Token[],
  at: number,
  limit: number,
  phrase: Phrase,
  options: MatchOptions = {},
): number {
  let index = at;
  for (const [position, word] of phrase.words.entries()) {
    if (position > 0 && options.skipCommas === true) {
      while (index < limit && tokens[index]?.kind === 'comma') index += 1;
    }
    const token = tokens[index];
    if (index >= limit || token === undefined || !wordMatches(token, word, phrase.strict)) return -1;
    index += 1;
  }
  return phrase.words.length > 0 ? index : -1;
}

/** The first (longest, as tables are sorted) phrase starting at `at`, with its end index. */
export function matchAny<P extends Phrase>(
  tokens: readonly Token[],
  at: number,
  limit: number,
  phrases: readonly P[],
  options: MatchOptions = {},
): { phrase: P; end: number } | null {
  for (const phrase of phrases) {
    const end = matchAt(tokens, at, limit, phrase, options);
    if (end >= 0) return { phrase, end };
  }
  return null;
}

/** The first (longest) phrase ending just before token `before` and starting at or after `floor`. */
export function matchAnyEndingAt<P extends Phrase>(
  tokens: readonly Token[],
  floor: number,
  before: number,
  phrases: readonly P[],
): { phrase: P; start: number } | null {
  for (const phrase of phrases) {
    const start = before - phrase.words.length;
    if (start >= floor && matchAt(tokens, start, before, phrase) === before) return { phrase, start };
  }
  return null;
}

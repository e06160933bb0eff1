/**
 * Tokenizer for target phrases. Matching happens on folded keys (so "Phần đầu" meets
 * "Phấn đấu" and text without diacritics still parses), while every token keeps its
 * offsets into the NFC input so subjects and titles come back exactly as written.
 */
import { foldVietnamese } from '../text/fold';

/** Token classes the parser distinguishes; whitespace, "*" and "_" (markdown emphasis) are dropped. */
export type TokenKind = 'word' | 'number' | 'percent' | 'comma' | 'stop' | 'quote' | 'other';

/** One token with its span in the NFC text and the keys it is matched by. */
export interface Token {
  readonly kind: TokenKind;
  /** As written. */
  readonly text: string;
  /** Folded key (no marks, đ→d, lower case, i/y spelling variants unified). */
  readonly key: string;
  /** Lower case with tone marks dropped but vowel shapes (â ă ê ô ơ ư) and đ kept. */
  readonly shape: string;
  /** Written without any diacritics, so only the folded key can be trusted. */
  readonly plain: boolean;
  readonly start: number;
  readonly end: number;
}

// Alternatives are disjoint on their first character and the number group must consume a
// separator per repetition, so matching is linear: no catastrophic backtracking.
const TOKEN_PATTERN = /([0-9]+(?:[.,][0-9]+)*)|([\p{L}\p{M}]+)|(%)|(,)|([.;:!?…])|(["“”„‟«»‘’'])|([\s*_]+)|([^])/gu;

// Tone marks only: grave, acute, tilde, hook above, dot below. Circumflex, breve and horn
// stay in the shape, because they tell "có" (has) from "cơ" (as in "cơ quan").
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
const D_LOOKALIKES = /[\u00f0\u0256]/g;

// Sino-Vietnamese syllables are spelled with -i or -y interchangeably ("Chiến sỹ"/"Chiến sĩ",
// "tỷ lệ"/"tỉ lệ"); the table maps the -y spelling of whole syllables to the -i one.
const I_Y_VARIANTS: Readonly<Record<string, string>> = { sy: 'si', ty: 'ti', ky: 'ki', ly: 'li', my: 'mi' };

function unifyVariant(syllable: string): string {
  return I_Y_VARIANTS[syllable] ?? syllable;
}

function shapeOf(word: string): string {
  const lower = word.toLowerCase().replace(D_LOOKALIKES, 'đ');
  return unifyVariant(lower.normalize('NFD').replace(TONE_MARKS, '').normalize('NFC'));
}

function classify(match: RegExpMatchArray): TokenKind | null {
  if (match[1] !== undefined) return 'number';
  if (match[2] !== undefined) return 'word';
  if (match[3] !== undefined) return 'percent';
  if (match[4] !== undefined) return 'comma';
  if (match[5] !== undefined) return 'stop';
  if (match[6] !== undefined) return 'quote';
  if (match[7] !== undefined) return null;
  return 'other';
}

/** Split NFC text into tokens; offsets index into that same NFC string. */
export function tokenize(nfcText: string): Token[] {
  const tokens: Token[] = [];
  for (const match of nfcText.matchAll(TOKEN_PATTERN)) {
    const kind = classify(match);
    if (kind === null) continue;
    const text = match[0];
    const start = match.index ?? 0;
    const folded = foldVietnamese(text);
    const key = kind === 'word' ? unifyVariant(folded) : folded;
    tokens.push({
      kind,
      text,
      key,
      shape: kind === 'word' ? shapeOf(text) : key,
      plain: folded === text.toLowerCase(),
      start,
      end: start + text.length,
    });
  }
  return tokens;
}

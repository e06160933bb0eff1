/**
 * Stage 1 (clean): a folded copy of the input for matching, with a map from every folded
 * character back to the original, so spans always point into the caller's unaltered string.
 *
 * Folding (../text/fold.ts) makes "Chỉ thị", "CHỈ THỊ" and OCR's "Chi thi" the same; on top of it
 * dash variants become "-", curly quotes become '"', Markdown bold stars and zero-width
 * characters vanish, and whitespace runs shrink to one space (or one newline, which matters
 * as a boundary).
 */
import { foldVietnamese } from '../text/fold';

/** The folded text and its way back to the original. */
export interface CleanText {
  /** The caller's input, unaltered. */
  original: string;
  /** Folded, lower-case, diacritic-free text used by every matcher. */
  folded: string;
  /** origin[i] is the original offset of folded[i]. */
  origin: Int32Array;
}

const DASHES = /[\u2010-\u2015\u2212\u00ad]/;
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\u00ab\u00bb]/;
const SINGLE_QUOTES = /[\u2018\u2019\u201a\u201b]/;
const DROPPED = /[*\u200b\u200c\u200d\u2060\ufeff]/;
const COMBINING = /[\u0300-\u036f]/;
const SPACE = /[ \t\f\v\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/;

const foldCache = new Map<string, string>();

/** Folds one character, cached: a 1 MB input has few distinct characters. */
function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 32) : ch;
  let folded = foldCache.get(ch);
  if (folded === undefined) {
    if (DASHES.test(ch)) folded = '-';
    else if (DOUBLE_QUOTES.test(ch)) folded = '"';
    else if (SINGLE_QUOTES.test(ch)) folded = "'";
    else if (DROPPED.test(ch) || COMBINING.test(ch)) folded = '';
    else if (SPACE.test(ch)) folded = ' ';
    else if (code >= 0xd800 && code <= 0xdfff) folded = '#';
    else folded = foldVietnamese(ch);
    foldCache.set(ch, folded);
  }
  return folded;
}

/**
 * A line break inside a sentence, as a PDF copy or a hard-wrapped paste leaves it ("Luật sửa đổi,
 * bổ sung" / "một số điều của Luật ..."): the next line goes on in lower case after a line that did
 * not end a sentence or an item. Read as a space (as Markdown reads a single line break), so a
 * name is not cut there; any other break stays a boundary.
 */
function softWrap(original: string, at: number, last: number): boolean {
  if (last === 0x0a || last === 0x2e || last === 0x3b || last === 0x3a || last === 0x21 || last === 0x3f) return false;
  let j = original[at] === '\r' && original[at + 1] === '\n' ? at + 2 : at + 1;
  while (j < original.length && (original[j] === ' ' || original[j] === '\t')) j += 1;
  const next = original[j];
  return next !== undefined && next !== '\n' && next.toLowerCase() === next && next.toUpperCase() !== next;
}

/** Builds the folded text and its offset map in one linear pass. */
export function cleanText(original: string): CleanText {
  // Char codes in a typed array, not an array of strings: a 1 MB input would otherwise make
  // a million small strings for the garbage collector.
  const out = new Uint16Array(original.length * 2 + 1);
  const origin = new Int32Array(original.length * 2 + 1);
  let n = 0;
  let last = 0x0a;
  for (let i = 0; i < original.length; i++) {
    const code = original.charCodeAt(i);
    if (code === 0x2a) continue; // Markdown bold/italic stars
    let folded: string | null = null;
    let single = -1;
    if (code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029) single = softWrap(original, i, last) ? 0x20 : 0x0a;
    else if (code === 0x09) single = 0x20;
    else if (code < 0x80) single = code >= 0x41 && code <= 0x5a ? code + 32 : code;
    else {
      folded = foldChar(original[i]);
      if (folded.length === 0) continue;
      if (folded.length === 1) single = folded.charCodeAt(0);
    }
    if (single === 0x20 || single === 0x0a) {
      if (last === 0x20 || last === 0x0a) {
        // Collapse the run; a newline anywhere in it wins, since it bounds names and subjects.
        if (single === 0x0a && last === 0x20 && n > 0) out[n - 1] = last = 0x0a;
        continue;
      }
    }
    if (single >= 0) {
      out[n] = single;
      origin[n++] = i;
      last = single;
    } else if (folded) {
      for (let k = 0; k < folded.length; k++) {
        out[n] = folded.charCodeAt(k);
        origin[n++] = i;
      }
      last = out[n - 1];
    }
  }
  origin[n] = original.length;
  return { original, folded: decode(out.subarray(0, n)), origin: origin.slice(0, n + 1) };
}

/** UTF-16 codes to a string, in chunks small enough for String.fromCharCode's argument limit. */
function decode(codes: Uint16Array): string {
  const parts: string[] = [];
  for (let i = 0; i < codes.length; i += 8192) parts.push(String.fromCharCode(...codes.subarray(i, i + 8192)));
  return parts.join('');
}

/** Original offset where the folded character at i starts. */
export function originalStart(ct: CleanText, i: number): number {
  return ct.origin[i];
}

/** Original offset just past the folded character at end-1, including its combining marks (NFD input). */
export function originalEnd(ct: CleanText, end: number): number {
  if (end <= 0) return 0;
  const o = ct.origin[end - 1];
  let j = o + 1;
  const code = ct.original.charCodeAt(o);
  if (code >= 0xd800 && code <= 0xdbff) j++;
  while (j < ct.original.length && COMBINING.test(ct.original[j])) j++;
  return j;
}

/** The original text behind folded[start, end). */
export function originalSlice(ct: CleanText, start: number, end: number): string {
  return ct.original.slice(originalStart(ct, start), originalEnd(ct, end));
}

/**
 * Stage 2a (tokenize): where a number/symbol token runs in the folded text. A manual scanner,
 * bounded at every step (5 digits, 8 segments of 16 characters, 2 spaces around a separator),
 * so long runs of digits, slashes or hyphens cost linear time.
 */
import { originalSlice, type CleanText } from './clean';
import { isKnownSegment } from './canonical';
import { isWordChar } from './words';

const MAX_DIGITS = 5;
const MAX_SEGMENTS = 8;
const MAX_SEGMENT_LENGTH = 16;
const MAX_SPACES = 2;

/**
 * End of the symbol token starting at `pos` (a digit), or -1. A segment after a spaced
 * separator ("01/KH- BTC") is kept only if it is a known abbreviation or written in capitals, so
 * "12/KH-UBND - Sở Nội vụ" stops after UBND.
 */
export function scanSymbol(ct: CleanText, pos: number): number {
  const f = ct.folded;
  let i = pos;
  while (i < f.length && i - pos < MAX_DIGITS && isDigit(f.charCodeAt(i))) i++;
  if (i === pos || (i < f.length && isWordChar(f.charCodeAt(i)) && !isSeparator(f[i]))) return -1;
  let end = -1;
  // "431 QĐ/ĐTN": a copy's space where the hyphen goes between the number and a known type ("431-QĐ/ĐTN").
  if (f[i] === ' ') {
    const start = i + skipSpaces(f, i);
    let j = start;
    while (j < f.length && j - start < MAX_SEGMENT_LENGTH && isWordChar(f.charCodeAt(j))) j++;
    if (j > start && isSeparator(f[j]) && isKnownSegment(originalSlice(ct, start, j))) i = end = j;
  }
  for (let segments = 0; segments < MAX_SEGMENTS; segments++) {
    let j = i;
    const before = skipSpaces(f, j);
    j += before;
    if (!isSeparator(f[j])) break;
    j++;
    const after = skipSpaces(f, j);
    j += after;
    const start = j;
    while (j < f.length && j - start < MAX_SEGMENT_LENGTH && isWordChar(f.charCodeAt(j))) j++;
    if (j === start || (j < f.length && isWordChar(f.charCodeAt(j)))) break;
    if ((before > 0 || after > 0) && !acceptsSpacedSegment(originalSlice(ct, start, j))) break;
    i = j;
    end = j;
  }
  return end;
}

function acceptsSpacedSegment(segment: string): boolean {
  return isKnownSegment(segment) || /^[\p{Lu}][\p{Lu}\p{N}]+$/u.test(segment);
}

function skipSpaces(f: string, i: number): number {
  let n = 0;
  while (n < MAX_SPACES && f[i + n] === ' ') n++;
  return n;
}

function isSeparator(c: string | undefined): boolean {
  return c === '/' || c === '-';
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/**
 * Turning token ranges back into text as written: subjects and titles are reported in the
 * author's own words (NFC), minus markdown emphasis and stray punctuation at the edges.
 */
import type { Token, TokenKind } from './tokens';

const CONTENT_KINDS: ReadonlySet<TokenKind> = new Set(['word', 'number', 'percent']);

/** Narrow [start, end) to its first and last word, number or percent token; null when none. */
export function trimRange(tokens: readonly Token[], start: number, end: number): { start: number; end: number } | null {
  let first = start;
  let last = end;
  while (first < last && !CONTENT_KINDS.has(tokens[first]?.kind ?? 'other')) first += 1;
  while (last > first && !CONTENT_KINDS.has(tokens[last - 1]?.kind ?? 'other')) last -= 1;
  return first < last ? { start: first, end: last } : null;
}

/** The NFC text covered by tokens [start, end), without "**" and with single spaces; null when empty. */
export function spanText(text: string, tokens: readonly Token[], start: number, end: number): string | null {
  const range = trimRange(tokens, start, end);
  if (range === null) return null;
  const from = tokens[range.start]?.start ?? 0;
  const to = tokens[range.end - 1]?.end ?? from;
  const cleaned = text.slice(from, to).replace(/\*+/g, '').replace(/\s+/g, ' ').trim();
  return cleaned === '' ? null : cleaned;
}

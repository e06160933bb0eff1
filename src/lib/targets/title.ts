/**
 * Finding the emulation title or rating a measure refers to, in the predicate after its
 * subject: a quoted name introduced by "đạt"/"danh hiệu"/"từ", a catalogued title or rating
 * written plainly, or an uncatalogued name after "danh hiệu".
 */
import type { Token } from './tokens';
import { matchAny, matchAnyEndingAt, type MatchOptions } from './match';
import { OR_HIGHER, TITLE_CATALOGUE, TITLE_INTRODUCERS, TITLE_LABELS, TITLE_STOPS } from './phrases';
import { spanText } from './spans';

/** The title a predicate refers to, if any, and whether "trở lên" follows it. */
export interface TitleFound {
  readonly title: string | null;
  readonly orHigher: boolean;
}

const NO_TITLE: TitleFound = { title: null, orHigher: false };
const WITH_COMMAS: MatchOptions = { skipCommas: true };

/** A catalogued title or rating starting at `at`: its end, extended over the issuer for open ones. */
export function catalogueMatch(tokens: readonly Token[], at: number, limit: number): number {
  const found = matchAny(tokens, at, limit, TITLE_CATALOGUE, WITH_COMMAS);
  if (found === null) return -1;
  return found.phrase.open ? extendName(tokens, found.end, limit) : found.end;
}

// An open or uncatalogued name runs on ("Bằng khen của Chủ tịch UBND tỉnh") until punctuation
// or a word that starts the next part of the sentence.
function extendName(tokens: readonly Token[], from: number, limit: number): number {
  let index = from;
  while (index < limit) {
    const token = tokens[index];
    if (token === undefined || token.kind === 'comma' || token.kind === 'stop') break;
    if (token.kind === 'quote' || token.kind === 'percent') break;
    if (matchAny(tokens, index, limit, TITLE_STOPS) !== null) break;
    index += 1;
  }
  return index;
}

function orHigherAt(tokens: readonly Token[], from: number, limit: number): boolean {
  let index = from;
  // Closing quotes and brackets may sit between the title and "trở lên".
  while (index < limit && (tokens[index]?.kind === 'quote' || tokens[index]?.kind === 'other')) index += 1;
  return matchAny(tokens, index, limit, OR_HIGHER) !== null;
}

function closingQuote(tokens: readonly Token[], from: number, limit: number): number {
  for (let index = from; index < limit; index += 1) {
    if (tokens[index]?.kind === 'quote') return index;
  }
  return -1;
}

/** The title spanning tokens [start, end), with the "trở lên" that may follow it before `limit`. */
export function titleAt(text: string, tokens: readonly Token[], start: number, end: number, limit: number): TitleFound {
  return { title: spanText(text, tokens, start, end), orHigher: orHigherAt(tokens, end, limit) };
}

/** The first title or rating in tokens [from, limit) of `text` (NFC), with its "trở lên". */
export function findTitle(text: string, tokens: readonly Token[], from: number, limit: number): TitleFound {
  let index = from;
  while (index < limit) {
    const token = tokens[index];
    if (token === undefined) break;
    if (token.kind === 'quote') {
      const close = closingQuote(tokens, index + 1, limit);
      if (close < 0) {
        index += 1;
        continue;
      }
      // A quoted name is a title when it is one we know or the sentence says it is attained;
      // otherwise it is a movement or a slogan ("tham gia phong trào “…”") and is skipped.
      const known = catalogueMatch(tokens, index + 1, close) >= 0;
      const introduced = matchAnyEndingAt(tokens, from, index, TITLE_INTRODUCERS) !== null;
      if ((known || introduced) && close > index + 1) return titleAt(text, tokens, index + 1, close, limit);
      index = close + 1;
      continue;
    }
    const label = matchAny(tokens, index, limit, TITLE_LABELS);
    if (label !== null && tokens[label.end]?.kind === 'word') {
      const end = catalogueMatch(tokens, label.end, limit);
      return titleAt(text, tokens, label.end, end >= 0 ? end : extendName(tokens, label.end, limit), limit);
    }
    const end = catalogueMatch(tokens, index, limit);
    if (end >= 0) return titleAt(text, tokens, index, end, limit);
    index += 1;
  }
  return NO_TITLE;
}

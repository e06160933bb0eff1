/**
 * The issuing body of a cited document: from the "của ..." phrase when there is one (longest
 * entry of ISSUER_NAMES, plus a following place name), else from the symbol's abbreviation
 * when only one body in the country writes it (TTg, CP, BNV; not TW or UBND).
 */
import { toNfc } from '../text/fold';
import { originalSlice, type CleanText } from './clean';
import type { ParsedSymbol } from './canonical';
import { ISSUER_NAMES, PLACE_STOP_WORDS, type IssuerName } from './patterns';
import type { IssuerLevel } from './types';
import { wordsFrom, type Word } from './words';

/** An issuer read from the text. */
export interface IssuerMatch {
  /** Canonical full name, with the place as written ("Ủy ban nhân dân tỉnh Cao Bằng"). */
  name: string;
  /** Issuing tier. */
  level: IssuerLevel;
  /** Folded offset just past the phrase. */
  end: number;
}

const ENTRIES = ISSUER_NAMES.map((entry) => ({ entry, words: entry.words.split(' ') }));
const LONGEST = Math.max(...ENTRIES.map((e) => e.words.length));
const OF = /[ \n]{0,2},?[ \n]{0,2}cua[ \n]{1,2}/y;
const MAX_PLACE_WORDS = 5;

/** "của <issuer>" starting at `pos`, or null when no known issuer follows "của". */
export function matchIssuerAt(ct: CleanText, pos: number): IssuerMatch | null {
  OF.lastIndex = pos;
  if (!OF.exec(ct.folded)) return null;
  return matchIssuerNameAt(ct, OF.lastIndex);
}

/** An issuer name starting exactly at `pos`. */
export function matchIssuerNameAt(ct: CleanText, pos: number): IssuerMatch | null {
  const words = wordsFrom(ct.folded, pos, LONGEST + MAX_PLACE_WORDS);
  let best: { entry: IssuerName; length: number } | null = null;
  for (const { entry, words: wanted } of ENTRIES) {
    if (wanted.length > words.length || (best && wanted.length <= best.length)) continue;
    if (wanted.every((w, i) => words[i].text === w)) best = { entry, length: wanted.length };
  }
  if (!best) return null;
  let end = words[best.length - 1].end;
  let name = best.entry.name;
  if (best.entry.place) {
    const place = placeWords(ct, words.slice(best.length));
    if (place.length > 0) {
      name = `${name} ${toNfc(originalSlice(ct, place[0].start, place[place.length - 1].end)).replace(/\s+/g, ' ')}`;
      end = place[place.length - 1].end;
    }
  }
  return { name, level: best.entry.level, end };
}

/** Capitalised words right after an issuer ("Cao Bằng", "Bà Rịa - Vũng Tàu"). */
function placeWords(ct: CleanText, words: Word[]): Word[] {
  const place: Word[] = [];
  for (const word of words) {
    if (place.length >= MAX_PLACE_WORDS || word.sep === ',' || PLACE_STOP_WORDS.has(word.text)) break;
    const first = ct.original[ct.origin[word.start]];
    if (first === undefined || first === first.toLowerCase() || /\d/.test(first)) break;
    place.push(word);
  }
  return place;
}

/** Issuer named by the symbol alone, when unambiguous; "55/2005/TTLT-BNV-VPCP" names both bodies. */
export function issuerFromSymbol(parsed: ParsedSymbol): string | null {
  if (parsed.issuers.length === 0 || !parsed.issuers.every((i) => i.unique)) return null;
  return parsed.issuers.map((i) => i.name).join(', ');
}

/** Tier from the symbol's first known issuer; 'other' when the symbol names none. */
export function levelFromSymbol(parsed: ParsedSymbol): IssuerLevel {
  return parsed.issuers[0]?.level ?? 'other';
}

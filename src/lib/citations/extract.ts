/**
 * Stage 2b (typed candidates): every place the folded text cites a document, before short forms
 * are resolved. Two scans, both linear: type words from the DOCUMENT_TYPES table ("Chỉ thị số
 * ...", "Luật ..."), then bare symbols with a type of their own ("... và 05-CT/TW").
 */
import { toNfc } from '../text/fold';
import { originalSlice, type CleanText } from './clean';
import { parseSymbol, type ParsedSymbol } from './canonical';
import { charterNameLength, MAX_CHARTER_WORDS, PARTY_CHARTER } from './charters';
import { matchDateAt, matchYearAt } from './dates';
import { matchIssuerAt } from './issuers';
import { knownNameLength, knownNamesOf, standardName } from './known-names';
import {
  DOCUMENT_TYPES,
  LAW_KIND,
  LAW_NAME_COMMA_CONTINUATIONS,
  LAW_NAME_FALSE_STARTS,
  LAW_NAME_STOP_PHRASES,
  LAW_NAME_STOP_WORDS,
  OFFICIAL_LETTER_KIND,
  RESOLUTION_NAME_LEADS,
  RESOLUTION_NAME_STOP_WORDS,
  type DocumentType,
} from './patterns';
import { parseSubject } from './subject';
import { scanSymbol } from './symbols';
import type { IssuerLevel } from './types';
import { vietnameseWordSet, wordsFrom, type Word } from './words';

/** What a candidate was recognised from. */
export type CandidateMode = 'symbol' | 'number' | 'name';

/** A citation as found, before resolution. Offsets are folded. */
export interface Candidate {
  /** symbol: number/symbol written; number: "Chỉ thị số 05" (short); name: cited by name. */
  mode: CandidateMode;
  /** Folded offset of the first character. */
  start: number;
  /** Folded offset just past the last character. */
  end: number;
  /** Canonical document type. */
  kind: string;
  /** The symbol taken apart (mode 'symbol'). */
  parsed: ParsedSymbol | null;
  /** The bare number of a short mention (mode 'number'). */
  number: number | null;
  /** The name as written (mode 'name', or a law named before its number). */
  name: string | null;
  /** Year written with a name ("năm 2022") or taken from its date. */
  year: number | null;
  /** ISO date of issue when written. */
  date: string | null;
  /** Issuer from "của ...". */
  issuer: string | null;
  /** Tier of that issuer. */
  level: IssuerLevel | null;
  /** "về việc ..." subject. */
  subject: string | null;
  /** Inconsistencies found while reading. */
  warnings: string[];
  /** Laws an amending law names ("Luật sửa đổi, bổ sung một số điều của Luật A và Luật B"): cited too, right after it. */
  nested?: Candidate[];
  /** More amending laws of the same name, one per year written after it ("... năm 2005, năm 2009, năm 2013"). */
  repeats?: Candidate[];
}

const TYPE_BY_WORD = new Map<string, DocumentType>(DOCUMENT_TYPES.flatMap((t) => t.words.map((w) => [w, t] as const)));
const TYPE_WORDS = new RegExp(
  `(?<![a-z0-9])(?:${[...TYPE_BY_WORD.keys()].sort((a, b) => b.length - a.length).join('|')})(?![a-z0-9])`,
  'g',
);
const NUMBER_WORD = /[ \n]{0,2}(?:so(?: hieu)?(?![a-z0-9])[ \n]{0,2}:?[ \n]{0,2})?/y;
const BARE_SYMBOL = /(?<![a-z0-9/.-])\d{1,5} {0,2}[/-]/g;
/** The document's own number in its header ("Số: 45/KH-UBND", Party "Số 78-KH/HU") is not a citation. */
const HEADER_NUMBER = /(?:^|\n) ?so ?:? ?$/;
/** After a short number: durations, ordinals, amounts and fractions are not document numbers ("Kế hoạch 5 năm"). */
const NOT_A_DOCUMENT_NUMBER = /(?:[/.,:-]\d|[a-z0-9%]|[ \n]{1,2}(?:nam|thang|ngay|tuan|gio|tuoi|lan|nguoi|trieu|ty|nghin|%)(?![a-z0-9]))/y;
const NUMBER = vietnameseWordSet(['số']);
const LAW_STOPS = vietnameseWordSet(LAW_NAME_STOP_WORDS);
const LAW_FALSE_STARTS = vietnameseWordSet(LAW_NAME_FALSE_STARTS);
const RESOLUTION_STOPS = vietnameseWordSet(RESOLUTION_NAME_STOP_WORDS);
const MAX_NAME_WORDS = 12;
/** Room for an amending law that names two laws. */
const MAX_LAW_WORDS = 40;
const MAX_RESOLUTION_WORDS = 16;

/** All candidates in text order, none overlapping. */
export function findCandidates(ct: CleanText): Candidate[] {
  const found: Candidate[] = [];
  TYPE_WORDS.lastIndex = 0;
  for (let m = TYPE_WORDS.exec(ct.folded); m; m = TYPE_WORDS.exec(ct.folded)) {
    const type = TYPE_BY_WORD.get(m[0]);
    if (!type) continue;
    const candidate = afterTypeWord(ct, type, m.index, m.index + m[0].length);
    if (candidate) {
      const repeats = candidate.repeats ?? [];
      TYPE_WORDS.lastIndex = Math.max(TYPE_WORDS.lastIndex, candidate.end, ...repeats.map((repeat) => repeat.end));
      if (candidate.nested?.length) {
        // The amending law's span stops before the first law it names, so every span stays its own.
        const nested = candidate.nested;
        candidate.end = trimEnd(ct, candidate.start, nested[0].start);
        found.push(candidate, ...nested, ...repeats);
      } else found.push(candidate);
    }
  }
  return mergeBareSymbols(ct, found);
}

/** What follows a type word: a symbol, a bare number, or a name. */
function afterTypeWord(ct: CleanText, type: DocumentType, start: number, wordEnd: number): Candidate | null {
  NUMBER_WORD.lastIndex = wordEnd;
  const numberWord = NUMBER_WORD.exec(ct.folded);
  const at = numberWord ? NUMBER_WORD.lastIndex : wordEnd;
  const hasNumberWord = numberWord !== null && isNumberWord(ct, wordEnd + numberWord[0].indexOf('so'));
  if (isDigitAt(ct.folded, at)) {
    const symbolEnd = scanSymbol(ct, at);
    const parsed = symbolEnd > 0 ? parseSymbol(originalSlice(ct, at, symbolEnd)) : null;
    if (parsed) return withTail(ct, symbolCandidate(type, parsed, start, symbolEnd));
    return shortNumber(ct, type, start, at, hasNumberWord);
  }
  if (hasNumberWord || !isCapitalised(ct, start)) return null;
  if (type.byName === 'law') return lawByName(ct, type, start, wordEnd);
  if (type.byName === 'resolution') return resolutionByName(ct, type, start, wordEnd);
  if (type.byName === 'charter') return charterByName(ct, type, start, wordEnd);
  return null;
}

function symbolCandidate(type: DocumentType | null, parsed: ParsedSymbol, start: number, end: number): Candidate {
  const candidate = blank('symbol', kindOf(type, parsed), start, end);
  candidate.parsed = parsed;
  if (type && parsed.kind && candidate.kind !== type.kind && !type.generic) {
    candidate.warnings.push(
      `Loại văn bản "${type.kind}" khác ký hiệu trong số "${parsed.symbol}" (${parsed.kind}); dùng "${parsed.kind}" theo ký hiệu.`,
    );
  }
  return candidate;
}

/**
 * The kind of a numbered document. The symbol's type abbreviation is data and wins over a
 * different type word ("Thông báo kết luận số 12-TB/TW" is a Thông báo), except where the
 * abbreviation is shared (Party "QĐ" for Quy định). Generic words take the symbol's kind.
 */
function kindOf(type: DocumentType | null, parsed: ParsedSymbol): string {
  const fromSymbol = parsed.kind ?? (parsed.shape === 'law' ? LAW_KIND : null);
  if (type && !type.generic) {
    if (!parsed.kind || parsed.kind === type.kind || parsed.type?.sharesAbbreviationWith?.includes(type.kind)) return type.kind;
    return parsed.kind;
  }
  return fromSymbol ?? OFFICIAL_LETTER_KIND;
}

/** "Chỉ thị số 05", "Chỉ thị 34 của Bộ Chính trị": a short mention, resolved later. */
function shortNumber(ct: CleanText, type: DocumentType, start: number, at: number, hasNumberWord: boolean): Candidate | null {
  if (!hasNumberWord && !isCapitalised(ct, start)) return null;
  let end = at;
  while (end - at < 5 && isDigitAt(ct.folded, end)) end++;
  NOT_A_DOCUMENT_NUMBER.lastIndex = end;
  if (isDigitAt(ct.folded, end) || NOT_A_DOCUMENT_NUMBER.test(ct.folded)) return null;
  const candidate = blank('number', type.generic ? OFFICIAL_LETTER_KIND : type.kind, start, end);
  candidate.number = Number(ct.folded.slice(at, end));
  return withTail(ct, candidate);
}

/** "Luật phòng, chống tham nhũng", "Luật Thi đua, khen thưởng năm 2022", "Luật ... số 06/2022/QH15". */
function lawByName(ct: CleanText, type: DocumentType, start: number, wordEnd: number): Candidate | null {
  const words = wordsFrom(ct.folded, wordEnd, MAX_LAW_WORDS);
  if (words.length === 0 || words[0].sep !== '' || LAW_FALSE_STARTS.has(ct, words[0])) return null;
  const taken = lawNameWords(ct, words);
  if (taken.length === 0) return null;
  const nameEnd = taken[taken.length - 1].end;
  const written = cleanName(originalSlice(ct, start, nameEnd));
  const name = standardName(written, knownNamesOf(type.kind));

  NUMBER_WORD.lastIndex = nameEnd;
  const numbered = NUMBER_WORD.exec(ct.folded);
  if (numbered && isNumberWord(ct, nameEnd + numbered[0].indexOf('so')) && isDigitAt(ct.folded, NUMBER_WORD.lastIndex)) {
    const at = NUMBER_WORD.lastIndex;
    const symbolEnd = scanSymbol(ct, at);
    const parsed = symbolEnd > 0 ? parseSymbol(originalSlice(ct, at, symbolEnd)) : null;
    if (parsed) {
      const candidate = withTail(ct, symbolCandidate(type, parsed, start, symbolEnd));
      candidate.name = name;
      return candidate;
    }
  }
  const candidate = withTail(ct, blank('name', type.kind, start, nameEnd));
  candidate.name = name;
  candidate.level ??= 'national-assembly';
  candidate.nested = nestedLaws(ct, type, taken);
  if (candidate.date) candidate.year = Number(candidate.date.slice(0, 4));
  else {
    const year = matchYearAt(ct.folded, candidate.end);
    if (year) {
      candidate.year = year.year;
      candidate.end = year.end;
      if (candidate.nested?.length) candidate.repeats = laterYears(ct, candidate);
    }
  }
  return candidate;
}

/** ", năm 2009", " và năm 2013" right after an amending law's year: each another amending law of that name. */
const LATER_YEAR = /[ \n]{0,2}(?:,|;|va)?[ \n]{0,2}(?=nam[ \n]{1,2}(?:19|20)\d{2}(?![0-9/-]))/y;

function laterYears(ct: CleanText, candidate: Candidate): Candidate[] {
  const repeats: Candidate[] = [];
  let at = candidate.end;
  for (;;) {
    LATER_YEAR.lastIndex = at;
    if (!LATER_YEAR.exec(ct.folded)) break;
    const start = LATER_YEAR.lastIndex;
    const year = matchYearAt(ct.folded, start);
    if (!year) break;
    repeats.push({ ...candidate, start, end: year.end, year: year.year, nested: undefined, repeats: undefined, warnings: [] });
    at = year.end;
  }
  return repeats;
}

/** The words of a law's name: to punctuation, a stop word or a number; commas only inside known names. */
function lawNameWords(ct: CleanText, words: Word[]): Word[] {
  const taken: Word[] = [];
  if (words[0].text === 'sua' && words[1]?.text === 'doi') {
    // "Luật sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng": the name holds "số" and "của".
    const amended = ['sua', 'doi', 'bo', 'sung', 'mot', 'so', 'dieu', 'cua'];
    let i = 0;
    while (i < amended.length && words[i]?.text === amended[i]) i++;
    if (i === amended.length) {
      if (words[i]?.text === 'cac') i++;
      if (words[i]?.text !== 'luat') return [];
      return [...words.slice(0, i + 1), ...amendedLaws(ct, words.slice(i + 1))];
    }
  }
  const known = knownNameLength(LAW_KIND, words.map((w) => w.text));
  if (known > 0) return words.slice(0, known);
  for (let i = 0; i < words.length && taken.length < MAX_NAME_WORDS; i++) {
    const w = words[i];
    if (/\d/.test(w.text)) break;
    if ((w.text === 'nam' || w.text === 'ngay') && /^\d/.test(words[i + 1]?.text ?? '')) break;
    if (i > 0 && w.sep === ',' && !continuesAfterComma(words, i)) break;
    if (i > 0 && (LAW_STOPS.has(ct, w) || startsPhrase(words, i, LAW_NAME_STOP_PHRASES))) break;
    taken.push(w);
  }
  return taken;
}

/**
 * The laws named inside an amending law's name, each a candidate of its own ("Luật Tổ chức Chính
 * phủ", "Luật Tổ chức chính quyền địa phương"); none for a law that amends nothing by name.
 */
function nestedLaws(ct: CleanText, type: DocumentType, taken: Word[]): Candidate[] | undefined {
  if (taken[0]?.text !== 'sua' || taken[1]?.text !== 'doi') return undefined;
  const starts = taken.map((w, i) => (w.text === 'luat' && i > 0 && (taken[i - 1].text === 'cua' || taken[i - 1].text === 'cac' || taken[i - 1].text === 'va') ? i : -1)).filter((i) => i >= 0);
  return starts.map((from, k) => {
    let to = (starts[k + 1] ?? taken.length + 1) - 1;
    if (starts[k + 1] !== undefined && taken[to - 1]?.text === 'va') to -= 1;
    const words = taken.slice(from, to);
    const candidate = blank('name', type.kind, words[0].start, words[words.length - 1].end);
    candidate.name = cleanName(originalSlice(ct, candidate.start, candidate.end));
    candidate.level = 'national-assembly';
    return candidate;
  });
}

/** The end of a span that must stop before `next`: spaces and "của" between them are left out. */
function trimEnd(ct: CleanText, start: number, next: number): number {
  const between = ct.folded.slice(start, next).replace(/[\s,]*(?:cua(?: cac)?)?[\s,]*$/, '');
  return start + between.length;
}

/** The law(s) an amending law names: "... của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương". */
function amendedLaws(ct: CleanText, words: Word[]): Word[] {
  const first = lawNameWords(ct, words);
  const next = first.length;
  if (first.length > 0 && words[next]?.text === 'va' && words[next + 1]?.text === 'luat') {
    return [...first, words[next], words[next + 1], ...amendedLaws(ct, words.slice(next + 2))];
  }
  return first;
}

function continuesAfterComma(words: Word[], i: number): boolean {
  return startsPhrase(words, i, LAW_NAME_COMMA_CONTINUATIONS);
}

/** Do the words from i on spell one of these folded phrases? */
function startsPhrase(words: Word[], i: number, phrases: readonly string[]): boolean {
  return phrases.some((p) => p.split(' ').every((part, k) => words[i + k]?.text === part));
}

/** "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng". */
function resolutionByName(ct: CleanText, type: DocumentType, start: number, wordEnd: number): Candidate | null {
  const words = wordsFrom(ct.folded, wordEnd, MAX_RESOLUTION_WORDS);
  const leads = startsPhrase(words, 0, RESOLUTION_NAME_LEADS);
  if (!leads || words[0].sep !== '') return null;
  const taken: Word[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (i > 0 && w.sep === ',') break;
    if (w.text === 'cua' && words[i + 1]?.text === 'dang') {
      // "... lần thứ XIV của Đảng" ends the name ("của Đảng Cộng sản Việt Nam" too), "của Đảng bộ tỉnh ..." goes on.
      if (words[i + 2]?.text === 'bo') {
        taken.push(w);
        continue;
      }
      const party = startsPhrase(words, i + 2, ['cong san viet nam']) ? 5 : 1;
      taken.push(...words.slice(i, i + 1 + party));
      break;
    }
    if (RESOLUTION_STOPS.has(ct, w)) break;
    taken.push(w);
  }
  let nameEnd = taken[taken.length - 1].end;
  const folded = ct.folded.slice(start, nameEnd);
  // A Party plenum's resolution, written many ways ("Nghị quyết Trung ương 4 (khóa XII)", "Nghị quyết Hội nghị Trung
  // ương 4 khóa XII", "Nghị quyết Trung ương 4 khóa XII"): one document, named the standard way, when its term is given.
  const plenum = /^nghi quyet (?:hoi nghi )?(?:lan thu )?trung uong (\d{1,2})(?: khoa ([ivxl]+))?$/.exec(folded.replace(/\s+/g, ' '));
  let plenumName: string | undefined;
  if (plenum) {
    const term = plenum[2] ? null : / ?\( ?khoa ([ivxl]+) ?\)/y;
    if (term) term.lastIndex = nameEnd;
    const bracketed = term?.exec(ct.folded);
    const roman = plenum[2] ?? bracketed?.[1];
    if (bracketed) nameEnd = term!.lastIndex;
    if (roman) plenumName = `Nghị quyết Hội nghị Trung ương ${Number(plenum[1])} khóa ${roman.toUpperCase()}`;
  }
  const candidate = withTail(ct, blank('name', type.kind, start, nameEnd));
  const written = cleanName(originalSlice(ct, start, nameEnd));
  candidate.name = plenumName ?? standardName(written, knownNamesOf(type.kind));
  candidate.level ??= /dang bo (tinh|thanh pho)/.test(folded) ? 'province' : /dang bo (huyen|quan|thi xa)/.test(folded) ? 'district' : 'party';
  return candidate;
}

/** "Điều lệ Hội Cựu chiến binh Việt Nam", "Điều lệ Đảng" (./charters.ts). */
function charterByName(ct: CleanText, type: DocumentType, start: number, wordEnd: number): Candidate | null {
  const words = wordsFrom(ct.folded, wordEnd, MAX_CHARTER_WORDS);
  const { length, partyAlone } = charterNameLength(words);
  if (length === 0 || !isCapitalised(ct, words[0].start)) return null;
  const nameEnd = words[length - 1].end;
  const candidate = withTail(ct, blank('name', type.kind, start, nameEnd));
  candidate.name = partyAlone ? PARTY_CHARTER : standardName(cleanName(originalSlice(ct, start, nameEnd)), knownNamesOf(type.kind));
  candidate.level ??= words[0].text === 'dang' ? 'party' : 'other';
  return candidate;
}

/** Date and "của ..." in either order after the core, then the subject. */
function withTail(ct: CleanText, candidate: Candidate): Candidate {
  let end = candidate.end;
  for (let step = 0; step < 2; step++) {
    if (!candidate.date) {
      const date = matchDateAt(ct.folded, end);
      if (date) {
        candidate.date = date.iso;
        if (date.warning) candidate.warnings.push(date.warning);
        end = date.end;
        continue;
      }
    }
    if (!candidate.issuer) {
      const issuer = matchIssuerAt(ct, end);
      if (issuer) {
        candidate.issuer = issuer.name;
        candidate.level = issuer.level;
        end = issuer.end;
        continue;
      }
    }
    break;
  }
  candidate.end = end;
  candidate.subject = parseSubject(ct, end);
  return candidate;
}

/** Adds symbols written without a type word before them, where their own abbreviation gives the type. */
function mergeBareSymbols(ct: CleanText, typed: Candidate[]): Candidate[] {
  const all: Candidate[] = [];
  let next = 0;
  BARE_SYMBOL.lastIndex = 0;
  for (let m = BARE_SYMBOL.exec(ct.folded); m; m = BARE_SYMBOL.exec(ct.folded)) {
    const at = m.index;
    while (next < typed.length && typed[next].end <= at) all.push(typed[next++]);
    if (next < typed.length && typed[next].start <= at) continue;
    if (HEADER_NUMBER.test(ct.folded.slice(Math.max(0, at - 7), at))) continue;
    const symbolEnd = scanSymbol(ct, at);
    const parsed = symbolEnd > 0 ? parseSymbol(originalSlice(ct, at, symbolEnd)) : null;
    if (!parsed || parsed.shape === 'official-letter' || (parsed.shape === 'youth-union' && !parsed.type)) continue;
    const candidate = withTail(ct, symbolCandidate(null, parsed, at, symbolEnd));
    if (next < typed.length && candidate.end > typed[next].start) candidate.end = Math.max(symbolEnd, typed[next].start);
    all.push(candidate);
    BARE_SYMBOL.lastIndex = Math.max(BARE_SYMBOL.lastIndex, candidate.end);
  }
  while (next < typed.length) all.push(typed[next++]);
  return all;
}

function blank(mode: CandidateMode, kind: string, start: number, end: number): Candidate {
  return { mode, start, end, kind, parsed: null, number: null, name: null, year: null, date: null, issuer: null, level: null, subject: null, warnings: [] };
}

/** A name for display: NFC, Markdown and quotes gone, one space between words. */
function cleanName(raw: string): string {
  return toNfc(raw).replace(/[*"“”]/g, '').replace(/\s+/g, ' ').trim();
}

/** "số" (number) at folded offset i, not "sở" as in "Luật Sở hữu trí tuệ". */
function isNumberWord(ct: CleanText, i: number): boolean {
  return i >= 0 && NUMBER.has(ct, { text: ct.folded.slice(i, i + 2), start: i, end: i + 2, sep: '' });
}

function isDigitAt(f: string, i: number): boolean {
  const c = f.charCodeAt(i);
  return c >= 0x30 && c <= 0x39;
}

/** Is the original character at folded offset i a capital ("Luật" names a law, "luật" rarely does)? */
function isCapitalised(ct: CleanText, i: number): boolean {
  const ch = ct.original[ct.origin[i]];
  return ch !== undefined && ch !== ch.toLowerCase();
}

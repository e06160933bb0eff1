/**
 * Canonical number/symbol ("số, ký hiệu") and directive keys (domain guide §3), so that
 * "34-ct/tw", "34-CT/TW" and "22/CT-TW"-style variants of one document share one key.
 *
 * The separators written in the source are not trusted ("82/2005-QĐ-UBND", "22/CT-TW"): the
 * shape is decided by what the segments are (a year, a type, a Party or Youth Union body, a law's QH term),
 * and the canonical separators are then put back.
 */
import { foldVietnamese, slugify, toNfc } from '../text/fold';
import { DOCUMENT_TYPES, SYMBOL_ISSUERS, type DocumentType, type SymbolIssuer } from './patterns';

/** How a symbol is laid out. */
export type SymbolShape = 'party' | 'youth-union' | 'law' | 'normative' | 'administrative' | 'official-letter';

/** A symbol taken apart. */
export interface ParsedSymbol {
  /** Canonical text, e.g. "98/2023/NĐ-CP". */
  symbol: string;
  /** The document number as a value (05 → 5). */
  number: number;
  /** The year written inside the symbol, if any. */
  year: number | null;
  /** Layout family. */
  shape: SymbolShape;
  /** Kind named by the type abbreviation (null for laws and công văn). */
  kind: string | null;
  /** The document type row of the abbreviation, when there is one. */
  type: DocumentType | null;
  /** Known issuing bodies in the symbol, in order. */
  issuers: SymbolIssuer[];
}

/** A segment between separators, classified. */
type Segment =
  | { role: 'year'; text: string; year: number }
  | { role: 'type'; text: string; type: DocumentType }
  | { role: 'issuer'; text: string; issuer: SymbolIssuer }
  | { role: 'other'; text: string };

const LOOKALIKE_D = /[\u00d0\u0189]/g;
const LOOKALIKE_d = /[\u00f0\u0256]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;
const SYMBOL_SHAPE = /^0*(\d{1,5})((?:[/-][\p{L}\p{N}]{1,16}){1,8})$/u;
const QH_TERM = /^(UBTVQH|QH)(\d{1,2})$/i;

/** Exact (case-insensitive, Đ kept) and folded indexes of an abbreviation table. */
interface AbbreviationIndex<T> {
  exact: Map<string, T>;
  folded: Map<string, T[]>;
}

function indexBy<T>(rows: readonly T[], abbreviationsOf: (row: T) => readonly string[]): AbbreviationIndex<T> {
  const exact = new Map<string, T>();
  const folded = new Map<string, T[]>();
  for (const row of rows) {
    for (const abbr of abbreviationsOf(row)) {
      exact.set(abbr.toUpperCase(), row);
      const key = foldVietnamese(abbr);
      folded.set(key, [...(folded.get(key) ?? []), row]);
    }
  }
  return { exact, folded };
}

const TYPE_INDEX = indexBy(DOCUMENT_TYPES, (t) => t.abbreviations);
const ISSUER_INDEX = indexBy(SYMBOL_ISSUERS, (i) => [i.abbr]);

/**
 * Finds a row by abbreviation. Exact first, so "HD" (Hướng dẫn) and "HĐ" (Hợp đồng) stay apart;
 * then folded, which repairs "D typed for Đ" ("ND" → NĐ) only where that is unambiguous.
 */
function lookup<T>(index: AbbreviationIndex<T>, segment: string): T | undefined {
  const exact = index.exact.get(segment.toUpperCase());
  if (exact) return exact;
  const folded = index.folded.get(foldVietnamese(segment));
  return folded && folded.length === 1 ? folded[0] : undefined;
}

/** The canonical spelling of an abbreviation row's abbreviation matching `segment`. */
function canonicalAbbreviation(type: DocumentType, segment: string): string {
  const upper = segment.toUpperCase();
  return type.abbreviations.find((a) => a.toUpperCase() === upper) ??
    type.abbreviations.find((a) => foldVietnamese(a) === foldVietnamese(segment)) ??
    upper;
}

function classify(segment: string): Segment {
  if (/^\d{4}$/.test(segment)) {
    const year = Number(segment);
    if (year >= 1945 && year <= 2099) return { role: 'year', text: segment, year };
  }
  const qh = QH_TERM.exec(segment);
  if (qh) {
    const issuer = lookup(ISSUER_INDEX, qh[1]);
    if (issuer) return { role: 'issuer', text: `${issuer.abbr}${Number(qh[2])}`, issuer };
  }
  const type = lookup(TYPE_INDEX, segment);
  if (type) return { role: 'type', text: canonicalAbbreviation(type, segment), type };
  const issuer = lookup(ISSUER_INDEX, segment);
  if (issuer) return { role: 'issuer', text: issuer.abbr, issuer };
  return { role: 'other', text: segment.toLocaleUpperCase('vi') };
}

/** Party bodies: known ones, or unknown abbreviations of Party committees ("BTGTU", "BDVHU"). */
function isPartyBody(segment: Segment): boolean {
  if (segment.role === 'issuer') return segment.issuer.party === true;
  return segment.role === 'other' && /^[A-ZĐ]{1,6}(TW|TU|HU)$/.test(segment.text);
}

/**
 * Youth Union bodies ("TWĐTN", "TĐTN", "HĐTN", "ĐTN"): the Đoàn numbers its documents as the Party
 * does, with the issuing office after the body ("1364-QĐKT/TWĐTN-VP", "183-KH/TWĐTN-TNNT").
 */
function isYouthUnionBody(segment: Segment): boolean {
  return /^[A-ZĐ]{0,4}ĐTN$/u.test(segment.text);
}

/** Is this segment something a symbol is made of (used to cut "12/KH-UBND - Sở Nội vụ" after UBND)? */
export function isKnownSegment(raw: string): boolean {
  return classify(normaliseCharacters(raw)).role !== 'other';
}

/**
 * Look-alikes and dash variants to their plain forms; a space between the number and the first
 * letters read as the hyphen a copy lost ("431 QĐ/ĐTN"); other spaces and Markdown stars removed.
 */
function normaliseCharacters(raw: string): string {
  return toNfc(raw)
    .replace(LOOKALIKE_D, 'Đ')
    .replace(LOOKALIKE_d, 'đ')
    .replace(DASHES, '-')
    .replace(/^(\d+)\s+(?=\p{L})/u, '$1-')
    .replace(/[\s*]+/g, '');
}

/** Numbers below 10 take a leading zero (Nghị định 30/2020/NĐ-CP), so "5-CT/TW" and "05-CT/TW" agree. */
function canonicalNumber(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

const parsedCache = new Map<string, ParsedSymbol | null>();
const MAX_CACHED = 10_000;

/** Takes a raw number/symbol apart and rebuilds it canonically; null when it is not one. Memoised: documents repeat their symbols. */
export function parseSymbol(raw: string): ParsedSymbol | null {
  let parsed = parsedCache.get(raw);
  if (parsed === undefined) {
    if (parsedCache.size >= MAX_CACHED) parsedCache.clear();
    parsed = parseSymbolUncached(raw);
    parsedCache.set(raw, parsed);
  }
  return parsed;
}

function parseSymbolUncached(raw: string): ParsedSymbol | null {
  const match = SYMBOL_SHAPE.exec(normaliseCharacters(raw));
  if (!match) return null;
  const number = Number(match[1]);
  const parts = match[2].slice(1).split(/[/-]/);
  const segments = parts.map(classify);
  // A bare number between separators ("7/4/2014", "2021-2025") is a date or a range, not a symbol.
  if (segments.some((s) => s.role === 'other' && /^\d+$/.test(s.text))) return null;
  if (segments.slice(1).some((s) => s.role === 'year')) return null;
  const first = segments[0];
  const year = first.role === 'year' ? first.year : null;
  const rest = year === null ? segments : segments.slice(1);
  if (rest.length === 0 || !rest.some((s) => /\p{L}/u.test(s.text))) return null;
  const num = canonicalNumber(number);
  const issuers = rest.flatMap((s) => (s.role === 'issuer' ? [s.issuer] : []));
  const typeSegment = rest[0].role === 'type' ? rest[0] : null;
  const type = typeSegment?.type ?? null;
  const kind = type?.kind ?? null;
  const text = rest.map((s) => s.text);

  if (year === null && (rest.length === 2 || rest.length === 3) && /^\p{Lu}{2,6}$/u.test(text[0]) && isYouthUnionBody(rest[1])) {
    return { symbol: `${num}-${text[0]}/${text.slice(1).join('-')}`, number, year, shape: 'youth-union', kind, type, issuers };
  }
  if (year === null && rest.length === 2 && typeSegment && isPartyBody(rest[1])) {
    return { symbol: `${num}-${text[0]}/${text[1]}`, number, year, shape: 'party', kind, type, issuers };
  }
  if (year !== null && rest.length === 1 && rest[0].role === 'issuer' && QH_TERM.test(rest[0].text)) {
    return { symbol: `${num}/${year}/${text[0]}`, number, year, shape: 'law', kind: null, type: null, issuers };
  }
  if (year !== null) {
    return { symbol: `${num}/${year}/${text.join('-')}`, number, year, shape: 'normative', kind, type, issuers };
  }
  if (typeSegment) {
    if (rest.length < 2) return null;
    return { symbol: `${num}/${text.join('-')}`, number, year, shape: 'administrative', kind, type, issuers };
  }
  if (rest.some((s) => s.role === 'other' && !/^\p{L}[\p{L}\p{N}]+$/u.test(s.text))) return null;
  return { symbol: `${num}/${text.join('-')}`, number, year, shape: 'official-letter', kind: null, type: null, issuers };
}

/** Normalises one raw number/symbol ("34-ct/tw" → "34-CT/TW", "22/CT-TW" → "22-CT/TW", "98/2023/ND-CP" → "98/2023/NĐ-CP"); null if it is not one. */
export function canonicalSymbol(raw: string): string | null {
  return parseSymbol(raw)?.symbol ?? null;
}

/**
 * The directive key and URL slug: slugify(kind + " " + symbol) for numbered documents
 * ("chi-thi-34-ct-tw"); for documents cited by name, slugify(name), the name already starting
 * with its kind ("luat-phong-chong-tham-nhung"). A raw symbol is canonicalised first.
 */
export function directiveKey(kind: string, symbolOrName: string): string {
  const cacheKey = `${kind}\u0000${symbolOrName}`;
  let key = keyCache.get(cacheKey);
  if (key === undefined) {
    if (keyCache.size >= MAX_CACHED) keyCache.clear();
    key = directiveKeyUncached(kind, symbolOrName);
    keyCache.set(cacheKey, key);
  }
  return key;
}

const keyCache = new Map<string, string>();

function directiveKeyUncached(kind: string, symbolOrName: string): string {
  const symbol = /^\s*\d/.test(symbolOrName) ? canonicalSymbol(symbolOrName) : null;
  if (symbol) return slugify(`${kind} ${symbol}`);
  const foldedKind = slugify(kind);
  const foldedName = slugify(symbolOrName);
  return foldedName === foldedKind || foldedName.startsWith(`${foldedKind}-`) ? foldedName : slugify(`${kind} ${symbolOrName}`);
}

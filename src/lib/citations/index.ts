/**
 * Citation extractor for Vietnamese administrative and legal documents (domain guide §4),
 * shaped like eyecite: clean → tokenize from data tables → typed candidates → resolve short
 * forms → spans in the original text. Pure functions; no site dependency.
 */
import { cleanText } from './clean';
import { findCandidates } from './extract';
import { ownIdentity, withoutOwn } from './own';
import { resolveCandidates, type Resolution } from './resolve';
import type { Citation, UnresolvedMention } from './types';

export type { Citation, CitationForm, IssuerLevel, UnresolvedMention } from './types';
export { canonicalSymbol, directiveKey, parseSymbol, type ParsedSymbol, type SymbolShape } from './canonical';
export { DOCUMENT_TYPES, ISSUER_NAMES, SYMBOL_ISSUERS, type DocumentType, type IssuerName, type SymbolIssuer } from './patterns';

/** The whole pipeline, once per text. */
function run(text: string): Resolution {
  const ct = cleanText(text);
  return resolveCandidates(ct, withoutOwn(ct, ownIdentity(ct), findCandidates(ct)));
}

/** Every citation in a text (plain or Markdown), sorted by start; short mentions that cannot be resolved are dropped. */
export function extractCitations(text: string): Citation[] {
  return run(text).citations;
}

/**
 * The document a title names at its very start, as a citation would ("Kế hoạch số 17-KH/BDVTW
 * ngày 02/6/2020 của Ban Dân vận Trung ương về ..."): the importer's reading of a copy without
 * header, whose own title `extractCitations` leaves out as the document itself.
 */
export function citationOpening(title: string): Citation | undefined {
  const ct = cleanText(title);
  const [first] = resolveCandidates(ct, findCandidates(ct)).citations;
  return first && first.start === 0 && first.symbol ? first : undefined;
}

/** Short mentions dropped because no earlier full citation fits, for the content check to report with file and line. */
export function findUnresolvedMentions(text: string): UnresolvedMention[] {
  return run(text).unresolved;
}

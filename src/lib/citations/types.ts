/**
 * Public shapes of the citation extractor (domain guide §4): what a cited document looks like once
 * found in running text, with spans back into the caller's original string.
 */

/** full: number and symbol written out; short: a later mention resolved to an earlier full one; name: a law or resolution cited by its name. */
export type CitationForm = 'full' | 'short' | 'name';

/**
 * Tier of the issuing body, for grouping the directive register. A provincial Party committee
 * (Tỉnh ủy) is 'province' and a district one 'district': the tier wins over the Party/State split,
 * which only the Party Central bodies ('party') keep.
 */
export type IssuerLevel =
  | 'party'
  | 'national-assembly'
  | 'government'
  | 'ministry'
  | 'province'
  | 'district'
  | 'other';

/** One mention of a document ("văn bản") in a text. */
export interface Citation {
  /** Exactly as written: input.slice(start, end). The span runs from the type word (or the bare symbol) to the last of symbol, date and issuer; the subject is not part of it. */
  text: string;
  /** UTF-16 offset of the first character in the original input. */
  start: number;
  /** UTF-16 offset just past the last character in the original input. */
  end: number;
  /** How the document is cited. */
  form: CitationForm;
  /** Document type ("tên loại") in canonical Vietnamese: "Chỉ thị", "Luật", "Công văn" ... */
  kind: string;
  /** Canonical number and symbol ("số, ký hiệu"), e.g. "34-CT/TW", "98/2023/NĐ-CP"; null for a document cited by name. */
  symbol: string | null;
  /**
   * The name as written (NFC, trimmed) for documents cited by name, without the year; the standard
   * spelling when the source dropped or changed a letter ("đại biu" → "đại biểu"); else null.
   */
  name: string | null;
  /** Date of issue as ISO YYYY-MM-DD, or null when not written (nor inherited from an earlier mention). */
  date: string | null;
  /** Canonical full name of the issuing body, from "của ..." or an unambiguous symbol abbreviation; else null. */
  issuer: string | null;
  /** Issuing tier, for grouping. */
  level: IssuerLevel;
  /** The "về việc ..." subject that directly follows, without quotes or Markdown bold; else null. */
  subject: string | null;
  /** Canonical directive key and URL slug, the same for every mention of the same document. */
  key: string;
  /** Inconsistencies found in the source, reported and never fixed (e.g. a year in the number that contradicts the date). */
  warnings: string[];
}

/** A short mention that could not be tied to an earlier full citation, for the content check. */
export interface UnresolvedMention {
  /** As written in the input. */
  text: string;
  /** UTF-16 offset in the original input. */
  start: number;
  /** UTF-16 offset just past the mention. */
  end: number;
  /** Why it was dropped, in Vietnamese for content editors. */
  reason: string;
}

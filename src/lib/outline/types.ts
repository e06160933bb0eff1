/** What a numbered section is for, recognised by its title, whatever its numeral. */
export type SectionRole = 'contents' | 'targets' | 'other';

/** A span of the body source: UTF-16 offsets and the 1-based line where it starts. */
export interface SourceSpan {
  start: number;
  end: number;
  line: number;
}

/** A lettered point under an item: "a)", "b)", ... "đ)". */
export interface OutlinePoint extends SourceSpan {
  /** The letter as printed: "a", "đ". */
  letter: string;
  anchor: string;
  text: string;
}

/** An Arabic-numbered item (1., 2., ...): one content (nội dung) or one target (mục tiêu). */
export interface OutlineItem extends SourceSpan {
  /** The number as printed in the source, which need not be sequential. */
  number: number;
  anchor: string;
  /** Plain text of the item without its number, NFC. */
  text: string;
  points: OutlinePoint[];
}

/** A Roman-numbered section ("I. NỘI DUNG"). */
export interface OutlineSection extends SourceSpan {
  numeral: string;
  title: string;
  role: SectionRole;
  anchor: string;
  items: OutlineItem[];
  /** Paragraphs of the section that are not numbered items (e.g. the closing call). */
  paragraphs: (SourceSpan & { text: string })[];
}

/** The structure of a campaign body: what comes before the first section, then the sections. */
export interface Outline {
  preamble: (SourceSpan & { text: string })[];
  sections: OutlineSection[];
}

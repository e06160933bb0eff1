/**
 * Shapes of a parsed campaign target ("mục tiêu", "chỉ tiêu"; domain guide §6).
 * Pure data: no parsing here, so pages and content checks can import the types cheaply.
 */

/** How the achieved figure is held against the target: exactly, at least, over, at most, under. */
export type Comparator = 'eq' | 'gte' | 'gt' | 'lte' | 'lt';

/** "95%" is a share of the subject; "01 tập thể" is a head count. */
export type TargetUnit = 'percent' | 'count';

/** One measurable statement inside a target, with the ratios or counts nested under it. */
export interface TargetMeasure {
  comparator: Comparator;
  /** "01" → 1, "95,5%" → 95.5. */
  value: number;
  unit: TargetUnit;
  /** Who or what is measured, NFC, as written ("các phòng chuyên môn"); null when the text names none. */
  subject: string | null;
  /** Emulation title or annual rating referred to, as written without quotes; null when none. */
  title: string | null;
  /** The title is followed by "trở lên" ("từ “Tập thể lao động tiên tiến” trở lên"). */
  orHigher: boolean;
  /** "…, trong đó 15% trở lên đạt …": measures counted within this one's subject. */
  nested: TargetMeasure[];
}

/** Result of parsing one target sentence (or short paragraph). */
export interface TargetParse {
  /** Qualitative when nothing can be quantified: that is a kind of target, not an error. */
  kind: 'quantitative' | 'qualitative';
  /** The first top-level measure; its nested measures hang off it. */
  measure: TargetMeasure | null;
  /** The input, NFC. */
  text: string;
}

/** What an author asserts about a target in frontmatter, to confirm or override the parse. */
export interface TargetAnnotation {
  /** The author's own label for the figure; free text, so it is not compared with the parse. */
  metric?: string;
  comparator?: Comparator;
  value?: number;
  unit?: TargetUnit;
  title?: string;
}

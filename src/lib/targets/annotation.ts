/**
 * Checking an author's frontmatter annotation of a target against the parse, so a target
 * whose wording and annotation disagree is reported by the content check instead of
 * published with the wrong figure. Messages are in Vietnamese: authors read them.
 */
import type { Comparator, TargetAnnotation, TargetParse, TargetUnit } from './types';
import { tokenize } from './tokens';

const COMPARATOR_LABELS: Readonly<Record<Comparator, string>> = {
  eq: 'đúng bằng',
  gte: 'từ … trở lên',
  gt: 'trên',
  lte: 'không quá',
  lt: 'dưới',
};

const UNIT_LABELS: Readonly<Record<TargetUnit, string>> = { percent: 'tỷ lệ %', count: 'số lượng' };

const NOT_QUANTIFIED = 'văn bản không có chỉ tiêu định lượng';

/** Vietnamese decimal comma, as the targets themselves are written. */
function formatNumber(value: number): string {
  return String(value).replace('.', ',');
}

/**
 * Key two title spellings are compared by: foldVietnamese per word (so "văn hoá"/"văn hóa" and case agree),
 * quotes and emphasis dropped, i/y variants unified ("Chiến sỹ" = "Chiến sĩ"), as the parser does.
 */
export function titleKey(title: string): string {
  return tokenize(title.normalize('NFC'))
    .filter((token) => token.kind === 'word' || token.kind === 'number')
    .map((token) => token.key)
    .join(' ');
}

function mismatch(field: string, expected: string, found: string): string {
  return `${field}: chú thích ghi ${expected}, ${found}`;
}

/**
 * Contradictions between an author's annotation and the parse, one message per field naming
 * the field, the annotated value and the parsed one; [] when they agree. `metric` is the
 * author's own label and is not compared. Only the main measure is compared.
 */
export function compareAnnotation(parse: TargetParse, annotation: TargetAnnotation): string[] {
  const problems: string[] = [];
  const measure = parse.measure;
  const found = (shown: string): string => `văn bản phân tích được ${shown}`;

  if (annotation.comparator !== undefined) {
    const expected = `“${annotation.comparator}” (${COMPARATOR_LABELS[annotation.comparator]})`;
    if (measure === null) problems.push(mismatch('comparator', expected, NOT_QUANTIFIED));
    else if (measure.comparator !== annotation.comparator) {
      problems.push(
        mismatch('comparator', expected, found(`“${measure.comparator}” (${COMPARATOR_LABELS[measure.comparator]})`)),
      );
    }
  }
  if (annotation.value !== undefined) {
    const expected = formatNumber(annotation.value);
    if (measure === null) problems.push(mismatch('value', expected, NOT_QUANTIFIED));
    // Values come from decimal text; a tolerance keeps 95.5 from disagreeing with itself.
    else if (Math.abs(measure.value - annotation.value) > 1e-9) {
      problems.push(mismatch('value', expected, found(formatNumber(measure.value))));
    }
  }
  if (annotation.unit !== undefined) {
    const expected = `“${annotation.unit}” (${UNIT_LABELS[annotation.unit]})`;
    if (measure === null) problems.push(mismatch('unit', expected, NOT_QUANTIFIED));
    else if (measure.unit !== annotation.unit) {
      problems.push(mismatch('unit', expected, found(`“${measure.unit}” (${UNIT_LABELS[measure.unit]})`)));
    }
  }
  if (annotation.title !== undefined) {
    const expected = `“${annotation.title}”`;
    const parsed = measure?.title ?? null;
    if (parsed === null) problems.push(mismatch('title', expected, 'văn bản không nêu danh hiệu hay mức xếp loại'));
    else if (titleKey(parsed) !== titleKey(annotation.title)) {
      problems.push(mismatch('title', expected, found(`“${parsed}”`)));
    }
  }
  return problems;
}

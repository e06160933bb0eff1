/**
 * Reading one clause as a measure: `[lead] [comparator] figure [%|trở lên] subject predicate`
 * (domain guide §6), plus the subject-first form "Tỷ lệ <subject> đạt 98%" and the nought
 * form "Không có <subject> vi phạm …".
 */
import type { Comparator, TargetMeasure, TargetUnit } from './types';
import type { Token } from './tokens';
import type { Clause } from './clauses';
import { matchAny, matchAnyEndingAt, type Phrase } from './match';
import { parseNumeral } from './numbers';
import {
  COMPARATORS_AFTER,
  COMPARATORS_BEFORE,
  LEAD_VERBS,
  LEAD_WORDS,
  NUMBER_WORDS,
  PERCENT_WORDS,
  RATE_OPENERS,
  RATE_SUBJECT_ENDS,
  SUBJECT_ENDS,
  ZERO_OPENERS,
  type ComparatorPhrase,
} from './phrases';
import { catalogueMatch, findTitle, titleAt, type TitleFound } from './title';
import { spanText } from './spans';

/** Where the figure sits in the clause and what surrounds it. */
interface Figure {
  /** First token of the comparator, or of the figure when there is none. */
  readonly start: number;
  /** First token after the figure, its "%" and any "trở lên". */
  readonly end: number;
  readonly value: number;
  readonly unit: TargetUnit;
  readonly before: ComparatorPhrase | null;
  readonly after: ComparatorPhrase | null;
}

function skipLeads(tokens: readonly Token[], start: number, limit: number): number {
  let index = start;
  for (let found = matchAny(tokens, index, limit, LEAD_WORDS); found !== null;) {
    index = found.end;
    found = matchAny(tokens, index, limit, LEAD_WORDS);
  }
  return index;
}

function numberAt(
  tokens: readonly Token[],
  index: number,
  limit: number,
  spelt: boolean,
): { value: number; end: number } | null {
  const token = tokens[index];
  if (token?.kind === 'number') {
    const value = parseNumeral(token.text);
    return value === null ? null : { value, end: index + 1 };
  }
  if (!spelt) return null;
  for (const { phrase, value } of NUMBER_WORDS) {
    const end = matchAny(tokens, index, limit, [phrase]);
    if (end !== null) return { value, end: end.end };
  }
  return null;
}

// A percentage is a figure wherever it stands. A bare count is one only right after a
// comparator, at the start of the clause, after "có"/"phấn đấu" ("Phấn đấu năm 2023 có 02 …")
// or after an opening verb ("Tổ chức 02 hội nghị"), and only before a noun, so "năm 2023",
// dates and list numbers ("3.") are never read as targets.
function findFigure(tokens: readonly Token[], leadEnd: number, limit: number): Figure | null {
  for (let index = leadEnd; index < limit; index += 1) {
    const comparator = matchAnyEndingAt(tokens, leadEnd, index, COMPARATORS_BEFORE);
    const number = numberAt(tokens, index, limit, comparator !== null);
    if (number === null) continue;
    let end = number.end;
    let unit: TargetUnit = 'count';
    if (tokens[end]?.kind === 'percent') {
      unit = 'percent';
      end += 1;
    } else {
      const spelt = matchAny(tokens, end, limit, PERCENT_WORDS);
      if (spelt !== null) {
        unit = 'percent';
        end = spelt.end;
      }
    }
    if (unit === 'count') {
      const leadVerb = matchAnyEndingAt(tokens, leadEnd, index, LEAD_VERBS);
      const afterLead = matchAnyEndingAt(tokens, leadEnd, index, LEAD_WORDS) !== null;
      const placed = comparator !== null || index === leadEnd || leadVerb?.start === leadEnd || afterLead;
      if (!placed || tokens[end]?.kind !== 'word' || end >= limit) continue;
    }
    const after = matchAny(tokens, end, limit, COMPARATORS_AFTER);
    return {
      start: comparator?.start ?? index,
      end: after?.end ?? end,
      value: number.value,
      unit,
      before: comparator?.phrase ?? null,
      after: after?.phrase ?? null,
    };
  }
  return null;
}

/**
 * The comparator a figure is held to. Explicit words win ("trên 90%" → gt); "từ" only opens a
 * range whose direction "trở lên"/"trở xuống" gives. A bare figure is a floor ("95% công chức
 * đạt …" is met at 95% or more, "Phấn đấu 02 tập thể …" at two or more), except where nothing
 * lies beyond it: 100% and nought are exact.
 */
function resolveComparator(figure: Pick<Figure, 'before' | 'after' | 'value' | 'unit'>): Comparator {
  const { before, after } = figure;
  if (after !== null && (before === null || before.weak)) return after.comparator;
  if (before !== null) return before.comparator;
  if (figure.value === 0 || (figure.unit === 'percent' && figure.value === 100)) return 'eq';
  return 'gte';
}

function subjectEnd(
  tokens: readonly Token[],
  from: number,
  limit: number,
  ends: readonly Phrase[],
  stopAtTitles: boolean,
): number {
  let index = from;
  while (index < limit) {
    const token = tokens[index];
    if (token === undefined || token.kind === 'stop' || token.kind === 'quote' || token.kind === 'percent') break;
    if (token.kind === 'word') {
      if (matchAny(tokens, index, limit, ends) !== null) break;
      // A title written after the subject ends it where its name begins.
      if (stopAtTitles && catalogueMatch(tokens, index, limit) >= 0) break;
    }
    index += 1;
  }
  return index;
}

function measure(
  figure: { value: number; unit: TargetUnit; comparator: Comparator },
  subject: string | null,
  title: TitleFound,
): TargetMeasure {
  return { ...figure, subject, title: title.title, orHigher: title.orHigher, nested: [] };
}

/** The measure a clause states, or null when it states none (a qualitative clause). */
export function parseClause(text: string, tokens: readonly Token[], clause: Clause): TargetMeasure | null {
  const limit = clause.end;
  const leadEnd = skipLeads(tokens, clause.start, limit);

  const zero = matchAny(tokens, leadEnd, limit, ZERO_OPENERS);
  if (zero !== null) {
    const end = subjectEnd(tokens, zero.end, limit, SUBJECT_ENDS, true);
    return measure(
      { value: 0, unit: 'count', comparator: 'eq' },
      spanText(text, tokens, zero.end, end),
      findTitle(text, tokens, end, limit),
    );
  }

  const figure = findFigure(tokens, leadEnd, limit);
  if (figure === null) return null;
  const comparator = resolveComparator(figure);
  const quantity = { value: figure.value, unit: figure.unit, comparator };

  const rate = matchAny(tokens, leadEnd, figure.start, RATE_OPENERS);
  if (rate !== null) {
    // "Tỷ lệ <subject> [đạt danh hiệu …] đạt 98%": the title may sit before or after the figure.
    const end = subjectEnd(tokens, rate.end, figure.start, RATE_SUBJECT_ENDS, false);
    const before = findTitle(text, tokens, end, figure.start);
    const title = before.title !== null ? before : findTitle(text, tokens, figure.end, limit);
    return measure(quantity, spanText(text, tokens, rate.end, end), title);
  }

  const titled = catalogueMatch(tokens, figure.end, limit);
  if (titled >= 0) {
    // A title right after the figure: "ít nhất 01 Tập thể lao động xuất sắc" has no subject, but
    // in "100% cơ quan đạt chuẩn văn hóa" the title's own head noun is what is counted.
    const head = subjectEnd(tokens, figure.end, titled, SUBJECT_ENDS, false);
    const subject = head > figure.end && head < titled ? spanText(text, tokens, figure.end, head) : null;
    return measure(quantity, subject, titleAt(text, tokens, figure.end, titled, limit));
  }
  const end = subjectEnd(tokens, figure.end, limit, SUBJECT_ENDS, true);
  const subject = end > figure.end ? spanText(text, tokens, figure.end, end) : null;
  // "95% công chức trở lên đạt …": the floor is stated after the subject.
  const late = figure.after === null ? matchAny(tokens, end, limit, COMPARATORS_AFTER) : null;
  if (late !== null) {
    const lateComparator = resolveComparator({ ...figure, after: late.phrase });
    return measure({ ...quantity, comparator: lateComparator }, subject, findTitle(text, tokens, late.end, limit));
  }
  return measure(quantity, subject, findTitle(text, tokens, end, limit));
}

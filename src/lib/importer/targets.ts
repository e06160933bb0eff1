import type { Outline, OutlineItem } from '../outline';
import { parseTarget, titleKey } from '../targets';
import type { TargetMeasure } from '../targets';
import type { ImportContext } from './types';

/** One frontmatter target annotation, as the campaign schema takes it. */
export interface TargetAnnotationDraft {
  item: number;
  metric: string;
  qualitative?: true;
  comparator?: TargetMeasure['comparator'];
  value?: number;
  unit?: TargetMeasure['unit'];
  title?: string;
}

const MAX_METRIC = 120;

/** First sentence of a target, without quotes: the basis of its metric label. */
function firstSentence(text: string): string {
  const sentence = /^[\s\S]*?[.;](?=\s|$)/.exec(text)?.[0] ?? text;
  return sentence.replace(/[“”"«»]/g, '').replace(/[.;]\s*$/, '').replace(/\s+/g, ' ').trim();
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

function shorten(text: string): string {
  if (text.length <= MAX_METRIC) return text;
  const cut = text.slice(0, MAX_METRIC);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}

/**
 * A short label for what a target measures: its subject and what follows it in the first
 * sentence ("Công chức và người lao động trong cơ quan hoàn thành tốt nhiệm vụ trở lên"),
 * without "các"/"những"; for a qualitative target, its first sentence.
 */
export function metricLabel(text: string, measure: TargetMeasure | null): string {
  const sentence = firstSentence(text);
  const subject = measure?.subject?.replace(/[“”"«»]/g, '');
  const at = subject ? sentence.indexOf(subject) : -1;
  const from = at >= 0 ? sentence.slice(at) : sentence;
  return shorten(capitalise(from.replace(/^(các|những)\s+/iu, '')));
}

/** The catalogue's name for a title, when the target's title is one (ratings such as "hoàn thành tốt nhiệm vụ" are not). */
function catalogueTitle(title: string | null, context: ImportContext): string | undefined {
  if (!title) return undefined;
  const wanted = titleKey(title);
  return context.titles.find((entry) => [entry.name, ...entry.variants].some((name) => titleKey(name) === wanted))?.name;
}

/** One annotation per item of the targets section, from the same target parser the content check uses. */
export function annotateTargets(outline: Outline, context: ImportContext): TargetAnnotationDraft[] {
  const items: OutlineItem[] = outline.sections.filter((section) => section.role === 'targets').flatMap((section) => section.items);
  return items.map((item) => {
    const parse = parseTarget(item.text);
    const metric = metricLabel(item.text, parse.measure);
    if (parse.kind === 'qualitative' || !parse.measure) return { item: item.number, metric, qualitative: true };
    const { comparator, value, unit } = parse.measure;
    const title = catalogueTitle(parse.measure.title, context);
    return { item: item.number, metric, comparator, value, unit, ...(title ? { title } : {}) };
  });
}

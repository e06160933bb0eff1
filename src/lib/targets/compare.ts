import type { CampaignDocument, CampaignTarget } from '../campaigns/document';
import { slugify } from '../text/fold';
import { titleKey } from './annotation';

/** One recurring target across years: its label and the target of each year that has it. */
export interface RecurringTarget {
  key: string;
  label: string;
  years: Map<number, CampaignTarget>;
}

/**
 * The key that matches a target across years whatever its wording: the title it refers to
 * (spelling variants folded together) and its unit, else the author's short metric label.
 */
export function recurrenceKey(target: CampaignTarget): string | null {
  const annotation = target.annotation;
  if (!annotation) return null;
  let key = recurrenceKeys.get(annotation);
  if (key === undefined) {
    key = annotation.title ? `title:${titleKey(annotation.title)}:${annotation.unit ?? ''}` : `metric:${slugify(annotation.metric)}`;
    recurrenceKeys.set(annotation, key);
  }
  return key;
}

/** Keys already worked out, per annotation (a bloc's every year compares its members' targets). */
const recurrenceKeys = new WeakMap<object, string>();

/** Targets that recur in two or more years' launch documents, oldest year first in each row. */
export function recurringTargets(campaigns: CampaignDocument[]): RecurringTarget[] {
  const rows = new Map<string, RecurringTarget>();
  for (const campaign of campaigns.filter((document) => document.data.role === 'launch')) {
    for (const target of campaign.targets) {
      const key = recurrenceKey(target);
      if (!key) continue;
      const row = rows.get(key) ?? { key, label: target.annotation?.title ?? target.annotation?.metric ?? '', years: new Map() };
      if (!row.years.has(campaign.year)) row.years.set(campaign.year, target);
      rows.set(key, row);
    }
  }
  return [...rows.values()].filter((row) => row.years.size >= 2);
}

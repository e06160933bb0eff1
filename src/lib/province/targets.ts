/**
 * The targets pages of a province's archive: a year's targets that two or more bodies
 * set, matched as a bloc page matches its members' (same title, else same metric), each with the
 * bodies that set it and how many met it; one page a year (/muc-tieu/<year>/), so a page stays
 * the size of one year of the province. Each body's page has its own targets across years.
 */
import type { CampaignDocument, CampaignTarget } from '../campaigns/document';
import { sideBySide } from '../blocs/view';

export interface SharedTarget {
  key: string;
  label: string;
  entries: { id: string; name: string; target: CampaignTarget }[];
  met: number;
  notMet: number;
  unassessed: number;
}

const collator = new Intl.Collator('vi');

/** Years with launch documents that have targets, newest first. */
export function targetYears(documents: CampaignDocument[]): number[] {
  return [...new Set(documents.filter((document) => document.data.role === 'launch' && document.targets.length > 0).map((document) => document.year))].sort((a, b) => b - a);
}

/** The shared targets of `year` (the newest year when not given). */
export function sharedTargets(documents: CampaignDocument[], name: (id: string) => string, only?: number): { year: number | undefined; rows: SharedTarget[] } {
  const launches = documents.filter((document) => document.data.role === 'launch' && document.data.issuer && document.targets.length > 0);
  const year = only ?? targetYears(documents)[0];
  const bodies = [...new Map(launches.filter((document) => document.year === year).map((document) => [document.data.issuer as string, document])).entries()]
    .map(([id, document]) => ({ id, name: name(id), document }))
    .sort((a, b) => collator.compare(a.name, b.name));
  const rows = sideBySide(bodies).map((row) => {
    const entries = row.cells.flatMap((target, b) => (target ? [{ id: bodies[b].id, name: bodies[b].name, target }] : []));
    const count = (statuses: string[]) => entries.filter((entry) => statuses.includes(entry.target.result.status)).length;
    return { key: row.key, label: row.label, entries, met: count(['met', 'exceeded']), notMet: count(['not-met']), unassessed: count(['unassessed']) };
  });
  return { year, rows: rows.sort((a, b) => b.entries.length - a.entries.length || collator.compare(a.label, b.label)) };
}

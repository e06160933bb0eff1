/**
 * The targets page of a province's archive: the newest year's targets that two or more bodies
 * set, matched as a bloc page matches its members' (same title, else same metric), each with the
 * bodies that set it and how many met it. One year only: each body's page has its own years.
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

export function sharedTargets(documents: CampaignDocument[], name: (id: string) => string): { year: number | undefined; rows: SharedTarget[] } {
  const launches = documents.filter((document) => document.data.role === 'launch' && document.data.issuer && document.targets.length > 0);
  const year = launches.reduce<number | undefined>((newest, document) => (newest === undefined || document.year > newest ? document.year : newest), undefined);
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

/**
 * A body's page in a province's archive: its documents year by year with their targets and
 * results, and its place in its bloc each year. Pure: from the site's documents and blocs.
 */
import type { CampaignDocument, CampaignTarget } from '../campaigns/document';
import { documentTitle } from '../campaigns/document';
import type { Membership } from './membership';

export interface BodyDocument {
  url: string;
  title: string;
  role: CampaignDocument['data']['role'];
  issued: string | null;
  targets: CampaignTarget[];
}

export interface BodyYear {
  year: number;
  documents: BodyDocument[];
  /** Its bloc that year, its role and its result. */
  membership: Membership | undefined;
}

/** Each document list grouped by issuer once: a province has hundreds of bodies and thousands of documents. */
const byIssuer = new WeakMap<CampaignDocument[], Map<string, CampaignDocument[]>>();

/** The documents a body issued, in the list's order. */
export function issuedBy(id: string, documents: CampaignDocument[]): CampaignDocument[] {
  let groups = byIssuer.get(documents);
  if (!groups) {
    groups = new Map();
    for (const document of documents) {
      const issuer = document.data.issuer;
      if (issuer) groups.set(issuer, [...(groups.get(issuer) ?? []), document]);
    }
    byIssuer.set(documents, groups);
  }
  return groups.get(id) ?? [];
}

/** Each unit map's units by parent, gathered once. */
const byParent = new WeakMap<Map<string, { id: string; data: { parent?: string | null } }>, Map<string, unknown[]>>();

/** The units directly under a unit, in the map's order. */
export function unitsUnder<T extends { id: string; data: { parent?: string | null } }>(id: string, units: Map<string, T>): T[] {
  let groups = byParent.get(units) as Map<string, T[]> | undefined;
  if (!groups) {
    groups = new Map();
    for (const unit of units.values()) if (unit.data.parent) groups.set(unit.data.parent, [...(groups.get(unit.data.parent) ?? []), unit]);
    byParent.set(units, groups);
  }
  return groups.get(id) ?? [];
}

/** The body's years, newest first: every year it published a document or was in a bloc. */
export function bodyYears(id: string, documents: CampaignDocument[], memberships: Membership[]): BodyYear[] {
  const own = issuedBy(id, documents);
  const years = [...new Set([...own.map((document) => document.year), ...memberships.map((membership) => membership.year)])].sort((a, b) => b - a);
  return years.map((year) => ({
    year,
    documents: own
      .filter((document) => document.year === year)
      .map((document) => ({ url: document.url, title: documentTitle(document.data), role: document.data.role, issued: document.data.issued, targets: document.targets })),
    membership: memberships.find((membership) => membership.year === year),
  }));
}

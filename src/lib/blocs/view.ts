/**
 * What a bloc's page shows for a year (domain guide §9): its members with their launch
 * documents and targets, the head and deputy, the year-end ranking and proposals, and the
 * bloc's history across years. Pure: from the bloc and the site's documents and units.
 */
import type { BlocData } from '../../schemas/bloc';
import type { CampaignDocument } from '../campaigns/document';
import { documentTitle } from '../campaigns/document';

/** A unit as the page names it. */
export interface BlocUnit {
  id: string;
  name: string;
}

/** A member in the year: its launch document (or its newest document of the year) and that document's targets. */
export interface BlocMember extends BlocUnit {
  document: { url: string; title: string; targets: CampaignDocument['targets'] } | undefined;
  role: 'head' | 'deputy' | 'member';
}

/** A row of the year-end ranking. */
export interface BlocRankingRow extends BlocUnit {
  rank: number;
  score: number | undefined;
  proposedForFlag: boolean;
  proposedForCommendation: boolean;
}

/** One year of the bloc's history. */
export interface BlocHistoryRow {
  year: number;
  head: BlocUnit;
  deputy: BlocUnit | undefined;
  first: BlocUnit[];
  proposedForFlag: BlocUnit[];
}

/** The page's content for one year. */
export interface BlocYearView {
  year: number;
  members: BlocMember[];
  head: BlocUnit;
  deputy: BlocUnit | undefined;
  covenant: { url: string; title: string } | undefined;
  decidedBy: string | undefined;
  ranking: BlocRankingRow[];
  history: BlocHistoryRow[];
}

/** Builds the view of `year` of a bloc; `name` gives a unit's name from its id. */
export function blocYearView(bloc: BlocData, year: number, documents: CampaignDocument[], name: (id: string) => string): BlocYearView | undefined {
  const entry = bloc.years.find((candidate) => candidate.year === year);
  if (!entry) return undefined;
  const unit = (id: string): BlocUnit => ({ id, name: name(id) });
  const documentOf = (id: string) => {
    const own = documents.filter((document) => document.year === year && document.data.issuer === id);
    return own.find((document) => document.data.role === 'launch') ?? own[0];
  };
  const covenant = entry.covenant ? documents.find((document) => document.id === entry.covenant) : undefined;
  const outcome = entry.outcome;
  return {
    year,
    head: unit(entry.head),
    deputy: entry.deputy ? unit(entry.deputy) : undefined,
    members: entry.members.map((id) => {
      const document = documentOf(id);
      return {
        ...unit(id),
        role: id === entry.head ? 'head' : id === entry.deputy ? 'deputy' : 'member',
        document: document && { url: document.url, title: documentTitle(document.data), targets: document.targets },
      };
    }),
    covenant: covenant && { url: covenant.url, title: documentTitle(covenant.data) },
    decidedBy: outcome?.decidedBy,
    ranking: [...(outcome?.ranking ?? [])]
      .sort((a, b) => a.rank - b.rank)
      .map((row) => ({
        ...unit(row.unit),
        rank: row.rank,
        score: row.score,
        proposedForFlag: outcome?.proposedForFlag.includes(row.unit) ?? false,
        proposedForCommendation: outcome?.proposedForCommendation.includes(row.unit) ?? false,
      })),
    history: [...bloc.years]
      .sort((a, b) => b.year - a.year)
      .map((other) => ({
        year: other.year,
        head: unit(other.head),
        deputy: other.deputy ? unit(other.deputy) : undefined,
        first: (other.outcome?.ranking ?? []).filter((row) => row.rank === 1).map((row) => unit(row.unit)),
        proposedForFlag: (other.outcome?.proposedForFlag ?? []).map(unit),
      })),
  };
}

/**
 * What a bloc's page shows for a year (domain guide §9): its members with their launch
 * documents and targets, the head and deputy, the year-end ranking and proposals, and the
 * bloc's history across years. Pure: from the bloc and the site's documents and units.
 */
import type { BlocData } from '../../schemas/bloc';
import type { CampaignDocument, CampaignTarget } from '../campaigns/document';
import { documentTitle } from '../campaigns/document';
import { rowAnchor } from '../honours/anchors';
import { boardRows, type BoardRow, type HonourBoard } from '../honours/board';
import { recurrenceKey } from '../targets/compare';
import { paths } from '../urls';

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

/**
 * A target several members set, side by side: matched across bodies the way the targets page
 * matches a target across years (the title it refers to, else the metric's name).
 */
export interface BlocTargetRow {
  key: string;
  label: string;
  /** Each member's target, in the members' order; undefined where the member did not set it. */
  cells: (CampaignTarget | undefined)[];
}

/** The titles conferred that year on a member's collectives and people, as on the year's board. */
export interface BlocHonourRow {
  title: BoardRow['title'];
  kind: BoardRow['kind'];
  name: string;
  position: string | undefined;
  /** The honoured unit when it is not the member itself (a division), or a person's unit. */
  unit: string | undefined;
  member: BlocUnit;
  url: string;
}

/** Honour rows grouped by title, highest title first. */
export interface BlocHonourGroup {
  title: BoardRow['title'];
  rows: BlocHonourRow[];
}

/** What the page needs besides the bloc and the documents: the boards and the body a unit belongs to. */
export interface BlocSources {
  boards: HonourBoard[];
  bodyOf: (unitId: string) => string;
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
  /** Targets two or more members set, side by side. */
  comparison: BlocTargetRow[];
  /** The members' honours of the year, by title. */
  honours: BlocHonourGroup[];
  /** Whether the year has an honour board at all (no board: nothing decided yet, or not published). */
  hasBoard: boolean;
}

/** Targets that two or more members' documents share, in the order they first appear. */
export function sideBySide(members: { document: { targets: CampaignTarget[] } | undefined }[]): BlocTargetRow[] {
  const rows = new Map<string, BlocTargetRow>();
  members.forEach((member, m) => {
    for (const target of member.document?.targets ?? []) {
      const key = recurrenceKey(target);
      if (!key) continue;
      const row = rows.get(key) ?? { key, label: target.annotation?.title ?? target.annotation?.metric ?? '', cells: members.map(() => undefined) };
      row.cells[m] ??= target;
      rows.set(key, row);
    }
  });
  return [...rows.values()].filter((row) => row.cells.filter(Boolean).length >= 2);
}

/**
 * Each board's rows with a unit, by the body the unit belongs to, with their place on the board:
 * worked out once per board and `bodyOf`, as every bloc's year of a province reads its year's board.
 */
const rowsByBody = new WeakMap<HonourBoard, WeakMap<(unitId: string) => string, Map<string, { row: BoardRow; index: number }[]>>>();

function rowsOfBodies(board: HonourBoard, bodyOf: (unitId: string) => string): Map<string, { row: BoardRow; index: number }[]> {
  let byFunction = rowsByBody.get(board);
  if (!byFunction) rowsByBody.set(board, (byFunction = new WeakMap()));
  let grouped = byFunction.get(bodyOf);
  if (!grouped) {
    grouped = new Map();
    boardRows(board).forEach((row, index) => {
      if (!row.unit) return;
      const body = bodyOf(row.unit.id);
      const list = grouped!.get(body);
      if (list) list.push({ row, index });
      else grouped!.set(body, [{ row, index }]);
    });
    byFunction.set(bodyOf, grouped);
  }
  return grouped;
}

/** The rows of a year's board whose unit belongs to a member (the member itself, a division, a person of it). */
export function membersHonours(board: HonourBoard | undefined, members: BlocUnit[], bodyOf: (unitId: string) => string): BlocHonourGroup[] {
  if (!board) return [];
  const byId = new Map(members.map((member) => [member.id, member]));
  const grouped = rowsOfBodies(board, bodyOf);
  // The members' rows in the board's order.
  const picked = [...byId].flatMap(([id, member]) => (grouped.get(id) ?? []).map((entry) => ({ ...entry, member }))).sort((a, b) => a.index - b.index);
  const groups = new Map<string, BlocHonourGroup>();
  for (const { row, member } of picked) {
    const group = groups.get(row.title.id) ?? { title: row.title, rows: [] };
    group.rows.push({
      title: row.title,
      kind: row.kind,
      name: row.name,
      position: row.position,
      unit: row.kind === 'individual' || row.unit?.id !== member.id ? row.unit?.name : undefined,
      member,
      url: `${paths.honourYear(board.year)}#${rowAnchor(row)}`,
    });
    groups.set(row.title.id, group);
  }
  return [...groups.values()];
}

/** A body's own documents (not a bloc's) by year and issuer, in the documents' order: built once per list. */
const ownDocuments = new WeakMap<CampaignDocument[], Map<string, CampaignDocument[]>>();

function ownDocumentsOf(documents: CampaignDocument[], year: number, issuer: string): CampaignDocument[] {
  let index = ownDocuments.get(documents);
  if (!index) {
    index = new Map();
    for (const document of documents) {
      if (document.data.bloc || !document.data.issuer) continue;
      const key = `${document.year}\0${document.data.issuer}`;
      const list = index.get(key);
      if (list) list.push(document);
      else index.set(key, [document]);
    }
    ownDocuments.set(documents, index);
  }
  return index.get(`${year}\0${issuer}`) ?? [];
}

/** Builds the view of `year` of a bloc; `name` gives a unit's name from its id. */
export function blocYearView(bloc: BlocData, year: number, documents: CampaignDocument[], name: (id: string) => string, sources: BlocSources = { boards: [], bodyOf: (id) => id }): BlocYearView | undefined {
  const entry = bloc.years.find((candidate) => candidate.year === year);
  if (!entry) return undefined;
  const unit = (id: string): BlocUnit => ({ id, name: name(id) });
  const documentOf = (id: string) => {
    const own = ownDocumentsOf(documents, year, id);
    return own.find((document) => document.data.role === 'launch') ?? own[0];
  };
  const covenant = entry.covenant ? documents.find((document) => document.id === entry.covenant) : undefined;
  const outcome = entry.outcome;
  const members: BlocMember[] = entry.members.map((id) => {
    const document = documentOf(id);
    return {
      ...unit(id),
      role: id === entry.head ? 'head' : id === entry.deputy ? 'deputy' : 'member',
      document: document && { url: document.url, title: documentTitle(document.data), targets: document.targets },
    };
  });
  const board = sources.boards.find((candidate) => candidate.year === year);
  return {
    year,
    head: unit(entry.head),
    deputy: entry.deputy ? unit(entry.deputy) : undefined,
    members,
    comparison: sideBySide(members),
    honours: membersHonours(board, members, sources.bodyOf),
    hasBoard: board !== undefined,
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

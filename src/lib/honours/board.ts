/**
 * The honour board (bảng vàng) derived from content/honours: per campaign year, one group per
 * title from the highest rank down, collectives, individuals and households apart, each row
 * carrying its decision for linking and its title under the catalogue's canonical name.
 */
import type { HonourYearData } from '../../schemas/honour';
import { boardAnchors } from './anchors';
import type { TitleData } from '../../schemas/title';
import type { UnitData } from '../../schemas/unit';
import type { ContentEntry } from '../content/types';
import { t } from '../../i18n/t';
import { slugify } from '../text/fold';
import { indexTitles, resolveTitle, type TitleEntry, type TitleIndex } from './catalogue';
import type { HonourRecipient } from './recipient';

/** The award decision (quyết định khen thưởng) a row comes from. */
export interface HonourDecisionRef {
  /** Anchor on the year's board (ids start with a letter): "quyet-dinh-17-qd-bdt", or "quyet-dinh-2" without a symbol. */
  anchor: string;
  /** Canonical number and symbol as stored: "17/QĐ-BDT". */
  symbol?: string;
  /** Date of the decision, possibly partial. */
  issued: string;
  issuer: string;
  signer?: string;
  reason?: string;
  /** Number of rows it confers. */
  rowCount: number;
}

/** A unit as a board shows it: id for the link, name for the text. */
export interface BoardUnit {
  id: string;
  /** The unit's name from content/units, or its id when the unit is not described. */
  name: string;
}

/** The title of a board group, under its canonical name. */
export interface BoardTitle {
  id: string;
  name: string;
  rank: number;
  category: TitleData['category'] | undefined;
  /** False when the row's title is not in the catalogue (the content check reports it). */
  known: boolean;
}

/** One row of a board. */
export interface BoardRow {
  year: number;
  title: BoardTitle;
  /** The title as the decision writes it (may be a spelling variant). */
  writtenTitle: string;
  kind: HonourRecipient['kind'];
  /** Display name: the person, the head of household, or the collective unit's name. */
  name: string;
  position?: string;
  /** The collective itself, or the person's unit. */
  unit?: BoardUnit;
  address?: string;
  reason?: string;
  decision: HonourDecisionRef;
  /** Where the row is written: file and dotted field, as content problems name it. */
  source: { file: string; field: string };
  /** Its anchor on the board, unique on it (./anchors.ts). */
  anchor?: string;
}

/** One title on a board, with its recipients apart by kind. */
export interface BoardGroup {
  title: BoardTitle;
  collectives: BoardRow[];
  individuals: BoardRow[];
  households: BoardRow[];
}

/** The honour board of one campaign year. */
export interface HonourBoard {
  year: number;
  file: string;
  decisions: HonourDecisionRef[];
  /** Highest title first. */
  groups: BoardGroup[];
  rowCount: number;
}

const collator = new Intl.Collator('vi');

/** The given name (tên) is the last word of a Vietnamese full name. */
const givenName = (name: string) => name.trim().split(/\s+/).at(-1) ?? name;

/**
 * Vietnamese list order for people: by given name, then by the full name as written, with
 * Vietnamese collation (Ă after A, Đ after D), as agencies order their lists.
 */
export function comparePeople(a: { name: string }, b: { name: string }): number {
  return collator.compare(givenName(a.name), givenName(b.name)) || collator.compare(a.name, b.name);
}

/** Collectives and households by name with Vietnamese collation. */
const compareNames = (a: { name: string }, b: { name: string }) => collator.compare(a.name, b.name);

function boardTitle(written: string, index: TitleIndex): BoardTitle {
  const entry: TitleEntry | undefined = resolveTitle(written, index).entry;
  if (entry) return { id: entry.data.id, name: entry.data.name, rank: entry.data.rank, category: entry.data.category, known: true };
  return { id: slugify(written), name: written, rank: Number.MAX_SAFE_INTEGER, category: undefined, known: false };
}

/**
 * Tells apart decisions of one board that share a symbol (each commune's "10/QĐ-UBND"): the first
 * keeps its anchor, the others add their issuer, then their place, so no two share an id.
 */
function decisionAnchors(decisions: HonourDecisionRef[]): void {
  const used = new Set<string>();
  for (const decision of decisions) {
    const base = decision.anchor;
    if (used.has(decision.anchor) && decision.issuer) decision.anchor = `${base}-${slugify(decision.issuer)}`;
    for (let n = 2; used.has(decision.anchor); n += 1) decision.anchor = `${base}-${n}`;
    used.add(decision.anchor);
  }
}

function decisionRef(decision: HonourYearData['decisions'][number], d: number): HonourDecisionRef {
  return {
    anchor: decision.symbol ? `quyet-dinh-${slugify(decision.symbol)}` : `quyet-dinh-${d + 1}`,
    symbol: decision.symbol,
    issued: decision.issued,
    issuer: decision.issuer,
    signer: decision.signer,
    reason: decision.reason,
    rowCount: decision.rows.length,
  };
}

function boardOfYear(honour: ContentEntry<HonourYearData>, index: TitleIndex, units: Map<string, UnitData>): HonourBoard {
  const unitOf = (id: string | undefined): BoardUnit | undefined => (id ? { id, name: units.get(id)?.name ?? id } : undefined);
  const groups = new Map<string, BoardGroup>();
  const decisions = honour.data.decisions.map(decisionRef);
  decisionAnchors(decisions);

  honour.data.decisions.forEach((decision, d) =>
    decision.rows.forEach((row, r) => {
      const title = boardTitle(row.title, index);
      const recipient = row.recipient;
      const unit = unitOf(recipient.kind === 'household' ? undefined : recipient.unit);
      const boardRow: BoardRow = {
        year: honour.data.year,
        title,
        writtenTitle: row.title,
        kind: recipient.kind,
        name: recipient.kind === 'collective' ? (unit?.name ?? recipient.unit) : recipient.name,
        position: recipient.kind === 'individual' ? recipient.position : undefined,
        unit,
        address: recipient.kind === 'household' ? recipient.address : undefined,
        reason: row.reason ?? decision.reason,
        decision: decisions[d],
        source: { file: honour.filePath, field: `decisions[${d}].rows[${r}]` },
      };
      let group = groups.get(title.id);
      if (!group) groups.set(title.id, (group = { title, collectives: [], individuals: [], households: [] }));
      ({ collective: group.collectives, individual: group.individuals, household: group.households })[recipient.kind].push(boardRow);
    }),
  );

  for (const group of groups.values()) {
    group.collectives.sort(compareNames);
    group.individuals.sort(comparePeople);
    group.households.sort(compareNames);
  }
  const board: HonourBoard = {
    year: honour.data.year,
    file: honour.filePath,
    decisions,
    groups: [...groups.values()].sort((a, b) => a.title.rank - b.title.rank || collator.compare(a.title.name, b.title.name)),
    rowCount: decisions.reduce((sum, decision) => sum + decision.rowCount, 0),
  };
  boardAnchors(boardRows(board));
  return board;
}

/** Boards of every year with honours, newest year first. */
export function buildHonourBoards(
  honours: ContentEntry<HonourYearData>[],
  titles: ContentEntry<TitleData>[],
  units: ContentEntry<UnitData>[],
): HonourBoard[] {
  const index = indexTitles(titles);
  const unitMap = new Map(units.map((unit) => [unit.id, unit.data]));
  return honours.map((honour) => boardOfYear(honour, index, unitMap)).sort((a, b) => b.year - a.year);
}

/** The board of the newest year that has one, for the home page. */
export function latestBoard(boards: HonourBoard[]): HonourBoard | undefined {
  return boards.reduce<HonourBoard | undefined>((latest, board) => (!latest || board.year > latest.year ? board : latest), undefined);
}

/** Every row of a board, group by group. */
export function boardRows(board: HonourBoard): BoardRow[] {
  return board.groups.flatMap((group) => [...group.collectives, ...group.individuals, ...group.households]);
}

/** How many rows each title of a board has, highest title first. */
export function boardTitleCounts(board: HonourBoard): { name: string; count: number }[] {
  return board.groups.map((group) => ({ name: group.title.name, count: group.collectives.length + group.individuals.length + group.households.length }));
}

/** A board in one sentence, for its page description and preview: "12 danh hiệu, …: 2 Tập thể lao động xuất sắc, 3 …". */
export function boardDescription(board: HonourBoard): string {
  const count = t('honours.count', { count: board.rowCount, decisions: board.decisions.length }).replace(/\.$/, '');
  const titles = boardTitleCounts(board).map(({ name, count: rows }) => `${rows} ${name}`);
  return titles.length ? `${count}: ${titles.join('; ')}.` : `${count}.`;
}

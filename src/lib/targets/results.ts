/**
 * Year-end results of targets: judged against the comparator, and computed from the year's
 * honour board where the target counts collectives holding a title, so a recorded result
 * that disagrees with the board can be reported instead of published.
 */
import type { TargetAnnotationData, TargetResultData } from '../../schemas/campaign';
import type { TitleData } from '../../schemas/title';
import type { UnitData } from '../../schemas/unit';
import type { ContentEntry } from '../content/types';
import { indexTitles, resolveTitle, type TitleIndex } from '../honours/catalogue';
import type { HonourBoard } from '../honours/board';
import { boardRows } from '../honours/board';
import type { Comparator } from './types';

/** The outcome a page shows for a target. */
export type ResultStatus = TargetResultData['status'];

/** A target's result and where it comes from. */
export interface TargetResult {
  status: ResultStatus;
  value: number | null;
  /** "computed" from the honour board, "recorded" by staff, or "none" (not yet assessed). */
  source: 'computed' | 'recorded' | 'none';
  /** How a computed value was reached: "4/4 phòng chuyên môn đạt Tập thể lao động tiên tiến trở lên". */
  detail?: string;
  evidence?: string;
  note?: string;
}

/** Met, exceeded or not met, for an achieved value against the target's comparator and value. */
export function judge(comparator: Comparator, target: number, achieved: number): Exclude<ResultStatus, 'unassessed'> {
  switch (comparator) {
    case 'eq':
      return achieved === target ? 'met' : achieved > target ? 'exceeded' : 'not-met';
    case 'gte':
      return achieved > target ? 'exceeded' : achieved === target ? 'met' : 'not-met';
    case 'gt':
      return achieved > target ? 'met' : 'not-met';
    case 'lte':
      return achieved <= target ? 'met' : 'not-met';
    case 'lt':
      return achieved < target ? 'met' : 'not-met';
  }
}

/** What the board computation needs: the year's board, the catalogue, and the issuer's divisions. */
export interface BoardFacts {
  board: HonourBoard;
  titles: ContentEntry<TitleData>[];
  /** Ids of the issuing body's divisions (units whose parent is the issuer, kind "division"). */
  divisions: string[];
  /** Whether the target's wording says "trở lên" (that title or a higher one). */
  orHigher: boolean;
}

/**
 * The achieved value of a target about collectives and a collective title, from the board:
 * a count ("ít nhất 01 tập thể đạt Tập thể lao động xuất sắc") counts the collectives holding
 * the title; a percentage ("100% các phòng chuyên môn đạt ... trở lên") is the share of the
 * issuer's divisions holding it (or a higher collective title when the wording says "trở lên").
 * Null when the target is about people or ratings the board cannot tell.
 */
export function computeFromBoard(annotation: TargetAnnotationData, facts: BoardFacts): { value: number; detail: string } | null {
  if (annotation.qualitative || !annotation.title || !annotation.unit) return null;
  const resolved = titleOf(annotation.title, facts.titles);
  if (!resolved || !resolved.data.recipients.includes('collective') || resolved.data.category !== 'title') return null;
  const qualifying = facts.titles.filter((title) => title.id === resolved.id || (facts.orHigher && title.data.category === 'title' && title.data.recipients.includes('collective') && title.data.rank < resolved.data.rank));
  const byTitle = collectiveHolders(facts.board);
  const holders = new Set(qualifying.flatMap((title) => [...(byTitle.get(title.id) ?? [])]));
  const name = `${resolved.data.name}${facts.orHigher ? ' trở lên' : ''}`;
  if (facts.divisions.length === 0) return null;
  if (annotation.unit === 'count') {
    const own = facts.divisions.filter((division) => holders.has(division)).length;
    return { value: own, detail: `${own} tập thể đạt ${name} (bảng vàng năm ${facts.board.year})` };
  }
  const held = facts.divisions.filter((division) => holders.has(division)).length;
  const value = Math.round((held / facts.divisions.length) * 1000) / 10;
  return { value, detail: `${held}/${facts.divisions.length} đơn vị trực thuộc đạt ${name} (bảng vàng năm ${facts.board.year})` };
}

/** Title catalogues already indexed, and the written titles already resolved in each: thousands of targets name the same few titles. */
const resolvedTitles = new WeakMap<ContentEntry<TitleData>[], { index: TitleIndex; byText: Map<string, ContentEntry<TitleData> | undefined> }>();

/** The catalogue entry a target's written title names. */
function titleOf(text: string, titles: ContentEntry<TitleData>[]): ContentEntry<TitleData> | undefined {
  let known = resolvedTitles.get(titles);
  if (!known) resolvedTitles.set(titles, (known = { index: indexTitles(titles), byText: new Map() }));
  if (!known.byText.has(text)) known.byText.set(text, resolveTitle(text, known.index).entry);
  return known.byText.get(text);
}

/** Each board's collectives holding each title (title id → unit ids), read once per board. */
const holdersOf = new WeakMap<HonourBoard, Map<string, Set<string>>>();

function collectiveHolders(board: HonourBoard): Map<string, Set<string>> {
  let byTitle = holdersOf.get(board);
  if (byTitle) return byTitle;
  byTitle = new Map();
  for (const row of boardRows(board)) {
    if (row.kind !== 'collective' || !row.unit) continue;
    const holders = byTitle.get(row.title.id) ?? new Set<string>();
    holders.add(row.unit.id);
    byTitle.set(row.title.id, holders);
  }
  holdersOf.set(board, byTitle);
  return byTitle;
}

/** The result a page shows: computed from the board when it can be, else as recorded, else not yet assessed. */
export function targetResult(annotation: TargetAnnotationData | undefined, facts: BoardFacts | undefined): TargetResult {
  const recorded = annotation?.result;
  const computed = annotation && facts ? computeFromBoard(annotation, facts) : null;
  if (annotation && computed && annotation.comparator !== undefined && annotation.value !== undefined) {
    return { status: judge(annotation.comparator, annotation.value, computed.value), value: computed.value, source: 'computed', detail: computed.detail, evidence: recorded?.evidence, note: recorded?.note };
  }
  if (recorded && recorded.status !== 'unassessed') return { status: recorded.status, value: recorded.value ?? null, source: 'recorded', evidence: recorded.evidence, note: recorded.note };
  return { status: 'unassessed', value: null, source: 'none' };
}

/** Each unit list's divisions by parent, gathered once. */
const divisionsByParent = new WeakMap<ContentEntry<UnitData>[], Map<string, string[]>>();

/** Divisions of an issuing unit. */
export function divisionsOf(issuer: string | null, units: ContentEntry<UnitData>[]): string[] {
  if (!issuer) return [];
  let byParent = divisionsByParent.get(units);
  if (!byParent) {
    byParent = new Map();
    for (const unit of units) {
      if (unit.data.kind !== 'division' || !unit.data.parent) continue;
      byParent.set(unit.data.parent, [...(byParent.get(unit.data.parent) ?? []), unit.id]);
    }
    divisionsByParent.set(units, byParent);
  }
  return [...(byParent.get(issuer) ?? [])];
}

/**
 * A unit's titles across the years and its streaks: several titles require two or three
 * consecutive years of a lower one, so "3 năm liên tục Tập thể lao động xuất sắc" matters.
 */
import { boardRows, type BoardRow, type BoardTitle, type HonourBoard } from './board';

/** A run of consecutive years. */
export interface YearRun {
  from: number;
  to: number;
  length: number;
}

/** Consecutive years holding the same title (liên tục). */
export interface TitleStreak extends YearRun {
  title: BoardTitle;
  /** "3 năm liên tục Tập thể lao động xuất sắc (2021–2023)". */
  label: string;
}

/** One year of a unit's history. */
export interface UnitHistoryYear {
  year: number;
  /** Titles conferred on the unit itself. */
  rows: BoardRow[];
  /** Titles conferred on people of the unit. */
  members: BoardRow[];
}

/** A unit's honours, newest year first, and its streaks of two years or more, longest first. */
export interface UnitHistory {
  unitId: string;
  years: UnitHistoryYear[];
  streaks: TitleStreak[];
}

/** Runs of consecutive years in a list (any order, duplicates ignored), oldest run first. */
export function streaks(years: number[]): YearRun[] {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const runs: YearRun[] = [];
  for (const year of sorted) {
    const last = runs.at(-1);
    if (last && year === last.to + 1) {
      last.to = year;
      last.length += 1;
    } else {
      runs.push({ from: year, to: year, length: 1 });
    }
  }
  return runs;
}

/** Each set of boards' histories, worked out once: a province has thousands of units and tens of thousands of rows. */
const historiesOf = new WeakMap<HonourBoard[], Map<string, UnitHistory>>();

/** Every unit's history in one pass over the boards (newest year first), streaks included. */
function allHistories(boards: HonourBoard[]): Map<string, UnitHistory> {
  const histories = new Map<string, UnitHistory & { byTitle: Map<string, { title: BoardTitle; years: number[] }> }>();
  const of = (unitId: string) => {
    let history = histories.get(unitId);
    if (!history) histories.set(unitId, (history = { unitId, years: [], streaks: [], byTitle: new Map() }));
    return history;
  };
  for (const board of [...boards].sort((a, b) => b.year - a.year)) {
    const yearOf = new Map<string, UnitHistoryYear>();
    for (const row of boardRows(board)) {
      const unitId = row.unit?.id;
      if (!unitId || (row.kind !== 'collective' && row.kind !== 'individual')) continue;
      const history = of(unitId);
      let year = yearOf.get(unitId);
      if (!year) {
        yearOf.set(unitId, (year = { year: board.year, rows: [], members: [] }));
        history.years.push(year);
      }
      if (row.kind === 'individual') {
        year.members.push(row);
        continue;
      }
      year.rows.push(row);
      const entry = history.byTitle.get(row.title.id) ?? { title: row.title, years: [] };
      entry.years.push(board.year);
      history.byTitle.set(row.title.id, entry);
    }
  }
  const result = new Map<string, UnitHistory>();
  for (const { byTitle, ...history } of histories.values()) {
    const titleStreaks = [...byTitle.values()].flatMap(({ title, years: held }) =>
      streaks(held)
        .filter((run) => run.length >= 2)
        .map((run) => ({ ...run, title, label: `${run.length} năm liên tục ${title.name} (${run.from}–${run.to})` })),
    );
    titleStreaks.sort((a, b) => b.length - a.length || a.title.rank - b.title.rank || b.to - a.to);
    result.set(history.unitId, { ...history, streaks: titleStreaks });
  }
  return result;
}

/** The collective rows and members' rows of a unit across boards, with its title streaks. */
export function unitHistory(unitId: string, boards: HonourBoard[]): UnitHistory {
  let histories = historiesOf.get(boards);
  if (!histories) historiesOf.set(boards, (histories = allHistories(boards)));
  return histories.get(unitId) ?? { unitId, years: [], streaks: [] };
}

/** How many distinct collectives hold a title on a board, for comparing results with targets. */
export function countWithTitle(board: HonourBoard, titleId: string): number {
  const group = board.groups.find((candidate) => candidate.title.id === titleId);
  return new Set(group?.collectives.map((row) => row.unit?.id ?? row.name)).size;
}

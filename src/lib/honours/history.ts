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

/** The collective rows and members' rows of a unit across boards, with its title streaks. */
export function unitHistory(unitId: string, boards: HonourBoard[]): UnitHistory {
  const years: UnitHistoryYear[] = [];
  const yearsByTitle = new Map<string, { title: BoardTitle; years: number[] }>();
  for (const board of [...boards].sort((a, b) => b.year - a.year)) {
    const rows = boardRows(board);
    const own = rows.filter((row) => row.kind === 'collective' && row.unit?.id === unitId);
    const members = rows.filter((row) => row.kind === 'individual' && row.unit?.id === unitId);
    if (own.length || members.length) years.push({ year: board.year, rows: own, members });
    for (const row of own) {
      const entry = yearsByTitle.get(row.title.id) ?? { title: row.title, years: [] };
      entry.years.push(board.year);
      yearsByTitle.set(row.title.id, entry);
    }
  }
  const titleStreaks = [...yearsByTitle.values()].flatMap(({ title, years: held }) =>
    streaks(held)
      .filter((run) => run.length >= 2)
      .map((run) => ({ ...run, title, label: `${run.length} năm liên tục ${title.name} (${run.from}–${run.to})` })),
  );
  titleStreaks.sort((a, b) => b.length - a.length || a.title.rank - b.title.rank || b.to - a.to);
  return { unitId, years, streaks: titleStreaks };
}

/** How many distinct collectives hold a title on a board, for comparing results with targets. */
export function countWithTitle(board: HonourBoard, titleId: string): number {
  const group = board.groups.find((candidate) => candidate.title.id === titleId);
  return new Set(group?.collectives.map((row) => row.unit?.id ?? row.name)).size;
}

/**
 * Dates of issue as written after a number/symbol (domain guide §4): "ngày 7/4/2014",
 * "07/04/2014", "15-5-2016", "ngày 16 tháng 7 năm 2021" (capitals fold to the same), with an
 * optional comma or "ban hành" before. Matched on the folded text at a fixed position
 * (sticky regexes with bounded quantifiers), so matching cannot backtrack far.
 */

/** A date found right after a position. */
export interface DateMatch {
  /** ISO YYYY-MM-DD, or null when the written date does not exist (31/02). */
  iso: string | null;
  /** The year as written, for the year-in-number check and by-name keys. */
  year: number;
  /** Folded offset just past the date. */
  end: number;
  /** Set when the written date is impossible. */
  warning: string | null;
}

const WORDS = String.raw`(?:(?:duoc[ \n]{1,2})?ban hanh[ \n]{1,2})?(?:ngh?ay[ \n]{0,2}:?[ \n]{0,2})?`;
const LEAD = String.raw`[ \n]{0,2},?[ \n]{0,2}${WORDS}`;
/** In brackets closed right after it: "Nghị quyết 12-NQ/TW (ngày 16/3/2022) của Bộ Chính trị". */
const BRACKET = String.raw`[ \n]{0,2}\([ \n]{0,2}${WORDS}`;
const CLOSE = String.raw`[ \n]{0,2}\)`;
const NUMERIC = String.raw`(\d{1,2}) ?([/.-]) ?(\d{1,2}) ?\2 ?(\d{4})(?![0-9])`;
const WORDED = String.raw`(\d{1,2})[ \n]{1,2}thang[ \n]{1,2}(\d{1,2})[ \n]{0,2},?[ \n]{0,2}nam[ \n]{1,2}(\d{4})(?![0-9])`;
const NUMERIC_DATES = [new RegExp(`${LEAD}${NUMERIC}`, 'y'), new RegExp(`${BRACKET}${NUMERIC}${CLOSE}`, 'y')];
const WORDED_DATES = [new RegExp(`${LEAD}${WORDED}`, 'y'), new RegExp(`${BRACKET}${WORDED}${CLOSE}`, 'y')];
/** "năm 2022", "2022", or in brackets as some copies write it: "Luật Thi đua, Khen thưởng (2003)". */
const YEAR_ONLY = /[ \n]{0,2},?[ \n]{0,2}(?:(?:nam[ \n]{1,2})?((?:19|20)\d{2})(?![0-9/-])|\((?:nam[ \n]{1,2})?((?:19|20)\d{2})\))/y;

/** ISO date if day, month and year make a real date. */
export function toIsoDate(day: number, month: number, year: number): string | null {
  if (month < 1 || month > 12 || day < 1 || year < 1945 || year > 2099) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function dateMatch(day: number, month: number, year: number, end: number, written: string): DateMatch {
  const iso = toIsoDate(day, month, year);
  return { iso, year, end, warning: iso ? null : `Ngày ban hành "${written}" không tồn tại; đã bỏ qua ngày này.` };
}

/** A full date starting at `pos` (after optional comma, "ban hành", "ngày"; or all of it in brackets), or null. */
export function matchDateAt(folded: string, pos: number): DateMatch | null {
  for (const pattern of NUMERIC_DATES) {
    pattern.lastIndex = pos;
    const numeric = pattern.exec(folded);
    if (numeric) {
      const [, d, , m, y] = numeric;
      return dateMatch(Number(d), Number(m), Number(y), pattern.lastIndex, `${d}/${m}/${y}`);
    }
  }
  for (const pattern of WORDED_DATES) {
    pattern.lastIndex = pos;
    const worded = pattern.exec(folded);
    if (worded) {
      const [, d, m, y] = worded;
      return dateMatch(Number(d), Number(m), Number(y), pattern.lastIndex, `${d}/${m}/${y}`);
    }
  }
  return null;
}

/** A bare year ("năm 2022", "2022") starting at `pos`, as laws cited by name carry. */
export function matchYearAt(folded: string, pos: number): { year: number; end: number } | null {
  YEAR_ONLY.lastIndex = pos;
  const m = YEAR_ONLY.exec(folded);
  return m ? { year: Number(m[1] ?? m[2]), end: YEAR_ONLY.lastIndex } : null;
}

/** A possibly partial date split into the parts an official date line prints. */
export interface DateParts {
  year: number;
  month: number | null;
  day: number | null;
}

/** Splits "2023", "2023-01" or "2023-01-05". */
export function dateParts(value: string): DateParts {
  const [year, month, day] = value.split('-').map(Number);
  return { year, month: month || null, day: day || null };
}

/** Nghị định 30/2020: days below 10 and months 1-2 take a leading zero ("ngày 05 tháng 01", "tháng 3"). */
export function officialDay(day: number): string {
  return day < 10 ? `0${day}` : String(day);
}

/** See officialDay. */
export function officialMonth(month: number): string {
  return month <= 2 ? `0${month}` : String(month);
}

/** "ngày 05 tháng 01 năm 2023", "tháng 01 năm 2023" (day unknown) or "năm 2023", for running text. */
export function formatPartialDate(value: string): string {
  const { year, month, day } = dateParts(value);
  const parts = [];
  if (day && month) parts.push(`ngày ${officialDay(day)}`);
  if (month) parts.push(`tháng ${officialMonth(month)}`);
  parts.push(`năm ${year}`);
  return parts.join(' ');
}

/** "07/4/2014": the short form legal databases show in metadata tables. */
export function formatShortDate(value: string): string {
  const { year, month, day } = dateParts(value);
  if (day && month) return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
  if (month) return `${String(month).padStart(2, '0')}/${year}`;
  return String(year);
}

/** Text helpers of the annex reader (./annex.ts): folding, tidying a cell, plain lines from scans and Word copies, dates. */
import { foldVietnamese, repairLookalikes } from '../text/fold';

/** Folded words, for comparing headings and headers. */
export const fold = (text: string) => foldVietnamese(text).replace(/[^a-z0-9]+/g, ' ').trim();
/** A cell or heading as one line: spaces joined, none before punctuation ("ấp 4 , xã" in a scan), no stray punctuation at either end. */
export const tidy = (text: string) =>
  text
    .replace(/\s+/g, ' ')
    .replace(/ (?=[,;:])/g, '')
    .replace(/^[\s,;:\-–—]+|[\s,;:.\-–—]+$/g, '');

/**
 * A line as a scan or a Word copy may give it, made plain: bold marks taken off ("| **I** | **TẬP
 * THỂ** |"), letter-spaced words joined ("D A N H   S Á C H" → "DANH SÁCH"), "Ð" read as "Đ" and "ƣ" as "ư".
 */
export function plainLine(line: string): string {
  // A scan, a PDF or an old font's conversion writes look-alikes: Ð for Đ, ƣ for ư.
  const unbold = repairLookalikes(line.replace(/\*\*/g, ''));
  if (!/^\s*(?:\p{L} ){2,}\p{L}(?:\s|$)/u.test(unbold) || /\p{L}{2}/u.test(unbold)) return unbold;
  return unbold
    .trim()
    .split(/\s{2,}/)
    .map((word) => word.replace(/ /g, ''))
    .join(' ');
}

/** "10/01/2024", "10-01-2024", "ngày 10 tháng 01 năm 2024", "  /01/2024" (day blank) → ISO. */
export function isoDate(text: string): string | undefined {
  const match =
    /(\d{1,2})?\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})/u.exec(text) ?? /(\d{1,2})?\s*tháng\s+(\d{1,2})\s+năm\s+(\d{4})/iu.exec(text);
  if (!match) return undefined;
  const [, day, month, year] = match;
  const mm = month.padStart(2, '0');
  return day ? `${year}-${mm}-${day.padStart(2, '0')}` : `${year}-${mm}`;
}

/**
 * CSV as Excel on a Vietnamese office PC opens it: UTF-8 with a byte-order mark (without it
 * Excel reads the bytes as Windows-1258 and "Đoàn kết" turns to mojibake), CRLF line ends, and
 * fields quoted when they hold a comma, a quote or a line break (RFC 4180).
 */
export function toCsv(columns: string[], rows: Record<string, unknown>[]): string {
  const field = (value: unknown): string => {
    const text = value === null || value === undefined ? '' : Array.isArray(value) ? value.join('; ') : String(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const lines = [columns.join(','), ...rows.map((row) => columns.map((column) => field(row[column])).join(','))];
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

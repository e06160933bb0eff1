/** Tables in annexes, flattened by a copy: a header's columns, and a table given one cell per line. */
import { fold } from './annex-text';

/** Columns a flattened table header can name. */
export type Column = 'number' | 'name' | 'position' | 'unit' | 'positionAndUnit' | 'title' | 'address' | 'other';

const COLUMN_HEADERS: [RegExp, Column][] = [
  [/^(stt|tt|so tt|so thu tu)$/, 'number'],
  [/chuc vu.*don vi|chuc danh.*don vi/, 'positionAndUnit'],
  [/^(ho va ten|ho ten|ten tap the|ten don vi|ten ca nhan|ho va ten.*tap the|ten tap the.*ca nhan|ten ho gia dinh|chu ho|ten (thon|xom|ban|ap|to dan pho|khu pho)$)/, 'name'],
  [/^(chuc vu|chuc danh)/, 'position'],
  [/^(don vi|noi cong tac|co quan)/, 'unit'],
  [/^(danh hieu|hinh thuc)/, 'title'],
  [/^(dia chi|noi o|thon|xom)/, 'address'],
];

/** A flattened table's header: what each column holds, and whether its name column names collectives ("Tên tập thể"). */
export interface TableHeader {
  columns: Column[];
  collective: boolean;
}

/** The header of a flattened table, or undefined when the cells are not one. */
export function tableHeader(cells: string[]): TableHeader | undefined {
  const columns = cells.map((cell) => COLUMN_HEADERS.find(([pattern]) => pattern.test(fold(cell)))?.[1] ?? 'other');
  if (!columns.includes('name') && !(columns[0] === 'number' && columns.length > 1)) return undefined;
  const nameHeader = fold(cells[columns.indexOf('name')] ?? '');
  return { columns, collective: /^ten (tap the|don vi)$/.test(nameHeader) };
}

/**
 * A table a PDF copy gives one cell per line: a header ("TT", "Họ và tên", "Chức vụ", "Đơn vị công
 * tác") then, for each row, its number and its other cells, a line each. Read from `start` while
 * each row starts with the next number; undefined when the lines there are not such a header.
 */
export function cellPerLine(lines: string[], start: number): { header: TableHeader; rows: { line: number; cells: string[] }[]; next: number } | undefined {
  const texts: { index: number; text: string }[] = [];
  for (let index = start; index < lines.length && texts.length < 8; index += 1) {
    const text = lines[index].trim();
    if (!text) continue;
    if (/[|\t]/.test(text)) return undefined;
    texts.push({ index, text });
  }
  for (let width = 2; width < texts.length; width += 1) {
    const cells = texts.slice(0, width).map((item) => item.text);
    const header = tableHeader(cells);
    if (!header || header.columns[0] !== 'number' || header.columns.includes('other') || !/^0*1\.?$/.test(texts[width]?.text ?? '')) continue;
    const rows: { line: number; cells: string[] }[] = [];
    let index = texts[width - 1].index + 1;
    for (;;) {
      const group: { index: number; text: string }[] = [];
      for (let at = index; at < lines.length && group.length < width; at += 1) if (lines[at].trim()) group.push({ index: at, text: lines[at].trim() });
      if (group.length < width || Number(group[0].text.replace(/\.$/, '')) !== rows.length + 1 || group.slice(1).some((cell) => /^\d{1,3}\.?$/.test(cell.text))) break;
      rows.push({ line: group[0].index + 1, cells: group.map((cell) => cell.text) });
      index = group[width - 1].index + 1;
    }
    return rows.length ? { header, rows, next: index } : undefined;
  }
  return undefined;
}

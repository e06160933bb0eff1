import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { AlignmentType, Document, ImageRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { parse } from 'yaml';
import { importDocument, readSource, type ImportContext } from '../../src/lib/importer';
import { run } from './run';

/** The site's units and catalogue titles, as the import script passes them. */
export const CONTEXT: ImportContext = {
  units: [
    { id: 'ban-dan-toc-cao-bang', name: 'Ban Dân tộc tỉnh Cao Bằng', headerName: 'BAN DÂN TỘC', parent: 'ubnd-tinh-cao-bang' },
    { id: 'ubnd-tinh-cao-bang', name: 'Ủy ban nhân dân tỉnh Cao Bằng', headerName: 'UBND TỈNH CAO BẰNG' },
  ],
  titles: [
    { name: 'Tập thể lao động tiên tiến', variants: ['Tập thể Lao động tiên tiến'] },
    { name: 'Tập thể lao động xuất sắc', variants: [] },
    { name: 'Lao động tiên tiến', variants: [] },
    { name: 'Chiến sĩ thi đua cơ sở', variants: ['Chiến sỹ thi đua cơ sở'] },
    { name: 'Gia đình văn hóa', variants: ['Gia đình văn hoá'] },
    { name: 'Thôn, tổ dân phố văn hóa', variants: ['Thôn, tổ dân phố văn hoá'] },
  ],
};

/** No units known: every body is new, as on a fresh site. */
export const NO_UNITS: ImportContext = { units: [], titles: [] };

/** The text of the document whose file name starts with `prefix` ("37-") in a set's folder. */
export function realText(dir: string, prefix: string): string {
  const file = readdirSync(dir).find((name) => name.startsWith(prefix) && name.endsWith('.txt'));
  if (!file) throw new Error(`no ${prefix}*.txt in ${dir}`);
  return readFileSync(join(dir, file), 'utf8');
}

/** A text imported as a pasted copy would be, on a fresh site. */
export async function importedText(text: string, name = 'ban-sao.txt') {
  return importDocument(await readSource(new TextEncoder().encode(text), name), name, NO_UNITS);
}

/** Frontmatter and body of an .mdx text. */
export function splitMdx(mdx: string): { data: Record<string, unknown>; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(mdx);
  if (!match) throw new Error('not an mdx file with frontmatter');
  return { data: parse(match[1]) as Record<string, unknown>, body: match[2] };
}

/** A paragraph's runs from a line that marks bold as **…**. */
function runsOf(line: string): TextRun[] {
  return line.split('**').map((text, index) => new TextRun({ text, bold: index % 2 === 1 }));
}

/** A .docx with one paragraph per line of the text, bold where the text has **…**. */
export async function docxFromText(text: string): Promise<Buffer> {
  const paragraphs = text.split('\n').map((line) => new Paragraph({ children: runsOf(line) }));
  return Packer.toBuffer(new Document({ sections: [{ children: paragraphs }] }));
}

/** A 1×1 PNG, for a document with a picture in it. */
const PIXEL = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

/**
 * A .docx laid out like a real one: the header and the signature block in two-column tables,
 * the title centred, a logo picture, and a data table inside the body.
 */
export async function docxWithTables(parts: { left: string[]; right: string[]; body: string[]; footLeft: string[]; footRight: string[] }): Promise<Buffer> {
  const cell = (lines: string[]) =>
    new TableCell({ width: { size: 50, type: WidthType.PERCENTAGE }, children: lines.map((line) => new Paragraph({ children: runsOf(line) })) });
  const table = (left: string[], right: string[]) => new Table({ rows: [new TableRow({ children: [cell(left), cell(right)] })] });
  const body = parts.body.map((line) => new Paragraph({ children: runsOf(line), alignment: /^[A-ZĐ ]+$/.test(line) ? AlignmentType.CENTER : undefined }));
  const data = new Table({ rows: [new TableRow({ children: [cell(['Chỉ tiêu']), cell(['Tỷ lệ'])] }), new TableRow({ children: [cell(['Hoàn thành nhiệm vụ']), cell(['100%'])] })] });
  const logo = new Paragraph({ children: [new ImageRun({ type: 'png', data: PIXEL, transformation: { width: 10, height: 10 } })] });
  return Packer.toBuffer(
    new Document({ sections: [{ children: [logo, table(parts.left, parts.right), ...body, data, new Paragraph('Đề nghị các phòng thực hiện./.'), table(parts.footLeft, parts.footRight)] }] }),
  );
}

/** A copy of the shipped content in a temporary folder. */
export function tempContent(): string {
  const dir = mkdtempSync(join(tmpdir(), 'thi-dua-content-'));
  cpSync(resolve('content'), dir, { recursive: true });
  return dir;
}

/** Runs one of the project's scripts with tsx, as npm would, without blocking the test worker. */
export async function runScript(script: string, args: string[], env: Record<string, string> = {}, cwd = process.cwd()) {
  const result = await run(process.execPath, ['--import', 'tsx', resolve(script), ...args], {
    cwd,
    env: { ...process.env, ...env },
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

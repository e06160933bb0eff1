/**
 * The mistakes editors make, each run through `npm run check` and `npm run build`: both refuse
 * (non-zero exit) with the same Vietnamese report naming the file and the right line, and the
 * last good site is left as it was. No stack trace for a content mistake.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentVariant, replaceIn } from '../support/build';
import { run as runCommand } from '../support/run';

const DOC = 'campaigns/2023/phat-dong-thi-dua-2023.mdx';

/** One mistake: what the editor does to a copy of the shipped content, and what the report must say. */
interface Mistake {
  name: string;
  edit: (content: string) => void;
  /** File (relative to the content folder) and line the report must name. */
  at: [string, number];
  /** Words of the report's message for that line. */
  says: string[];
}

const doc = (content: string) => join(content, DOC);
const edit = (from: string | RegExp, to: string, file = DOC) => (content: string) => replaceIn(join(content, file), from, to);
const write = (file: string, text: string) => (content: string) => {
  mkdirSync(join(content, file, '..'), { recursive: true });
  writeFileSync(join(content, file), text);
};

/** A valid honours file of the shipped body, to put mistakes in. */
const HONOURS = `year: 2023
decisions:
  - symbol: 11/QĐ-BDT
    issued: "2024-01-10"
    issuer: Trưởng ban Ban Dân tộc tỉnh Cao Bằng
    reason: Đã có thành tích xuất sắc trong phong trào thi đua năm 2023
    rows:
      - title: Tập thể lao động xuất sắc
        recipient: { kind: collective, unit: ban-dan-toc-cao-bang }
`;

const MISTAKES: Mistake[] = [
  { name: 'a day the month does not have', edit: edit('issued: "2023-01"', 'issued: 2024-02-30'), at: [DOC, 14], says: ['ngày có thật', '29 ngày'] },
  { name: 'a day the month does not have, quoted', edit: edit('issued: "2023-01"', 'issued: "2023-04-31"'), at: [DOC, 14], says: ['ngày có thật', '30 ngày'] },
  { name: 'a month 13', edit: edit('issued: "2023-01"', 'issued: 2024-13-01'), at: [DOC, 14], says: ['YYYY-MM-DD'] },
  { name: 'a date in the Vietnamese order', edit: edit('issued: "2023-01"', 'issued: 05/01/2023'), at: [DOC, 14], says: ['YYYY-MM-DD', 'ví dụ'] },
  { name: 'an empty theme', edit: edit(/^theme: .*$/m, 'theme:'), at: [DOC, 15], says: ['theme', 'để trống'] },
  { name: 'an unquoted line holding ":"', edit: edit('  - "Lưu: VT, TĐKT."', '  - Lưu: VT, TĐKT.'), at: [DOC, 24], says: ['ngoặc kép', '"Lưu: VT, TĐKT."'] },
  { name: 'a misspelt field name', edit: edit('issued: "2023-01"', 'isued: "2023-01"'), at: [DOC, 14], says: ['Có phải "issued"'] },
  { name: 'a required field left out', edit: edit(/^place: .*\n/m, ''), at: [DOC, 0], says: ['place', 'bắt buộc'] },
  { name: 'a number that is not digits', edit: edit('number: null', 'number: số 5'), at: [DOC, 9], says: ['number', 'chữ số'] },
  { name: 'a year that is text', edit: edit('year: 2023', 'year: "năm 2023"'), at: [DOC, 5], says: ['year', 'số'] },
  { name: 'an unknown role', edit: edit('role: launch', 'role: phat-dong'), at: [DOC, 4], says: ['role', '"launch"'] },
  { name: 'an unknown authority prefix', edit: edit('  position: TRƯỞNG BAN', '  prefix: PT.\n  position: TRƯỞNG BAN'), at: [DOC, 17], says: ['prefix', '"KT."'] },
  { name: 'an issuer that is not a unit', edit: edit('issuer: ban-dan-toc-cao-bang', 'issuer: ban-dan-toc-bac-kan'), at: [DOC, 11], says: ['content/units/ban-dan-toc-bac-kan.yaml'] },
  { name: 'an issuer id with diacritics', edit: edit('issuer: ban-dan-toc-cao-bang', 'issuer: ban-dân-tộc'), at: [DOC, 11], says: ['không dấu'] },
  { name: 'a target without its unit', edit: edit(/(  - item: 2\n(?:.*\n){3})    unit: percent\n/, '$1'), at: [DOC, 31], says: ['unit'] },
  { name: 'a target with an unknown unit', edit: edit(/(  - item: 1\n(?:.*\n){3})    unit: percent/, '$1    unit: người'), at: [DOC, 30], says: ['"percent"', '"count"'] },
  { name: 'a target number that is not in the body', edit: edit('  - item: 6', '  - item: 9'), at: [DOC, 50], says: ['9'] },
  { name: 'a target value that contradicts its text', edit: edit(/(  - item: 1\n(?:.*\n){2})    value: 100/, '$1    value: 90'), at: [DOC, 29], says: ['100'] },
  { name: 'tabs for indentation', edit: edit('  position: TRƯỞNG BAN', '\tposition: TRƯỞNG BAN'), at: [DOC, 17], says: ['YAML'] },
  { name: 'a list item without its dash', edit: edit('  - Lãnh đạo Ban;', '  Lãnh đạo Ban;'), at: [DOC, 22], says: ['YAML'] },
  { name: 'a field written twice', edit: edit('place: Cao Bằng', 'place: Cao Bằng\nplace: Cao Bằng'), at: [DOC, 13], says: ['hai lần'] },
  { name: 'a "#" in a value, which YAML reads as a comment', edit: edit('place: Cao Bằng', 'place: Cao Bằng #1'), at: [DOC, 12], says: ['ngoặc kép', '"Cao Bằng"'] },
  { name: 'the closing --- of the frontmatter missing', edit: edit(/\n---\n\nPhát huy/, '\n\nPhát huy'), at: [DOC, 1], says: ['---'] },
  { name: 'a stray "{" in the body', edit: edit('với các nội dung chủ yếu sau:', 'với các nội dung chủ yếu sau: {'), at: [DOC, 57], says: ['{'] },
  { name: 'a stray "<" in the body', edit: edit('nhiệm vụ được giao, thực hiện', 'nhiệm vụ được giao <thực hiện'), at: [DOC, 63], says: ['<'] },
  { name: 'a year folder that disagrees', edit: edit('year: 2023', 'year: 2024'), at: [DOC, 5], says: ['2023'] },
  { name: 'a short mention with no full citation before it', edit: edit('tham gia học tập tốt Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị', 'tham gia học tập tốt Chỉ thị số 07 của Bộ Chính trị'), at: [DOC, 71], says: ['Chỉ thị số 7'] },
  { name: 'a unit whose parent does not exist', edit: edit('parent: ubnd-tinh-cao-bang', 'parent: ubnd-tinh-bac-kan', 'units/ban-dan-toc-cao-bang.yaml'), at: ['units/ban-dan-toc-cao-bang.yaml', 3], says: ['ubnd-tinh-bac-kan'] },
  { name: 'a unit without its name', edit: edit('name: Ban Dân tộc tỉnh Cao Bằng\n', '', 'units/ban-dan-toc-cao-bang.yaml'), at: ['units/ban-dan-toc-cao-bang.yaml', 0], says: ['name', 'bắt buộc'] },
  { name: 'a directive with a bad status', edit: edit(/^issued: 2014-04-07$/m, 'issued: 2014-04-07\nstatus: valid', 'directives/chi-thi-34-ct-tw.yaml'), at: ['directives/chi-thi-34-ct-tw.yaml', 6], says: ['"in-force"'] },
  { name: 'a directive with an impossible date', edit: edit('issued: 2014-04-07', 'issued: 2014-04-31', 'directives/chi-thi-34-ct-tw.yaml'), at: ['directives/chi-thi-34-ct-tw.yaml', 5], says: ['ngày có thật'] },
  {
    name: 'an honours file with a bad date and an unknown unit, both at once',
    edit: write('honours/2023.yaml', HONOURS.replace('issued: "2024-01-10"', 'issued: 2024-01-32').replace('unit: ban-dan-toc-cao-bang }', 'unit: phong-khong-co }')),
    at: ['honours/2023.yaml', 4],
    says: ['issued'],
  },
  {
    name: 'the unknown unit of that file, reported in the same run',
    edit: write('honours/2023.yaml', HONOURS.replace('issued: "2024-01-10"', 'issued: 2024-01-32').replace('unit: ban-dan-toc-cao-bang }', 'unit: phong-khong-co }')),
    at: ['honours/2023.yaml', 9],
    says: ['phong-khong-co'],
  },
  {
    name: 'a title spelt with a changed accent',
    edit: write('honours/2023.yaml', HONOURS.replace('title: Tập thể lao động xuất sắc', 'title: Tập thể lao đông xuất sắc')),
    at: ['honours/2023.yaml', 8],
    says: ['“Tập thể lao động xuất sắc”', 'variants'],
  },
  { name: 'the same document twice', edit: (content) => writeFileSync(join(content, 'campaigns/2023/ban-sao.mdx'), readFileSync(doc(content), 'utf8')), at: ['campaigns/2023/ban-sao.mdx', 10], says: ['phat-dong-thi-dua-2023.mdx'] },
];

async function run(script: string, root: string, out: string) {
  const result = await runCommand(process.execPath, ['--import', 'tsx', script], {
    env: { ...process.env, THI_DUA_CONTENT: join(root, 'content'), THI_DUA_OUT: out, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
  });
  return { status: result.status, text: `${result.stdout}\n${result.stderr}` };
}

/** The report's paragraph about one place: from "file:line —" to the next blank line. */
function paragraphAt(report: string, place: string): string | null {
  const at = report.indexOf(place);
  if (at < 0) return null;
  const end = report.indexOf('\n\n', at);
  return report.slice(at, end < 0 ? undefined : end).trimEnd();
}

describe('an editor’s mistakes, through npm run check and npm run build', { timeout: 60_000 }, () => {
  it('has at least 30 of them', () => expect(MISTAKES.length).toBeGreaterThanOrEqual(30));

  it.each(MISTAKES.map((mistake, index) => ({ ...mistake, index })))('$name', async ({ index, edit: change, at, says }) => {
    const root = contentVariant(`mistake-${index}`, change);
    const out = join(root, 'dist');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'index.html'), 'trang cũ');
    const file = join(root, 'content', at[0]);
    const place = at[1] ? `${file}:${at[1]} —` : `${file} —`;

    const check = await run('src/cli/check.ts', root, out);
    const build = await run('src/cli/build.ts', root, out);
    for (const [command, result] of [['check', check], ['build', build]] as const) {
      expect(result.status, `${command}: ${result.text}`).not.toBe(0);
      const paragraph = paragraphAt(result.text, place);
      expect(paragraph, `${command} should name ${place}:\n${result.text}`).not.toBeNull();
      for (const words of says) expect(paragraph, `${command}:\n${result.text}`).toContain(words);
      expect(result.text, command).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
    }
    expect(paragraphAt(build.text, place)).toBe(paragraphAt(check.text, place));
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('trang cũ');
    renameSync(root, `${root}-done`);
    rmSync(`${root}-done`, { recursive: true, force: true });
  });
});

import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SEED_PATH } from '../../support/seed';
import { runScript, splitMdx, tempContent } from '../../support/importer';

const folders: string[] = [];
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));
function content(): string {
  const folder = tempContent();
  folders.push(folder);
  return folder;
}

describe('npm run import', { timeout: 30_000 }, () => {
  it('writes the entry, refuses to overwrite it (exit 2) and overwrites with --force', async () => {
    const root = content();
    rmSync(join(root, 'campaigns/2023'), { recursive: true });
    const env = { THI_DUA_CONTENT: root };
    const target = join(root, 'campaigns/2023/phat-dong-thi-dua-2023.mdx');

    const first = await runScript('src/cli/import.ts', [SEED_PATH], env);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(target);
    expect(splitMdx(readFileSync(target, 'utf8')).data).toMatchObject({ year: 2023, symbol: 'PĐTĐ-BDT', issuer: 'ban-dan-toc-cao-bang' });

    writeFileSync(target, 'sửa tay');
    const again = await runScript('src/cli/import.ts', [SEED_PATH], env);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('không ghi đè');
    expect(again.stderr).toContain('--force');
    expect(readFileSync(target, 'utf8')).toBe('sửa tay');

    const forced = await runScript('src/cli/import.ts', [SEED_PATH, '--force'], env);
    expect(forced.code).toBe(0);
    expect(readFileSync(target, 'utf8')).toContain('symbol: PĐTĐ-BDT');

    const check = await runScript('src/cli/check.ts', [], env);
    expect(check.stdout + check.stderr).toContain('Nội dung hợp lệ: 1 văn bản');
    expect(check.code).toBe(0);
  });

  it('honours --year and --out, and lists on stderr the fields the document does not state', async () => {
    const root = content();
    const input = join(root, 'ngan.txt');
    writeFileSync(input, 'KẾ HOẠCH\nThi đua chuyên đề\n\nI. NỘI DUNG\n\n1. Thi đua tốt.\n');
    const out = join(root, 'campaigns/2026/ke-hoach.mdx');
    const result = await runScript('src/cli/import.ts', [input, '--year', '2026', '--out', out], { THI_DUA_CONTENT: root });
    expect(result.code).toBe(0);
    expect(splitMdx(readFileSync(out, 'utf8')).data).toMatchObject({ year: 2026, role: 'plan', documentType: 'KẾ HOẠCH' });
    for (const field of ['symbol', 'issuer', 'issued', 'signer', 'recipients']) expect(result.stderr).toContain(`  - ${field}:`);
    // What the copy does not state is an explicit unknown, with a comment the editor sees; the check accepts it.
    const mdx = readFileSync(out, 'utf8');
    for (const field of ['symbol', 'issuer', 'place', 'issued', 'signer']) expect(mdx).toMatch(new RegExp(`# Bản sao không (?:ghi|có)[^\n]*\n${field}: null\n`));

    const check = await runScript('src/cli/check.ts', [], { THI_DUA_CONTENT: root });
    expect(check.stdout + check.stderr).toContain('Nội dung hợp lệ');
    expect(check.code).toBe(0);
  });

  it.each([
    ['an empty file', '', 'rong.txt', 'rỗng'],
    ['a TCVN3 file that cannot be read', 'CÃ´ng hÃ²a xÃ£ há»™i chá»§ nghÄ©a Viá»‡t Nam, thi Ä‘ua khen thÆ°á»Ÿng', 'hong.txt', 'bảng mã cũ'],
  ])('refuses %s with exit 2, naming the file, and writes nothing', async (_, text, name, message) => {
    const root = content();
    const input = join(root, name);
    writeFileSync(input, text);
    const result = await runScript('src/cli/import.ts', [input, '--year', '2030'], { THI_DUA_CONTENT: root });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(name);
    expect(result.stderr).toContain(message);
    expect(existsSync(join(root, 'campaigns/2030'))).toBe(false);
  });

  it("files a second body's document in that body's folder, so two bodies' same-named documents have their own addresses", async () => {
    const root = content();
    const env = { THI_DUA_CONTENT: root };
    writeFileSync(join(root, 'units/so-tu-phap-cao-bang.yaml'), 'name: Sở Tư pháp tỉnh Cao Bằng\nheaderName: SỞ TƯ PHÁP\nparent: ubnd-tinh-cao-bang\n');
    const run = await runScript('src/cli/import.ts', [SEED_PATH, '--issuer', 'so-tu-phap-cao-bang'], env);
    expect(run.code).toBe(0);
    const target = join(root, 'campaigns/2023/so-tu-phap-cao-bang/phat-dong-thi-dua-2023.mdx');
    expect(run.stdout).toContain(target);
    expect(splitMdx(readFileSync(target, 'utf8')).data).toMatchObject({ issuer: 'so-tu-phap-cao-bang' });
    // The first body's document keeps its file and address.
    expect(existsSync(join(root, 'campaigns/2023/phat-dong-thi-dua-2023.mdx'))).toBe(true);
    const check = await runScript('src/cli/check.ts', [], env);
    expect(check.stdout + check.stderr).toContain('Nội dung hợp lệ: 2 văn bản');
  });

  it('exits 1 with the usage on a bad command line', async () => {
    expect((await runScript('src/cli/import.ts', [])).code).toBe(1);
    expect((await runScript('src/cli/import.ts', [SEED_PATH, '--year', '23'])).stderr).toContain('--year');
    expect((await runScript('src/cli/import.ts', [join('khong', 'co.txt')])).code).toBe(1);
  });
});

describe('npm run new', { timeout: 30_000 }, () => {
  it("scaffolds a year from last year's stable fields, which the check then reports as to be filled; refuses an existing year", async () => {
    const root = content();
    const env = { THI_DUA_CONTENT: root };
    const result = await runScript('src/cli/new-year.ts', ['2024'], env);
    expect(result.code).toBe(0);
    const file = join(root, 'campaigns/2024/phat-dong-thi-dua-2024.mdx');
    const mdx = readFileSync(file, 'utf8');
    const { data, body } = splitMdx(mdx);
    expect(data).toMatchObject({
      role: 'launch', year: 2024, documentType: 'PHÁT ĐỘNG', subject: 'PHONG TRÀO THI ĐUA NĂM 2024', number: null, symbol: 'PĐTĐ-BDT',
      issuer: 'ban-dan-toc-cao-bang', place: 'Cao Bằng', issued: '', theme: '',
      signer: { position: 'TRƯỞNG BAN', name: 'Bế Văn Hùng' }, targets: [],
    });
    expect(data.recipients).toContain('Lưu: VT, TĐKT.');
    expect(body).toContain('## I. NỘI DUNG');
    expect(body).toContain('## II. MỤC TIÊU');
    expect(mdx).toContain('# Ngày ban hành: "YYYY-MM-DD"');
    expect(mdx).not.toMatch(/TODO/i);

    const check = await runScript('src/cli/check.ts', [], env);
    expect(check.code).toBe(1);
    const lineOf = (field: string) => mdx.split('\n').findIndex((line) => line.startsWith(`${field}:`)) + 1;
    expect(check.stderr).toContain(`${file}:${lineOf('issued')} — trường "issued"`);
    expect(check.stderr).toContain(`${file}:${lineOf('theme')} — trường "theme"`);

    const again = await runScript('src/cli/new-year.ts', ['2024'], env);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('đã có');
    expect((await runScript('src/cli/new-year.ts', ['24'], env)).code).toBe(1);
  });
});

describe('npm run check', { timeout: 30_000 }, () => {
  // How fast it runs is measured by the benchmark, not asserted here.
  it('passes the shipped content with a one-line summary', async () => {
    const result = await runScript('src/cli/check.ts', []);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toMatch(/^Nội dung hợp lệ: 1 văn bản, 2 đơn vị, \d+ văn bản được dẫn chiếu, \d+ danh hiệu, \d+ năm khen thưởng\.$/);
  });

  it('reports every planted mistake with its file, line and field, and exits 1', async () => {
    const root = content();
    const seed = readFileSync(join(root, 'campaigns/2023/phat-dong-thi-dua-2023.mdx'), 'utf8');
    const edit = (text: string, pairs: [string, string][]) => pairs.reduce((out, [from, to]) => {
      if (!out.includes(from)) throw new Error(`fixture edit not found: ${from}`);
      return out.replace(from, to);
    }, text);
    // File A: schema mistakes (the file is then left out of the set, as the build would refuse it).
    writeFileSync(join(root, 'campaigns/2023/a.mdx'), edit(seed, [
      ['year: 2023', 'year: "2023"'],
      ['issued: "2023-01"', 'issued: 05/01/2023'],
      ['role: launch', 'role: khac'],
      ['number: null', 'number: năm'],
      ['signer:\n', 'signer:\n  prefix: PT.\n'],
      ['place: Cao Bằng', 'place: Cao Bằng\nisued: "2023-01-05"'],
    ]));
    // File B: valid shape, wrong references and a body at odds with its frontmatter.
    writeFileSync(join(root, 'campaigns/2023/phat-dong-thi-dua-2023.mdx'), edit(seed, [
      ['issuer: ban-dan-toc-cao-bang', 'issuer: ban-dan-toc-bac-kan'],
      ['    comparator: eq\n    value: 100', '    comparator: eq\n    value: 95'],
      ['  - item: 2', '  - item: 9'],
      ['theme: Đoàn kết', 'theme: Đoàn kết chặt chẽ'],
      ['trong đó chú trọng đổi mới', 'trong đó {chú trọng} đổi mới'],
      ['Thi đua thực hiện tốt chủ trương', 'Thực hiện Chỉ thị số 99 của Bộ Chính trị. Thi đua thực hiện tốt chủ trương'],
    ]));
    // File C: in the wrong year's folder.
    mkdirSync(join(root, 'campaigns/2024'));
    writeFileSync(join(root, 'campaigns/2024/c.mdx'), seed);
    writeFileSync(join(root, 'campaigns/2024/ghi-chu.md'), '# ghi chú');
    writeFileSync(join(root, 'units/phong-a.yaml'), 'name: Phòng A\nparent: khong-co\n');
    writeFileSync(join(root, 'units/phong-b.yaml'), 'headerName: PHÒNG B\n');
    writeFileSync(join(root, 'units/phong-c.yaml'), 'name: Phòng C\n  kind: agency\n');
    writeFileSync(join(root, 'directives/nghi-dinh-91-2017-nd-cp.yaml'), 'kind: Nghị định\ntitle: Quy định chi tiết\nissuer: Chính phủ\nstatus: replaced\n');
    writeFileSync(join(root, 'directives/thong-tu-12-2019-tt-bnv.yaml'), 'kind: Thông tư\ntitle: Hướng dẫn\nissuer: Bộ Nội vụ\nurl: không phải địa chỉ\n');
    const titles = readFileSync(join(root, 'titles.yaml'), 'utf8');
    writeFileSync(join(root, 'titles.yaml'), `${titles.replace('basis: [luat-15-2003-qh11, luat-06-2022-qh15]', 'basis: [luat-khong-co]')}- id: giay-khen\n  name: Giấy khen\n  category: reward\n  recipients: [individual]\n  rank: 40\n  level: grassroots\n  validFrom: 2004\n`);

    const result = await runScript('src/cli/check.ts', [], { THI_DUA_CONTENT: root });
    expect(result.code).toBe(1);
    const a = join(root, 'campaigns/2023/a.mdx');
    const b = join(root, 'campaigns/2023/phat-dong-thi-dua-2023.mdx');
    const c = join(root, 'campaigns/2024/c.mdx');
    const file = (name: string) => join(root, name);
    // Each mistake (and the target its wrong item leaves unannotated) must be reported as "file:line — trường "field"" (line where a line can be known).
    const expected: [string, number | undefined, string][] = [
      [a, 4, 'role'], [a, 5, 'year'], [a, 9, 'number'], [a, 15, 'issued'], [a, 18, 'signer.prefix'], [a, 13, 'isued'],
      [b, 11, 'issuer'], [b, 29, 'targets[0].value'], [b, 31, 'targets[1].item'], [b, 25, 'targets'], [b, 57, 'theme'], [b, 61, 'nội dung'], [b, 65, 'nội dung'],
      [c, 5, 'year'], [file('campaigns/2024/ghi-chu.md'), undefined, 'tên tệp'],
      [file('units/phong-a.yaml'), 2, 'parent'], [file('units/phong-b.yaml'), undefined, 'name'], [file('units/phong-c.yaml'), 1, 'YAML'],
      [file('directives/nghi-dinh-91-2017-nd-cp.yaml'), undefined, 'replacedBy'], [file('directives/thong-tu-12-2019-tt-bnv.yaml'), 4, 'url'],
      [file('titles.yaml'), 10, '[huan-chuong-sao-vang].basis[0]'], [file('titles.yaml'), 166, '[giay-khen].id'],
    ];
    for (const [path, line, field] of expected) expect(result.stderr).toContain(`${path}${line ? `:${line}` : ''} — trường "${field}"`);
    expect(result.stderr).toContain(`Nội dung chưa hợp lệ (${expected.length} lỗi)`);
  });
});

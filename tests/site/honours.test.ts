import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILT_SITE, DEMO_SITE } from '../setup/built-site';
import { astroBuild, contentVariant } from '../support/build';
import { allPages, readPage, selectAll, textAt } from '../support/html';
import { run as runCommand } from '../support/run';

describe('honour boards on the illustrative set (npm run demo)', () => {
  const pages = allPages(DEMO_SITE);

  it('builds at least three years of boards', () => {
    for (const year of [2021, 2022, 2023]) expect(textAt(readPage(DEMO_SITE, `bang-vang/${year}/index.html`), 'h1')).toBe(`Bảng vàng năm ${year}`);
  });

  it('says on every page that the data is illustrative', () => {
    expect(pages.length).toBeGreaterThan(20);
    for (const page of pages) expect(textAt(page, 'body'), page.path).toContain('Dữ liệu minh họa');
  });

  it('groups a board by title from the highest, shows spelling variants under the canonical name', () => {
    const page = readPage(DEMO_SITE, 'bang-vang/2023/index.html');
    const titles = selectAll('main h2', page.tree).map((node) => textAt({ ...page, tree: { type: 'root', children: [node] } }, '*'));
    expect(titles.slice(0, 5).map((title) => title.replace(/ \(\d+\)$/, ''))).toEqual([
      'Cờ thi đua cấp bộ, ban, ngành, tỉnh',
      'Chiến sĩ thi đua cơ sở',
      'Tập thể lao động xuất sắc',
      'Lao động tiên tiến',
      'Tập thể lao động tiên tiến',
    ]);
    expect(textAt(page, 'main')).not.toContain('Chiến sỹ');
    expect(textAt(page, 'main')).toContain('Lương Văn Khải, Chánh Thanh tra');
  });

  it('sorts people in Vietnamese order, by given name', () => {
    const page = readPage(DEMO_SITE, 'bang-vang/2023/index.html');
    const names = selectAll('section[aria-labelledby="danh-hieu-lao-dong-tien-tien"] tbody td:first-child strong', page.tree).map(
      (node) => (node.children[0] as { value: string }).value,
    );
    const given = names.map((name) => name.split(' ').at(-1) ?? '');
    expect(given).toEqual([...given].sort(new Intl.Collator('vi').compare));
    expect(given.indexOf('Anh')).toBeLessThan(given.indexOf('Ánh'));
    expect(given.indexOf('Dung')).toBeLessThan(given.indexOf('Đức'));
  });

  it('links each row to its decision and each collective to its unit page', () => {
    const page = readPage(DEMO_SITE, 'bang-vang/2023/index.html');
    const hrefs = selectAll('tbody a', page.tree).map((node) => String(node.properties.href));
    expect(hrefs).toContain('/bang-vang/2023/#quyet-dinh-11-qd-bdt');
    expect(hrefs).toContain('/don-vi/phong-chinh-sach-dan-toc/');
  });

  it('shows a unit its titles across years and its streaks', () => {
    const page = readPage(DEMO_SITE, 'don-vi/phong-chinh-sach-dan-toc/index.html');
    expect(textAt(page, 'main')).toContain('3 năm liên tục Tập thể lao động xuất sắc (2021–2023)');
    expect(selectAll('main h3', page.tree)).toHaveLength(3);
  });

  it('shows the latest board on the home page', () => {
    expect(textAt(readPage(DEMO_SITE, 'index.html'), 'main')).toContain('Bảng vàng mới nhất: năm 2023');
  });
});

describe('honour boards on the shipped content', () => {
  it('keeps the honest empty state and no banner: the shipped content is real', () => {
    const page = readPage(BUILT_SITE, 'bang-vang/index.html');
    expect(textAt(page, 'main')).toContain('Chưa có quyết định khen thưởng nào được đăng');
    for (const other of allPages(BUILT_SITE)) expect(textAt(other, 'body'), other.path).not.toContain('Dữ liệu minh họa');
  });
});

describe('importing a decision annex (npm run import:honours)', () => {
  it('yields YAML that builds, every row accounted for, and a second run without --force changes nothing', async () => {
    const root = contentVariant('import-annex', (content) => rmSync(join(content, 'honours/2023.yaml')), 'tests/fixtures/demo/content');
    const content = join(root, 'content');
    const out = join(content, 'honours/2023.yaml');
    const annex = 'tests/fixtures/honours/01-ca-nhan-tap-the-ban-dan-toc.txt';
    const run = () =>
      runCommand('npx', ['tsx', 'src/cli/import-honours.ts', annex, '--out', out], { env: { ...process.env, THI_DUA_CONTENT: content } });

    const first = await run();
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain('12 dòng');
    expect(first.stderr).toContain('Dòng 24 không đọc được');
    const written = readFileSync(out, 'utf8');

    const second = await run();
    expect(second.status).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe(written);

    const build = await astroBuild({ content, outDir: join(root, 'dist'), cacheDir: join(root, 'cache') });
    expect(build.status, build.output).toBe(0);
    const board = textAt(readPage(join(root, 'dist'), 'bang-vang/2023/index.html'), 'main');
    expect(board).toContain('Nông Văn An, Trưởng phòng — Phòng Chính sách dân tộc');
    expect(board).toContain('Lao động tiên tiến (6)');
    expect(board).toContain('Quyết định số 17/QĐ-BDT ngày 10/01/2024');
  });
});

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { loadContentFiles } from '../../../src/lib/content/load-files';
import { boardDescription, boardTitleCounts, buildHonourBoards, type HonourBoard } from '../../../src/lib/honours/board';
import { boardCard, campaignCard, EYEBROW_LIMIT, fitText, LEAD_LIMIT, siteCard } from '../../../src/lib/preview/card';
import { cardTree, PREVIEW_RENDERER } from '../../../src/lib/preview/layout';
import { previewKey, sitePreviews, type PreviewDocument } from '../../../src/lib/preview/site-previews';
import { textsOf } from '../../support/preview-glyphs';

const SITE = { name: 'Phong trào thi đua', description: 'Văn bản phát động, nội dung, mục tiêu và bảng vàng.', host: 'thi-dua.example.vn', publisher: 'Ban Dân tộc tỉnh Cao Bằng' };
const { publisher: _, ...MANY_BODIES } = SITE;
const THEME = 'Đoàn kết, kỷ cương, chủ động, sáng tạo, thi đua hoàn thành xuất sắc nhiệm vụ năm 2023';

describe('fitText', () => {
  it('leaves short text as it is, in NFC with single spaces', () => {
    expect(fitText('  Đoàn   kết ', 40)).toBe('Đoàn kết');
    expect(fitText('Đoàn kết'.normalize('NFD'), 40)).toBe('Đoàn kết'.normalize('NFC'));
  });

  it('cuts long text at a word, without a trailing comma, and ends it with "…"', () => {
    const cut = fitText(THEME, 40);
    expect(cut).toBe('Đoàn kết, kỷ cương, chủ động, sáng tạo…');
    expect(cut.length).toBeLessThanOrEqual(41);
  });

  it('cuts a text without spaces at the limit', () => {
    expect(fitText('x'.repeat(100), 10)).toBe(`${'x'.repeat(10)}…`);
  });
});

describe('campaign card', () => {
  const card = campaignCard(SITE, { year: 2023, theme: THEME });

  it('names the publishing body in Vietnamese capitals, the year, and the theme in quotes', () => {
    expect(card.eyebrow).toBe('BAN DÂN TỘC TỈNH CAO BẰNG');
    expect(card.title).toBe('Phong trào thi đua năm 2023');
    expect(card.lead).toBe(`“${THEME}”`);
    expect(card.footer).toEqual({ name: SITE.name, host: SITE.host });
  });

  it('says the same in its text alternative, with the whole theme', () => {
    const long = `${THEME}, ${'lập thành tích chào mừng các ngày lễ lớn, '.repeat(5)}kỷ niệm`;
    const cut = campaignCard(SITE, { year: 2024, theme: long });
    expect(card.alt).toBe(`Phong trào thi đua năm 2023 — Ban Dân tộc tỉnh Cao Bằng. Chủ đề: “${THEME}”.`);
    expect(cut.lead?.length).toBeLessThanOrEqual(LEAD_LIMIT + 1);
    expect(cut.lead?.endsWith('…”')).toBe(true);
    expect(cut.alt).toContain(long);
  });

  it('has no lead without a theme, and cuts a very long body name', () => {
    const publisher = `Ủy ban nhân dân ${'xã rất dài '.repeat(10)}`.trim();
    const bare = campaignCard({ ...SITE, publisher }, { year: 2020 });
    expect(bare.lead).toBeUndefined();
    expect(bare.eyebrow.length).toBeLessThanOrEqual(EYEBROW_LIMIT + 1);
    expect(bare.alt).toBe(`Phong trào thi đua năm 2020 — ${publisher}.`);
  });

  it('names the site instead when its documents come from several bodies', () => {
    const shared = campaignCard(MANY_BODIES, { year: 2023, theme: THEME });
    expect(shared.eyebrow).toBe('PHONG TRÀO THI ĐUA');
    expect(shared.alt).toBe(`Phong trào thi đua năm 2023. Chủ đề: “${THEME}”.`);
  });
});

describe('board card (a year with a board but no campaign document)', () => {
  const { content } = loadContentFiles('tests/fixtures/demo/content');
  const board = buildHonourBoards(content.honours, content.titles, content.units).find((candidate) => candidate.year === 2022) as HonourBoard;
  const titles = boardTitleCounts(board);
  const card = boardCard(SITE, board);

  it('counts the rows and decisions, lists the highest titles and how many more there are', () => {
    expect(titles.length).toBeGreaterThan(3);
    expect(card.title).toBe('Bảng vàng năm 2022');
    expect(card.lead).toBeUndefined();
    expect(card.lines).toEqual([
      `${board.rowCount} danh hiệu, hình thức khen thưởng theo ${board.decisions.length} quyết định`,
      ...titles.slice(0, 3).map(({ name, count }) => `${count} ${name}`),
      `và ${titles.length - 3} danh hiệu, hình thức khác`,
    ]);
  });

  it('names every title in its text alternative, as the board page’s description does', () => {
    const description = boardDescription(board);
    const [first] = titles;
    expect(description.startsWith(`${board.rowCount} danh hiệu, hình thức khen thưởng theo ${board.decisions.length} quyết định: ${first.count} ${first.name}; `)).toBe(true);
    expect(description.split('; ')).toHaveLength(titles.length);
    expect(card.alt).toBe(`Bảng vàng năm 2022 — Ban Dân tộc tỉnh Cao Bằng: ${description}`);
  });
});

describe('site card', () => {
  it('names the publishing body, the site and what it publishes', () => {
    const card = siteCard(SITE);
    expect([card.eyebrow, card.title, card.lead]).toEqual(['BAN DÂN TỘC TỈNH CAO BẰNG', SITE.name, SITE.description]);
    expect(siteCard(MANY_BODIES).eyebrow).toBe('THI-DUA.EXAMPLE.VN');
  });
});

describe('card layout', () => {
  it('prints every text of the card, in order, in the self-hosted typeface', () => {
    const card = campaignCard(SITE, { year: 2023, theme: THEME });
    const tree = cardTree(card);
    expect(textsOf(tree).map(({ text }) => text)).toEqual([card.eyebrow, card.title, card.lead, SITE.name, SITE.host]);
    expect(textsOf(tree).every(({ style }) => String(style.fontFamily).startsWith('Be Vietnam Pro latin,'))).toBe(true);
  });
});

const require = createRequire(import.meta.url);
const version = (name: string) => (JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version;

describe('preview keys', () => {
  it('name the renderer that is installed, so an upgrade draws every card again', () => {
    expect(PREVIEW_RENDERER).toBe(`satori@${version('satori')} resvg-js@${version('@resvg/resvg-js')} be-vietnam-pro@${version('@fontsource/be-vietnam-pro')}`);
  });

  it('are equal for equal cards and differ when anything drawn differs', () => {
    const tree = (theme: string) => cardTree(campaignCard(SITE, { year: 2023, theme }));
    expect(previewKey(tree(THEME))).toBe(previewKey(tree(THEME)));
    expect(previewKey(tree(THEME))).not.toBe(previewKey(tree(THEME.replace('2023', '2024'))));
    expect(previewKey(tree(THEME))).toMatch(/^[0-9a-f]{20}$/);
  });
});

describe('which card each page shows', () => {
  const doc = (id: string, role: string, issuer: string, theme?: string): PreviewDocument => ({ id, slug: id.split('/')[1], year: Number(id.slice(0, 4)), data: { role: role as 'launch', issuer, theme } });
  const units = new Map([
    ['ban-dan-toc-cao-bang', { data: { name: 'Ban Dân tộc tỉnh Cao Bằng', kind: 'agency' as const } }],
    ['ubnd-xa-quang-han', { data: { name: 'Ủy ban nhân dân xã Quang Hán', kind: 'agency' as const } }],
  ]);
  const one = [
    doc('2023/phat-dong', 'launch', 'ban-dan-toc-cao-bang', THEME),
    doc('2023/ke-hoach', 'plan', 'ban-dan-toc-cao-bang'),
    doc('2022/phat-dong', 'launch', 'ban-dan-toc-cao-bang', THEME.replace('2023', '2022')),
  ];
  const board = (year: number) => ({ year, file: `honours/${year}.yaml`, rowCount: 1, decisions: [{ anchor: 'quyet-dinh-1', issued: `${year + 1}-01-10`, issuer: 'x', rowCount: 1 }], groups: [] }) as unknown as HonourBoard;
  const previews = sitePreviews(SITE, one, units, [board(2022), board(2019)]);

  it('gives the documents of one campaign one card, with the launch theme, under the one publishing body', () => {
    expect(previews.documents.get('2023/ke-hoach')).toBe(previews.documents.get('2023/phat-dong'));
    expect(previews.documents.get('2023/ke-hoach')?.alt).toBe(`Phong trào thi đua năm 2023 — Ban Dân tộc tỉnh Cao Bằng. Chủ đề: “${THEME}”.`);
    expect(previews.documents.get('2022/phat-dong')?.key).not.toBe(previews.documents.get('2023/phat-dong')?.key);
  });

  it('shows the year’s launch card on the year page and the current campaign on the home page', () => {
    expect(previews.years.get(2023)).toBe(previews.documents.get('2023/phat-dong'));
    expect(previews.home).toBe(previews.documents.get('2023/phat-dong'));
    expect(previews.site.alt).toContain(SITE.description);
  });

  it('shows a board its year’s campaign card, or a card of its own in a year without one, and lists each card once', () => {
    expect(previews.boards.get(2022)).toBe(previews.documents.get('2022/phat-dong'));
    expect(previews.boards.get(2019)?.alt).toBe('Bảng vàng năm 2019 — Ban Dân tộc tỉnh Cao Bằng: 1 danh hiệu, hình thức khen thưởng theo 1 quyết định.');
    expect(previews.all.map((preview) => preview.key)).toEqual([...new Set(previews.all.map((preview) => preview.key))]);
    expect(previews.all).toHaveLength(4);
    expect(previews.all.every((preview) => preview.path === `/xem-truoc/${preview.key}.png`)).toBe(true);
  });

  it('shares a card between bodies with the same theme in a year, and names no body then', () => {
    const many = sitePreviews(MANY_BODIES, [...one, doc('2023/xa', 'launch', 'ubnd-xa-quang-han', THEME), doc('2023/xa-2', 'launch', 'ubnd-xa-quang-han', 'Thi đua xây dựng nông thôn mới')], units, []);
    expect(many.documents.get('2023/xa')).toBe(many.documents.get('2023/phat-dong'));
    expect(many.documents.get('2023/xa-2')?.key).not.toBe(many.documents.get('2023/phat-dong')?.key);
    expect(many.documents.get('2023/xa')?.alt).toBe(`Phong trào thi đua năm 2023. Chủ đề: “${THEME}”.`);
  });
});

import { describe, expect, it } from 'vitest';
import { loadContentFiles } from '../../../src/lib/content/load-files';
import type { HonourBoard } from '../../../src/lib/honours/board';
import { boardCard, campaignCard } from '../../../src/lib/preview/card';
import { cardTree, PREVIEW_SIZE, type PreviewNode } from '../../../src/lib/preview/layout';
import { drawPng } from '../../../src/lib/preview/render';
import { previewsOfContent } from '../../../src/lib/preview/site-previews';
import { previewFonts } from '../../../src/integrations/previews/fonts';
import { checkGlyphs, textsOf, withOneMarkLess } from '../../support/preview-glyphs';

const SITE = { name: 'Phong trào thi đua', description: 'Phong trào thi đua yêu nước.', host: 'thi-dua.example.vn' };
const fonts = previewFonts();

/** The 2023 campaign's card, worked out from the shipped content as the build does. */
function card2023(): PreviewNode {
  const { content } = loadContentFiles('content');
  const previews = previewsOfContent(SITE, content);
  const seed = content.campaigns.find((entry) => entry.data.year === 2023 && entry.data.role === 'launch');
  const preview = seed && previews.documents.get(seed.id);
  if (!preview) throw new Error('no 2023 launch document in content/');
  return preview.tree;
}

describe('withOneMarkLess', () => {
  it('takes off one mark at a time', () => {
    expect(withOneMarkLess('ằ').sort()).toEqual(['à', 'ă']);
    expect(withOneMarkLess('Ộ').sort()).toEqual(['Ô', 'Ọ']);
    expect(withOneMarkLess('ư')).toEqual(['u']);
    expect(withOneMarkLess('đ')).toEqual(['d']);
    expect(withOneMarkLess('a')).toEqual([]);
  });
});

describe('the 2023 campaign’s preview image', () => {
  const tree = card2023();

  it('prints the body, the year and the theme as the document gives them', () => {
    expect(textsOf(tree).map(({ text }) => text).slice(0, 3)).toEqual([
      'BAN DÂN TỘC TỈNH CAO BẰNG',
      'Phong trào thi đua năm 2023',
      '“Đoàn kết, kỷ cương, chủ động, sáng tạo, thi đua hoàn thành xuất sắc nhiệm vụ năm 2023”',
    ]);
  });

  it('draws every accented letter with all its marks, nothing missing or cut off', async () => {
    const { checked, problems } = await checkGlyphs(tree, fonts);
    expect(problems).toEqual([]);
    // Stacked marks, hooks, horns, dots below and the stroke of đ are all among them.
    expect(checked).toEqual(expect.arrayContaining(['Ằ≠Ă', 'Ằ≠À', 'Ộ≠Ô', 'Ộ≠Ọ', 'Ỉ≠I', 'đ≠d', 'Đ≠D', 'ư≠u', 'ơ≠o', 'ệ≠ê', 'ệ≠ẹ', 'ụ≠u', 'ắ≠ă']));
  });

  it('is a 1200 × 630 PNG', async () => {
    const { png, missing } = await drawPng(tree, fonts, PREVIEW_SIZE);
    expect(missing).toEqual([]);
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });
});

describe('the glyph check catches what went wrong before', () => {
  const tree = card2023();

  it('one family name for every font subset: the Vietnamese letters have no glyph', async () => {
    const oneFamily = fonts.map((font) => ({ ...font, name: 'Be Vietnam Pro latin' }));
    const { problems } = await checkGlyphs(tree, oneFamily);
    expect(problems[0]).toMatchObject({ problem: 'no glyph in the preview fonts' });
    expect(problems[0].text).toContain('Ằ');
  });

  it('a one-line box around the body name: the grave of "Ằ" is cut off', async () => {
    const clip = (node: PreviewNode): PreviewNode =>
      typeof node.props.children === 'string'
        ? { ...node, props: { ...node.props, style: { ...node.props.style, overflow: 'hidden' } } }
        : { ...node, props: { ...node.props, children: node.props.children?.map(clip) } };
    const { problems } = await checkGlyphs(clip(tree), fonts);
    expect(problems.map(({ problem }) => problem)).toEqual([expect.stringMatching(/pixels are cut off by a box$/)]);
  });
});

/** A board with these titles, ten rows each and more down the list. */
function boardOf(year: number, titles: string[]): HonourBoard {
  const groups = titles.map((name, index) => ({ title: { id: `t${index}`, name, rank: index }, collectives: Array.from({ length: 10 + index }, () => ({})), individuals: [], households: [] }));
  return { year, file: `honours/${year}.yaml`, rowCount: groups.reduce((sum, group) => sum + group.collectives.length, 0), decisions: Array.from({ length: 14 }, () => ({})), groups } as unknown as HonourBoard;
}

describe('the longest cards still fit', () => {
  it('the check sees text that does not fit (a lead left uncut)', async () => {
    const card = campaignCard(SITE, { year: 2025 });
    const { problems } = await checkGlyphs(cardTree({ ...card, lead: 'Đoàn kết, kỷ cương, chủ động, sáng tạo, '.repeat(12) }), fonts);
    expect(problems.map(({ problem }) => problem)).toEqual([expect.stringMatching(/pixels spill out of the content area$/)]);
  });

  const longTheme = `Đoàn kết, kỷ cương, chủ động, sáng tạo, thi đua hoàn thành xuất sắc nhiệm vụ năm 2025, lập thành tích chào mừng Đại hội Đảng bộ các cấp, ${'kỷ niệm các ngày lễ lớn của đất nước, '.repeat(4)}hướng tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng`;
  const longBody = 'Ủy ban nhân dân xã Đồng Văn, huyện Quản Bạ, tỉnh Hà Giang (Ban Thi đua - Khen thưởng)';

  it.each([
    ['campaign', campaignCard({ ...SITE, publisher: longBody }, { year: 2025, theme: longTheme })],
    [
      'board',
      boardCard(
        { ...SITE, publisher: longBody },
        boardOf(2025, ['Cờ thi đua của Ủy ban nhân dân tỉnh', 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh về thành tích xuất sắc trong phong trào thi đua', 'Tập thể lao động xuất sắc', 'Chiến sĩ thi đua cấp tỉnh', 'Lao động tiên tiến']),
      ),
    ],
  ])('%s card: nothing reaches the edge of its box', async (_, card) => {
    const { problems } = await checkGlyphs(cardTree(card), fonts);
    expect(problems).toEqual([]);
  });
});

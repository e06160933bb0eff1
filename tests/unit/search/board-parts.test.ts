/**
 * A large honour board is indexed in parts (src/lib/search/records.ts, `honourRecords`), so a
 * result downloads and excerpts a part, not the whole board; the search page shows the board's
 * own address and lists a board once (src/lib/search/hits.ts).
 */
import { describe, expect, it } from 'vitest';
import { loadContentFiles } from '../../../src/lib/content/load-files';
import { boardRows, buildHonourBoards, type HonourBoard } from '../../../src/lib/honours/board';
import { boardsTogether, pageAddress, partOf, wholePagesOnly } from '../../../src/lib/search/board-parts';
import { hitsOf, type PagefindData } from '../../../src/lib/search/hits';
import { HONOUR_ROWS_PER_RECORD, honourRecords } from '../../../src/lib/search/records';

const { content } = loadContentFiles('tests/fixtures/demo/content');
const board = buildHonourBoards(content.honours, content.titles, content.units).find((candidate) => candidate.year === 2022) as HonourBoard;
const rows = boardRows(board);

describe('an honour board in the search index', () => {
  it('is one record at the board’s address up to the rows a record holds', () => {
    expect(rows.length).toBeLessThanOrEqual(HONOUR_ROWS_PER_RECORD);
    const [record, ...more] = honourRecords(board);
    expect(more).toEqual([]);
    expect(record.url).toBe('/bang-vang/2022/');
    expect(record.sections).toHaveLength(rows.length);
  });

  it('is indexed in parts of that many rows beyond, in the board’s order, each filtered by its own rows', () => {
    expect(rows.length).toBeGreaterThan(4);
    const whole = honourRecords(board)[0];
    const parts = honourRecords(board, undefined, 2);
    expect(parts).toHaveLength(Math.ceil(rows.length / 2));
    expect(parts.map((part) => part.url)).toEqual(parts.map((_, index) => `/bang-vang/2022/?phan=${index + 1}`));
    expect(parts.every((part) => part.sections.length <= 2 && part.title === whole.title)).toBe(true);
    // Every row once, in order, as the whole board's record has them.
    expect(parts.flatMap((part) => part.sections)).toEqual(whole.sections);
    // The first part stands for the board in a search by filters alone: the whole board's filters.
    expect(parts[0].filters).toEqual(whole.filters);
    for (const part of parts.slice(1)) {
      expect(part.filters.nam).toEqual(['2022']);
      expect(part.filters.phan).toEqual(['tiep']);
      expect(new Set(part.filters['danh-hieu'])).toEqual(new Set(part.sections.map((section) => section.heading)));
    }
  });

  it("names as a part's bodies the issuers of its own rows' decisions, not the whole board's", () => {
    const parts = honourRecords(board, undefined, 2);
    const rowsOf = (index: number) => rows.slice(index * 2, index * 2 + 2);
    // The illustrative 2022 board has decisions of more than one body, so some part has fewer.
    expect(new Set(board.decisions.map((decision) => decision.issuer)).size).toBeGreaterThan(1);
    for (const [index, part] of parts.entries()) {
      if (index === 0) continue;
      expect(new Set(part.filters['co-quan'])).toEqual(new Set(rowsOf(index).map((row) => row.decision.issuer)));
    }
    expect(parts.slice(1).some((part) => part.filters['co-quan']!.length < board.decisions.length)).toBe(true);
  });

  it('gives results at the board’s own address, and the board once when its parts are found without a row', () => {
    expect(pageAddress('/bang-vang/2022/?phan=12#tap-the-lao-dong-xuat-sac-a')).toBe('/bang-vang/2022/#tap-the-lao-dong-xuat-sac-a');
    expect(pageAddress('https://tinh.example/thi-dua/bang-vang/2022/?phan=3')).toBe('https://tinh.example/thi-dua/bang-vang/2022/');
    expect(pageAddress('/tim-kiem/?q=phan=2')).toBe('/tim-kiem/?q=phan=2');
    const part = (n: number, subs: PagefindData['sub_results'] = []): PagefindData => ({ url: `/bang-vang/2022/?phan=${n}`, content: 'Nguyễn Văn An Trần Thị Bình', excerpt: '', meta: { title: 'Bảng vàng năm 2022' }, sub_results: subs });
    const other: PagefindData = { url: '/bang-vang/2021/', content: 'x', excerpt: '', meta: { title: 'Bảng vàng năm 2021' } };
    expect(hitsOf([part(1), part(2), other]).map((hit) => hit.url)).toEqual(['/bang-vang/2022/', '/bang-vang/2021/']);
    const rowsFound = hitsOf([
      part(1, [{ title: 'Chiến sĩ thi đua cơ sở', url: '/bang-vang/2022/?phan=1#an', excerpt: '', anchor: { id: 'an', location: 0 } }]),
      part(2, [{ title: 'Chiến sĩ thi đua cơ sở', url: '/bang-vang/2022/?phan=2#binh', excerpt: '', anchor: { id: 'binh', location: 3 } }]),
    ]);
    expect(rowsFound.map((hit) => [hit.url, hit.context])).toEqual([
      ['/bang-vang/2022/#an', 'Bảng vàng năm 2022'],
      ['/bang-vang/2022/#binh', 'Bảng vàng năm 2022'],
    ]);
  });

  it('brings a board’s parts together where the first was found, in the board’s order', () => {
    const found = ['/bang-vang/2022/?phan=3', '/phong-trao/2022/a/', '/bang-vang/2022/?phan=1', '/bang-vang/2021/?phan=2', '/bang-vang/2022/?phan=2'].map((url) => ({ url }));
    expect(boardsTogether(found).map((page) => page.url)).toEqual(['/bang-vang/2022/?phan=1', '/bang-vang/2022/?phan=2', '/bang-vang/2022/?phan=3', '/phong-trao/2022/a/', '/bang-vang/2021/?phan=2']);
    expect(partOf('/bang-vang/2022/?phan=12#a')).toBe(12);
    expect(partOf('/bang-vang/2022/#a')).toBeUndefined();
  });

  it('leaves later parts out of a search by filters alone', () => {
    expect(wholePagesOnly({ 'danh-hieu': 'Lao động tiên tiến' })).toEqual({ 'danh-hieu': 'Lao động tiên tiến', not: { phan: 'tiep' } });
  });
});

/** The honour board model: groups by title from the highest, recipients apart, canonical names, decisions to link to. */
import { describe, expect, it } from 'vitest';
import { boardRows, buildHonourBoards, comparePeople, latestBoard } from '../../../src/lib/honours/board';
import { collective, honourYear, household, person, TITLES, UNITS } from './factories';

const year2023 = honourYear(2023, [
  {
    symbol: '11/QĐ-BDT',
    issued: '2024-01-10',
    rows: [
      person('Lao động tiên tiến', 'Nông Thị Dung', 'phong-chinh-sach', 'Chuyên viên'),
      person('Lao động tiên tiến', 'Đàm Văn Đức', 'phong-chinh-sach', 'Chuyên viên'),
      person('Lao động tiên tiến', 'Hoàng Thị Ánh', 'van-phong', 'Chánh Văn phòng'),
      person('Lao động tiên tiến', 'Bế Thị Anh', 'phong-chinh-sach'),
      person('Lao động tiên tiến', 'Lục Văn Ân', 'phong-chinh-sach'),
      person('Lao động tiên tiến', 'Đinh Văn Ân', 'thanh-tra'),
      collective('Tập thể lao động tiên tiến', 'van-phong'),
      collective('Tập thể Lao động xuất sắc', 'thanh-tra'),
      collective('tap-the-lao-dong-xuat-sac', 'phong-chinh-sach'),
      person('Chiến sỹ thi đua cơ sở', 'Lục Văn Ân', 'phong-chinh-sach', 'Trưởng phòng'),
    ],
  },
  { issued: '2024-02', issuer: 'Chủ tịch UBND xã Minh Họa', rows: [household('Gia đình văn hoá', 'Hoàng Văn Pắc', 'Xóm Nà Lẹng'), collective('Cờ thi đua cấp tỉnh', 'ban-dan-toc')] },
]);
const year2022 = honourYear(2022, [{ symbol: '09/QĐ-BDT', rows: [collective('Tập thể lao động xuất sắc', 'phong-chinh-sach')] }]);
const [board2023, board2022] = buildHonourBoards([year2022, year2023], TITLES, UNITS);

describe('buildHonourBoards', () => {
  it('returns boards newest year first', () => {
    expect([board2023.year, board2022.year]).toEqual([2023, 2022]);
  });

  it('groups rows by title from the highest rank, under canonical names', () => {
    expect(board2023.groups.map((group) => group.title.name)).toEqual([
      'Cờ thi đua cấp bộ, ban, ngành, tỉnh',
      'Chiến sĩ thi đua cơ sở',
      'Tập thể lao động xuất sắc',
      'Lao động tiên tiến',
      'Tập thể lao động tiên tiến',
      'Gia đình văn hóa',
    ]);
  });

  it('keeps the written spelling beside the canonical name', () => {
    const group = board2023.groups.find((candidate) => candidate.title.id === 'chien-si-thi-dua-co-so');
    expect(group?.individuals.map((row) => [row.title.name, row.writtenTitle])).toEqual([['Chiến sĩ thi đua cơ sở', 'Chiến sỹ thi đua cơ sở']]);
  });

  it('puts collectives, individuals and households apart', () => {
    const counts = board2023.groups.map((group) => [group.title.id, group.collectives.length, group.individuals.length, group.households.length]);
    expect(counts).toContainEqual(['tap-the-lao-dong-xuat-sac', 2, 0, 0]);
    expect(counts).toContainEqual(['lao-dong-tien-tien', 0, 6, 0]);
    expect(counts).toContainEqual(['gia-dinh-van-hoa', 0, 0, 1]);
  });

  it('sorts people by given name, then full name, with Vietnamese collation (Anh < Ánh < Ân < Dung < Đức)', () => {
    const group = board2023.groups.find((candidate) => candidate.title.id === 'lao-dong-tien-tien');
    expect(group?.individuals.map((row) => row.name)).toEqual(['Bế Thị Anh', 'Hoàng Thị Ánh', 'Đinh Văn Ân', 'Lục Văn Ân', 'Nông Thị Dung', 'Đàm Văn Đức']);
  });

  it('sorts collectives by unit name and shows the unit name', () => {
    const group = board2023.groups.find((candidate) => candidate.title.id === 'tap-the-lao-dong-xuat-sac');
    expect(group?.collectives.map((row) => [row.name, row.unit?.id])).toEqual([
      ['Phòng Chính sách dân tộc', 'phong-chinh-sach'],
      ['Thanh tra Ban', 'thanh-tra'],
    ]);
  });

  it('lets each row link to its decision: symbol, date, issuer and an anchor', () => {
    const [flag] = board2023.groups[0].collectives;
    const [first] = boardRows(board2023).filter((row) => row.title.id === 'lao-dong-tien-tien');
    expect(first.decision).toMatchObject({ anchor: 'quyet-dinh-11-qd-bdt', symbol: '11/QĐ-BDT', issued: '2024-01-10', issuer: 'Trưởng ban Ban Dân tộc tỉnh Minh Họa', rowCount: 10 });
    expect(flag.decision).toMatchObject({ anchor: 'quyet-dinh-2', symbol: undefined, issued: '2024-02' });
    expect(first.source).toEqual({ file: 'content/honours/2023.yaml', field: 'decisions[0].rows[3]' }); // Bế Thị Anh, first by given name
    expect(board2023.rowCount).toBe(12);
  });

  it('shows a person\'s unit by name and keeps position', () => {
    const row = boardRows(board2023).find((candidate) => candidate.name === 'Hoàng Thị Ánh');
    expect(row).toMatchObject({ kind: 'individual', position: 'Chánh Văn phòng', unit: { id: 'van-phong', name: 'Văn phòng Ban' } });
  });

  it('puts a title missing from the catalogue last, marked unknown, rather than dropping the row', () => {
    const [board] = buildHonourBoards([honourYear(2023, [{ rows: [collective('Cơ quan đạt chuẩn văn hóa', 'van-phong'), collective('Tập thể lao động tiên tiến', 'thanh-tra')] }])], TITLES, UNITS);
    expect(board.groups.map((group) => [group.title.name, group.title.known])).toEqual([
      ['Tập thể lao động tiên tiến', true],
      ['Cơ quan đạt chuẩn văn hóa', false],
    ]);
  });
});

describe('comparePeople', () => {
  it('orders by given name before family name', () => {
    expect(['Vi Văn An', 'Âu Thị Yến', 'Đặng Văn Bình'].sort((a, b) => comparePeople({ name: a }, { name: b }))).toEqual(['Vi Văn An', 'Đặng Văn Bình', 'Âu Thị Yến']);
  });
});

describe('latestBoard', () => {
  it('is the board of the newest year, whatever the order given', () => {
    expect(latestBoard([board2022, board2023])?.year).toBe(2023);
  });

  it('is undefined when there are no boards', () => {
    expect(latestBoard([])).toBeUndefined();
  });
});

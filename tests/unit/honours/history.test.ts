/** A unit's titles across years, its streaks, and counts of collectives holding a title. */
import { describe, expect, it } from 'vitest';
import { buildHonourBoards } from '../../../src/lib/honours/board';
import { countWithTitle, streaks, unitHistory } from '../../../src/lib/honours/history';
import { collective, honourYear, person, TITLES, UNITS } from './factories';

describe('streaks', () => {
  it.each([
    [[], []],
    [[2023], [{ from: 2023, to: 2023, length: 1 }]],
    [[2021, 2022, 2023], [{ from: 2021, to: 2023, length: 3 }]],
    [[2023, 2021, 2022, 2022], [{ from: 2021, to: 2023, length: 3 }]],
    [[2019, 2020, 2022, 2023, 2024], [{ from: 2019, to: 2020, length: 2 }, { from: 2022, to: 2024, length: 3 }]],
    [[2018, 2020], [{ from: 2018, to: 2018, length: 1 }, { from: 2020, to: 2020, length: 1 }]],
  ])('finds runs of consecutive years in %j', (years, runs) => {
    expect(streaks(years)).toEqual(runs);
  });
});

const boards = buildHonourBoards(
  [
    honourYear(2020, [{ rows: [collective('Tập thể lao động xuất sắc', 'van-phong')] }]),
    honourYear(2021, [{ rows: [collective('Tập thể lao động xuất sắc', 'phong-chinh-sach'), collective('Tập thể lao động tiên tiến', 'van-phong')] }]),
    honourYear(2022, [
      {
        rows: [
          collective('Tập thể Lao động xuất sắc', 'phong-chinh-sach'),
          collective('Tập thể lao động xuất sắc', 'van-phong'),
          person('Lao động tiên tiến', 'Nông Thị Dung', 'phong-chinh-sach'),
        ],
      },
    ]),
    honourYear(2023, [
      { rows: [collective('tap-the-lao-dong-xuat-sac', 'phong-chinh-sach'), collective('Tập thể lao động xuất sắc', 'van-phong'), collective('Tập thể lao động tiên tiến', 'thanh-tra')] },
      { issuer: 'Chủ tịch UBND tỉnh', rows: [collective('Bằng khen của Chủ tịch UBND tỉnh', 'phong-chinh-sach')] },
    ]),
  ],
  TITLES,
  UNITS,
);

describe('unitHistory', () => {
  it('lists a unit\'s own titles by year, newest first, under canonical names', () => {
    const history = unitHistory('phong-chinh-sach', boards);
    expect(history.years.map((year) => [year.year, year.rows.map((row) => row.title.name)])).toEqual([
      [2023, ['Bằng khen cấp bộ, ban, ngành, tỉnh', 'Tập thể lao động xuất sắc']],
      [2022, ['Tập thể lao động xuất sắc']],
      [2021, ['Tập thể lao động xuất sắc']],
    ]);
  });

  it('counts 3 consecutive years of Tập thể lao động xuất sắc across spelling variants and ids', () => {
    expect(unitHistory('phong-chinh-sach', boards).streaks).toMatchObject([
      { title: { id: 'tap-the-lao-dong-xuat-sac' }, from: 2021, to: 2023, length: 3, label: '3 năm liên tục Tập thể lao động xuất sắc (2021–2023)' },
    ]);
  });

  it('breaks a streak at a year with a different title', () => {
    // van-phong: xuất sắc 2020, tiên tiến 2021, xuất sắc 2022–2023.
    expect(unitHistory('van-phong', boards).streaks.map((streak) => streak.label)).toEqual(['2 năm liên tục Tập thể lao động xuất sắc (2022–2023)']);
  });

  it('has no streak for a single year', () => {
    expect(unitHistory('thanh-tra', boards).streaks).toEqual([]);
  });

  it('lists people of the unit apart from the unit\'s own titles', () => {
    const year2022 = unitHistory('phong-chinh-sach', boards).years.find((year) => year.year === 2022);
    expect(year2022?.members.map((row) => row.name)).toEqual(['Nông Thị Dung']);
    expect(year2022?.rows.map((row) => row.kind)).toEqual(['collective']);
  });

  it('is empty for a unit never honoured', () => {
    expect(unitHistory('ban-dan-toc', boards)).toEqual({ unitId: 'ban-dan-toc', years: [], streaks: [] });
  });
});

describe('countWithTitle', () => {
  it.each([
    [2023, 'tap-the-lao-dong-xuat-sac', 2],
    [2023, 'tap-the-lao-dong-tien-tien', 1],
    [2021, 'tap-the-lao-dong-xuat-sac', 1],
    [2022, 'lao-dong-tien-tien', 0],
    [2020, 'co-thi-dua-cua-chinh-phu', 0],
  ])('counts collectives holding a title in %i (%s → %i)', (year, titleId, count) => {
    const board = boards.find((candidate) => candidate.year === year);
    expect(board && countWithTitle(board, titleId)).toBe(count);
  });
});

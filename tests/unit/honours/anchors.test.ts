/** Every row of a board has an anchor of its own, namesakes under one title included. */
import { describe, expect, it } from 'vitest';
import { boardRows, buildHonourBoards } from '../../../src/lib/honours/board';
import { rowAnchor } from '../../../src/lib/honours/anchors';
import { collective, honourYear, person, TITLES, UNITS } from './factories';

const [board] = buildHonourBoards(
  [
    honourYear(2023, [
      {
        symbol: '11/QĐ-BDT',
        rows: [
          person('Lao động tiên tiến', 'Lương Ngọc Quân', 'phong-chinh-sach', 'Chuyên viên'),
          person('Lao động tiên tiến', 'Lương Ngọc Quân', 'van-phong', 'Trưởng phòng'),
          person('Lao động tiên tiến', 'Lương Ngọc Quân', 'van-phong', 'Chuyên viên'),
          person('Lao động tiên tiến', 'Lương Ngọc Quân'),
          person('Chiến sỹ thi đua cơ sở', 'Lương Ngọc Quân', 'phong-chinh-sach'),
          collective('Tập thể lao động xuất sắc', 'thanh-tra'),
        ],
      },
    ]),
  ],
  TITLES,
  UNITS,
);

describe('anchors of the rows of a board', () => {
  const anchors = boardRows(board).map((row) => rowAnchor(row));

  it('are unique on the board', () => {
    expect(new Set(anchors).size).toBe(anchors.length);
  });

  it('keep the title-and-name anchor for the first namesake and tell the others apart by unit, then by place', () => {
    const namesakes = boardRows(board).filter((row) => row.title.name === 'Lao động tiên tiến').map((row) => rowAnchor(row));
    expect(namesakes).toEqual(['lao-dong-tien-tien-luong-ngoc-quan', 'lao-dong-tien-tien-luong-ngoc-quan-van-phong', 'lao-dong-tien-tien-luong-ngoc-quan-2', 'lao-dong-tien-tien-luong-ngoc-quan-3']);
    // Under another title the same person keeps the plain anchor.
    expect(anchors).toContain('chien-si-thi-dua-co-so-luong-ngoc-quan');
    expect(anchors).toContain('tap-the-lao-dong-xuat-sac-thanh-tra');
  });

  it('tell apart decisions of one board that share a symbol, by issuer', () => {
    const [shared] = buildHonourBoards(
      [
        honourYear(2023, [
          { symbol: '10/QĐ-UBND', issuer: 'Chủ tịch UBND xã Minh Họa', rows: [person('Lao động tiên tiến', 'Nông Thị Dung')] },
          { symbol: '10/QĐ-UBND', issuer: 'Chủ tịch UBND xã Nà Lẹng', rows: [person('Lao động tiên tiến', 'Đàm Văn Đức')] },
          { symbol: '10/QĐ-UBND', issuer: 'Chủ tịch UBND xã Nà Lẹng', rows: [person('Lao động tiên tiến', 'Bế Thị Anh')] },
        ]),
      ],
      TITLES,
      UNITS,
    );
    expect(shared.decisions.map((decision) => decision.anchor)).toEqual(['quyet-dinh-10-qd-ubnd', 'quyet-dinh-10-qd-ubnd-chu-tich-ubnd-xa-na-leng', 'quyet-dinh-10-qd-ubnd-2']);
    // Each row links to its own decision.
    expect(boardRows(shared).map((row) => row.decision.anchor).sort()).toEqual([...shared.decisions.map((decision) => decision.anchor)].sort());
  });
});

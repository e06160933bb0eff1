/** checkHonours: every rule fails with the file, the dotted path of the row, and what was expected and found. */
import { describe, expect, it } from 'vitest';
import { lineOfField } from '../../../src/lib/content/format';
import { checkHonours } from '../../../src/lib/honours/check';
import { collective, honourContent, honourYear, household, person } from './factories';

describe('checkHonours', () => {
  it('passes valid rows, including spelling variants and catalogue ids', () => {
    const year = honourYear(2023, [
      {
        symbol: '11/QĐ-BDT',
        rows: [
          collective('tap-the-lao-dong-xuat-sac', 'phong-chinh-sach'),
          collective('Tập thể Lao động xuất sắc', 'van-phong'),
          person('Chiến sỹ thi đua cơ sở', 'Nông Thị Hoa', 'van-phong', 'Chuyên viên'),
          person('Lao động tiên tiến', 'Nông Thị Hoa', 'van-phong', 'Chuyên viên'),
          household('Gia đình văn hoá', 'Hoàng Văn Pắc', 'Xóm Nà Lẹng'),
        ],
      },
    ]);
    expect(checkHonours(honourContent(year))).toEqual([]);
  });

  it('names an unknown title with the nearest valid titles', () => {
    const year = honourYear(2023, [{ rows: [collective('Tập thể lao động suất sắc', 'van-phong'), person('Lao động tiên tiến', 'Hà Thị Lan'), person('Chiến sĩ thi đua cơ sớ cấp xã', 'Vi Văn Giang')] }]);
    const problems = checkHonours(honourContent(year));
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatchObject({ file: 'content/honours/2023.yaml', field: 'decisions[0].rows[0].title', found: '"Tập thể lao động suất sắc"' });
    expect(problems[0].expected).toContain('content/titles.yaml');
    expect(problems[0].expected).toContain('“Tập thể lao động xuất sắc”');
    expect(problems[1]).toMatchObject({ field: 'decisions[0].rows[2].title', found: '"Chiến sĩ thi đua cơ sớ cấp xã"' });
    expect(problems[1].expected).toMatch(/gần nhất: “Chiến sĩ thi đua cơ sở”, “[^”]+”, “[^”]+”$/);
    expect(problems[1].fix).toContain('variants');
  });

  it('names the title a hand-typed abbreviation stands for ("TTLĐXS")', () => {
    const year = honourYear(2023, [{ rows: [collective('TTLĐXS', 'van-phong')] }]);
    const [problem] = checkHonours(honourContent(year));
    expect(problem).toMatchObject({ field: 'decisions[0].rows[0].title', found: '"TTLĐXS"' });
    expect(problem.expected).toContain('"TTLĐXS" là chữ viết tắt của “Tập thể lao động xuất sắc”');
    expect(problem.fix).toContain('tap-the-lao-dong-xuat-sac');
  });

  it.each([
    ['an individual title given to a collective', collective('Chiến sĩ thi đua cơ sở', 'van-phong'), 'người nhận “Chiến sĩ thi đua cơ sở” là cá nhân', 'tập thể (collective)'],
    ['a collective title given to a person', person('Tập thể lao động xuất sắc', 'Nông Văn An', 'van-phong'), 'người nhận “Tập thể lao động xuất sắc” là tập thể', 'cá nhân (individual): "Nông Văn An"'],
    ['a household title given to a collective', collective('Gia đình văn hóa', 'thanh-tra'), 'người nhận “Gia đình văn hóa” là hộ gia đình', 'tập thể (collective)'],
    ['a person title given to a household', household('Lao động tiên tiến', 'Hộ ông Lò Văn Pá'), 'là cá nhân', 'hộ gia đình (household)'],
  ])('rejects %s, pointing at the row\'s recipient', (_case, row, expected, found) => {
    const problems = checkHonours(honourContent(honourYear(2023, [{ rows: [collective('Tập thể lao động tiên tiến', 'phong-chinh-sach'), row] }])));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'content/honours/2023.yaml', field: 'decisions[0].rows[1].recipient' });
    expect(problems[0].expected).toContain(expected);
    expect(problems[0].found).toContain(found);
  });

  it('rejects a title not valid in the year and says the years it is valid and its legal basis', () => {
    const year = honourYear(2022, [{ issued: '2023-01-05', rows: [collective('Xã, phường, thị trấn tiêu biểu', 'van-phong')] }]);
    const [problem, ...rest] = checkHonours(honourContent(year));
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ file: 'content/honours/2022.yaml', field: 'decisions[0].rows[0].title', found: '“Xã, phường, thị trấn tiêu biểu” cho năm 2022' });
    expect(problem.expected).toContain('từ năm 2024');
    expect(problem.expected).toContain('Luật số 06/2022/QH15');
  });

  it('rejects a title conferred after its last valid year', () => {
    const content = honourContent(honourYear(2025, [{ rows: [person('Lao động tiên tiến', 'Hà Thị Lan')] }]));
    content.titles = content.titles.map((title) => (title.data.id === 'lao-dong-tien-tien' ? { ...title, data: { ...title.data, validTo: 2024 } } : title));
    const [problem] = checkHonours(content);
    expect(problem).toMatchObject({ field: 'decisions[0].rows[0].title' });
    expect(problem.expected).toContain('từ năm 2004 đến năm 2024');
  });

  it('rejects a duplicate row (same recipient, same title, even spelled differently) and names both rows', () => {
    const year = honourYear(2023, [
      { symbol: '11/QĐ-BDT', rows: [person('Chiến sĩ thi đua cơ sở', 'Nông Thị Hoa', 'van-phong')] },
      { symbol: '12/QĐ-BDT', rows: [collective('Tập thể lao động xuất sắc', 'van-phong'), person('Chiến sỹ thi đua cơ sở', 'Nông  Thị Hoa', 'van-phong')] },
    ]);
    const [problem, ...rest] = checkHonours(honourContent(year));
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ file: 'content/honours/2023.yaml', field: 'decisions[1].rows[1]' });
    expect(problem.found).toContain('decisions[0].rows[0]');
    expect(problem.found).toContain('“Chiến sĩ thi đua cơ sở”');
    expect(problem.expected).toContain('một dòng cho một danh hiệu');
  });

  it.each([
    ['namesakes in different units', person('Lao động tiên tiến', 'Nông Thị Hoa', 'thanh-tra')],
    ['the same person with another title', person('Chiến sĩ thi đua cơ sở', 'Nông Thị Hoa', 'van-phong')],
    ['a different person whose name differs only by a tone mark', person('Lao động tiên tiến', 'Nông Thị Hòa', 'van-phong')],
  ])('does not take %s for a duplicate', (_case, row) => {
    const year = honourYear(2023, [{ rows: [person('Lao động tiên tiến', 'Nông Thị Hoa', 'van-phong'), row] }]);
    expect(checkHonours(honourContent(year))).toEqual([]);
  });

  it('rejects a file whose year does not match its name', () => {
    const [problem, ...rest] = checkHonours(honourContent(honourYear(2022, [{ issued: '2023-01-05', rows: [person('Lao động tiên tiến', 'Hà Thị Lan')] }], '2023.yaml')));
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ file: 'content/honours/2023.yaml', field: 'year', found: '2022' });
    expect(problem.expected).toContain('2023');
  });

  it('rejects a file not named for a year', () => {
    const [problem] = checkHonours(honourContent(honourYear(2023, [{ rows: [person('Lao động tiên tiến', 'Hà Thị Lan')] }], 'nam-2023.yaml')));
    expect(problem).toMatchObject({ field: 'year', found: '"nam-2023.yaml"' });
    expect(problem.fix).toContain('2023.yaml');
  });

  it('rejects a decision dated before the campaign year, naming its symbol', () => {
    const year = honourYear(2023, [
      { symbol: '11/QĐ-BDT', issued: '2024-01-10', rows: [person('Lao động tiên tiến', 'Hà Thị Lan')] },
      { symbol: '98/QĐ-UBND', issued: '2022-12-28', rows: [collective('Tập thể lao động xuất sắc', 'van-phong')] },
    ]);
    const [problem, ...rest] = checkHonours(honourContent(year));
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ file: 'content/honours/2023.yaml', field: 'decisions[1].issued', found: '"2022-12-28" (Quyết định số 98/QĐ-UBND)' });
    expect(problem.expected).toContain('từ năm 2023');
  });

  it.each(['2023-12-30', '2024', '2025-03'])('accepts a decision for 2023 dated %s', (issued) => {
    expect(checkHonours(honourContent(honourYear(2023, [{ issued, rows: [person('Lao động tiên tiến', 'Hà Thị Lan')] }])))).toEqual([]);
  });

  it('gives field paths lineOfField finds in the YAML an editor wrote', () => {
    const source = [
      'year: 2023',
      'decisions:',
      '  - symbol: 11/QĐ-BDT',
      '    issued: "2024-01-10"',
      '    issuer: Trưởng ban',
      '    rows:',
      '      - title: Lao động tiên tiến',
      '        recipient: { kind: individual, name: Hà Thị Lan }',
      '      - title: Chiến sĩ thi đua cơ sở',
      '        recipient: { kind: collective, unit: van-phong }',
      '  - symbol: 98/QĐ-UBND',
      '    issued: "2022-12-28"',
      '    issuer: Chủ tịch UBND tỉnh',
      '    rows:',
      '      - title: Tập thể lao động suất sắc',
      '        recipient:',
      '          kind: collective',
      '          unit: van-phong',
    ].join('\n');
    const year = honourYear(2023, [
      { symbol: '11/QĐ-BDT', issued: '2024-01-10', rows: [person('Lao động tiên tiến', 'Hà Thị Lan'), collective('Chiến sĩ thi đua cơ sở', 'van-phong')] },
      { symbol: '98/QĐ-UBND', issued: '2022-12-28', rows: [collective('Tập thể lao động suất sắc', 'van-phong')] },
    ]);
    const lines = checkHonours(honourContent(year)).map((problem) => [problem.field, lineOfField(source, problem.field)]);
    expect(lines).toEqual([
      ['decisions[0].rows[1].recipient', 10],
      ['decisions[1].issued', 12],
      ['decisions[1].rows[0].title', 15],
    ]);
  });
});

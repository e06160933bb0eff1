/** Reading award-decision annexes: real layouts in tests/fixtures/honours, with every row accounted for. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAnnex, type AnnexRow } from '../../../src/lib/honours/annex';
import { indexTitles } from '../../../src/lib/honours/catalogue';
import { TITLES } from './factories';

const titles = indexTitles(TITLES);
const fixture = (name: string) => readFileSync(`tests/fixtures/honours/${name}`, 'utf8');

/** Compact row notation for the expectation tables: [line, kind, title, name, position?, unit?]. */
type RowSpec = [number, AnnexRow['kind'], string, string, string?, string?];
const spec = (row: AnnexRow): RowSpec => {
  const extra = row.kind === 'household' ? [undefined, row.address] : row.kind === 'collective' ? [] : [row.position, row.unit];
  return [row.line, row.kind, row.title, row.name, ...extra] as RowSpec;
};
const trim = (row: RowSpec) => row.filter((_, i) => i < 4 || row.slice(i).some((value) => value !== undefined)) as RowSpec;

const CASES: {
  file: string;
  decision: { symbol?: string; issued?: string; issuer?: string };
  year: number;
  rows: RowSpec[];
  unread: number[];
}[] = [
  {
    file: '01-ca-nhan-tap-the-ban-dan-toc.txt',
    decision: { symbol: '17/QĐ-BDT', issued: '2024-01-10', issuer: 'Trưởng ban Ban Dân tộc tỉnh Cao Bằng' },
    year: 2023,
    rows: [
      [14, 'individual', 'Chiến sỹ thi đua cơ sở', 'Nông Văn An', 'Trưởng phòng', 'Phòng Chính sách dân tộc'],
      [15, 'individual', 'Chiến sỹ thi đua cơ sở', 'Hoàng Thị Bích', 'Chuyên viên', 'Văn phòng Ban'],
      [17, 'individual', 'Lao động tiên tiến', 'Bế Văn Hùng', 'Trưởng ban'],
      [18, 'individual', 'Lao động tiên tiến', 'Nông Văn An', 'Trưởng phòng', 'Phòng Chính sách dân tộc'],
      [19, 'individual', 'Lao động tiên tiến', 'Hoàng Thị Bích', 'Chuyên viên', 'Văn phòng Ban'],
      [20, 'individual', 'Lao động tiên tiến', 'Lương Thị Mai', 'Phó Chánh Văn phòng'],
      [21, 'individual', 'Lao động tiên tiến', 'Đàm Văn Tú', 'Kế toán', 'Văn phòng Ban'],
      [22, 'individual', 'Lao động tiên tiến', 'Triệu Văn Quân', 'Chuyên viên', 'Phòng Kế hoạch - Tổng hợp'],
      [27, 'collective', 'Tập thể lao động xuất sắc', 'Phòng Chính sách dân tộc'],
      [29, 'collective', 'Tập thể lao động tiên tiến', 'Văn phòng Ban'],
      [30, 'collective', 'Tập thể lao động tiên tiến', 'Phòng Kế hoạch - Tổng hợp'],
      [31, 'collective', 'Tập thể lao động tiên tiến', 'Thanh tra Ban'],
    ],
    unread: [24],
  },
  {
    file: '02-bang-tab-so-noi-vu.txt',
    decision: { symbol: '45/QĐ-SNV', issued: '2023-01-18', issuer: 'Giám đốc Sở Nội vụ tỉnh Bắc Kạn' },
    year: 2022,
    rows: [
      [10, 'individual', 'CHIẾN SĨ THI ĐUA CƠ SỞ', 'Hà Thị Thu', 'Trưởng phòng', 'Phòng Tổ chức, biên chế'],
      [11, 'individual', 'CHIẾN SĨ THI ĐUA CƠ SỞ', 'Ma Văn Sơn', 'Chánh Thanh tra', 'Thanh tra Sở'],
      [14, 'individual', 'LAO ĐỘNG TIÊN TIẾN', 'Hà Thị Thu', 'Trưởng phòng', 'Phòng Tổ chức, biên chế'],
      [15, 'individual', 'LAO ĐỘNG TIÊN TIẾN', 'Ma Văn Sơn', 'Chánh Thanh tra', 'Thanh tra Sở'],
      [16, 'individual', 'LAO ĐỘNG TIÊN TIẾN', 'Lý Thị Ngọc', 'Chuyên viên', 'Văn phòng Sở'],
      [17, 'individual', 'LAO ĐỘNG TIÊN TIẾN', 'Dương Văn Khoa', 'Văn thư', 'Văn phòng Sở'],
      [18, 'individual', 'LAO ĐỘNG TIÊN TIẾN', 'Nguyễn Thị Hường', 'Chuyên viên chính', 'Phòng Cải cách hành chính'],
      [21, 'collective', 'TẬP THỂ LAO ĐỘNG TIÊN TIẾN', 'Phòng Tổ chức, biên chế'],
      [22, 'collective', 'TẬP THỂ LAO ĐỘNG TIÊN TIẾN', 'Văn phòng Sở'],
      [23, 'collective', 'TẬP THỂ LAO ĐỘNG TIÊN TIẾN', 'Phòng Cải cách hành chính'],
    ],
    unread: [],
  },
  {
    file: '03-bang-gach-dung-ubnd.txt',
    decision: { symbol: '1234/QĐ-UBND', issued: '2024-01-20', issuer: 'Chủ tịch UBND tỉnh Cao Bằng' },
    year: 2023,
    rows: [
      [34, 'collective', 'TẬP THỂ LAO ĐỘNG XUẤT SẮC', 'Phòng Chính sách dân tộc, Ban Dân tộc tỉnh'],
      [35, 'collective', 'TẬP THỂ LAO ĐỘNG XUẤT SẮC', 'Phòng Tổ chức - Hành chính, Sở Nội vụ'],
      [36, 'collective', 'TẬP THỂ LAO ĐỘNG XUẤT SẮC', 'Văn phòng Sở Tài chính'],
    ],
    unread: [37],
  },
  {
    file: '04-gia-dinh-van-hoa-xa.txt',
    decision: { symbol: '52/QĐ-UBND', issued: '2023-12', issuer: 'Chủ tịch UBND xã Quang Trung' },
    year: 2023,
    rows: [
      [6, 'household', 'GIA ĐÌNH VĂN HÓA', 'Hoàng Văn Pắc', undefined, 'xóm Nà Lẹng'],
      [7, 'household', 'GIA ĐÌNH VĂN HÓA', 'Nông Thị Slao', undefined, 'xóm Bản Nưa'],
      [8, 'household', 'GIA ĐÌNH VĂN HÓA', 'Lục Văn Tài', undefined, 'xóm Nà Lẹng'],
    ],
    unread: [9],
  },
];

describe.each(CASES)('parseAnnex($file)', ({ file, decision, year, rows, unread }) => {
  const parsed = parseAnnex(fixture(file), titles);

  it('reads the decision from the "(Kèm theo Quyết định số ...)" line', () => {
    expect(parsed.decision).toEqual(decision);
  });

  it('reads the campaign year from the list heading', () => {
    expect(parsed.year).toBe(year);
  });

  it('reads every row with its kind, title, name, position and unit', () => {
    expect(parsed.rows.map(spec).map(trim)).toEqual(rows.map(trim));
  });

  it('lists the lines it could not read, by line number', () => {
    expect(parsed.unread.map((line) => line.line)).toEqual(unread);
    for (const line of parsed.unread) expect(line.reason).not.toBe('');
  });

  it('accounts for every numbered line of the list: read or listed as unread', () => {
    const text = fixture(file);
    const start = text.indexOf('Kèm theo');
    const numbered = text
      .split('\n')
      .map((line, index) => ({ line: index + 1, text: line.trim(), offset: text.split('\n').slice(0, index).join('\n').length }))
      .filter((line) => line.offset > start && /^\|?\s*\d+\s*[.|\t]/.test(line.text) && !/^\d+\.\s*Danh hiệu/iu.test(line.text))
      .map((line) => line.line);
    const accounted = [...parsed.rows.map((row) => row.line), ...parsed.unread.map((line) => line.line)].sort((a, b) => a - b);
    expect(accounted.filter((line) => numbered.includes(line))).toEqual(numbered);
  });
});

describe('parseAnnex: layouts in small', () => {
  const read = (text: string) => parseAnnex(text, titles);

  it('joins a row wrapped onto the next line', () => {
    const parsed = read('I. Cá nhân\n1. Danh hiệu “Lao động tiên tiến”\n1. Bà Hoàng Thị Mai, Phó Trưởng phòng Kế hoạch -\nTổng hợp;\n2. Ông Vi Văn Nam, Chuyên viên');
    expect(parsed.rows.map((row) => [row.line, row.name, row.position, row.unit])).toEqual([
      [3, 'Hoàng Thị Mai', 'Phó Trưởng phòng', 'Phòng Kế hoạch - Tổng hợp'],
      [5, 'Vi Văn Nam', 'Chuyên viên', undefined],
    ]);
  });

  it('infers the kind from a title only one kind may receive', () => {
    const parsed = read('Danh hiệu "Tập thể lao động tiên tiến"\n1. Văn phòng Ban\nDanh hiệu "Lao động tiên tiến"\n1. Ông Vi Văn Nam, Chuyên viên');
    expect(parsed.rows.map((row) => row.kind)).toEqual(['collective', 'individual']);
  });

  it('tells people from collectives by "Ông"/"Bà" and unit words under a title both may receive', () => {
    const parsed = read('Tặng Giấy khen\n1. Ông Vi Văn Nam, Chuyên viên Văn phòng;\n2. Phòng Tổng hợp;\n3. Nhiều thành tích');
    expect(parsed.rows.map((row) => [row.kind, row.title, row.name])).toEqual([
      ['individual', 'Giấy khen', 'Vi Văn Nam'],
      ['collective', 'Giấy khen', 'Phòng Tổng hợp'],
    ]);
    expect(parsed.unread).toMatchObject([{ line: 4, text: 'Nhiều thành tích' }]);
    expect(parsed.unread[0].reason).toContain('cá nhân hay tập thể');
  });

  it('reads unit words ending in a marked letter ("Sở", "Tổ", "Xã") as collectives, and "1.Ông" without a space', () => {
    const parsed = read('Tặng Giấy khen\n1. Sở Tài chính\n2. Tổ Hành chính\n3.Ông Vi Văn Nam, Chuyên viên\nGhi chú: danh sách gồm 03 dòng');
    expect(parsed.rows.map((row) => [row.kind, row.name])).toEqual([
      ['collective', 'Sở Tài chính'],
      ['collective', 'Tổ Hành chính'],
      ['individual', 'Vi Văn Nam'],
    ]);
    expect(parsed.unread).toEqual([]);
  });

  it('reports a numbered row before any title heading', () => {
    const parsed = read('I. Cá nhân\n1. Ông Vi Văn Nam, Chuyên viên');
    expect(parsed.unread).toMatchObject([{ line: 2 }]);
    expect(parsed.unread[0].reason).toContain('không rõ danh hiệu');
  });

  it('reports a name it cannot split', () => {
    const parsed = read('Danh hiệu “Lao động tiên tiến”\n1. ông vi văn nam chuyên viên');
    expect(parsed.unread[0].reason).toContain('họ tên');
  });

  it('reads a table whose one column holds position and unit together', () => {
    const parsed = read('Danh hiệu “Lao động tiên tiến”\nTT | Họ và tên | Chức vụ, đơn vị công tác\n1 | Vi Văn Nam | Chuyên viên Phòng Tổng hợp');
    expect(parsed.rows).toMatchObject([{ kind: 'individual', name: 'Vi Văn Nam', position: 'Chuyên viên', unit: 'Phòng Tổng hợp' }]);
  });

  it('reads a title column, row by row', () => {
    const parsed = read('STT\tHọ và tên\tChức vụ\tHình thức\n1\tVi Văn Nam\tChuyên viên\tLao động tiên tiến\n2\tLò Thị Én\tKế toán\tChiến sĩ thi đua cơ sở');
    expect(parsed.rows.map((row) => [row.name, row.title])).toEqual([
      ['Vi Văn Nam', 'Lao động tiên tiến'],
      ['Lò Thị Én', 'Chiến sĩ thi đua cơ sở'],
    ]);
  });

  it('reads a date with the day left blank as a partial date', () => {
    expect(read('(Kèm theo Quyết định số 05/QĐ-UBND ngày    tháng 01 năm 2024 của Chủ tịch UBND xã)').decision.issued).toBe('2024-01');
  });

  it('canonicalises the symbol ("qd" typed for "QĐ")', () => {
    expect(read('(Kèm theo Quyết định số 17/qđ-bdt ngày 10/01/2024 của Trưởng ban)').decision.symbol).toBe('17/QĐ-BDT');
  });

  it('reads NFD text (pasted from Word) as NFC', () => {
    const parsed = read('Danh hiệu “Lao động tiên tiến”\n1. Ông Nông Văn An, Chuyên viên'.normalize('NFD'));
    expect(parsed.rows[0].name).toBe('Nông Văn An');
  });
});

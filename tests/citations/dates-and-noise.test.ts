/** Every date form and every kind of noise listed in domain guide §4. */
import { describe, expect, it } from 'vitest';
import { extractCitations } from '../../src/lib/citations/index';
import { full, named, project, row, type Row } from './factories';

const BCT = 'Bộ Chính trị';
const TTG = 'Thủ tướng Chính phủ';
const CP = 'Chính phủ';
const CT34 = (date: string): Row['expected'][number] => full('Chỉ thị', '34-CT/TW', date, BCT);

const dates: Row[] = [
  row('d/m/yyyy', 'Chỉ thị số 34-CT/TW ngày 7/4/2014 của Bộ Chính trị', CT34('2014-04-07')),
  row('dd/m/yyyy', 'Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ Chính trị', CT34('2014-04-07')),
  row('dd/mm/yyyy', 'Chỉ thị số 34-CT/TW ngày 07/04/2014 của Bộ Chính trị', CT34('2014-04-07')),
  row('Party style with hyphens', 'Chỉ thị số 05-CT/TW ngày 15-5-2016 của Bộ Chính trị', full('Chỉ thị', '05-CT/TW', '2016-05-15', BCT)),
  row('dots', 'Chỉ thị số 34-CT/TW ngày 07.4.2014 của Bộ Chính trị', CT34('2014-04-07')),
  row('worded date', 'Chỉ thị số 19/CT-TTg ngày 16 tháng 7 năm 2021 của Thủ tướng Chính phủ', full('Chỉ thị', '19/CT-TTg', '2021-07-16', TTG)),
  row('title in capitals, TTG for TTg', 'CHỈ THỊ SỐ 19/CT-TTG NGÀY 16 THÁNG 7 NĂM 2021 CỦA THỦ TƯỚNG CHÍNH PHỦ', full('Chỉ thị', '19/CT-TTg', '2021-07-16', TTG)),
  row('comma before the date', 'Kết luận số 12-KL/TU, ngày 03/02/2019 của Ban Thường vụ Tỉnh ủy', full('Kết luận', '12-KL/TU', '2019-02-03', 'Ban Thường vụ Tỉnh ủy')),
  row('comma before a Party-style date', 'Chỉ thị số 34-CT/TW, ngày 7-4-2014 của Bộ Chính trị (khóa XI)', CT34('2014-04-07')),
  row('issuer before the date', 'Chỉ thị số 34-CT/TW của Bộ Chính trị ngày 7/4/2014', CT34('2014-04-07')),
  row('"ban hành ngày"', 'Quyết định số 25/QĐ-BDT ban hành ngày 25/01/2023', full('Quyết định', '25/QĐ-BDT', '2023-01-25')),
  row('leading zeros in a worded date', 'Kế hoạch số 05/KH-BDT ngày 05 tháng 01 năm 2023', full('Kế hoạch', '05/KH-BDT', '2023-01-05')),
  row('an impossible date is dropped with a warning', 'Quyết định số 12/QĐ-UBND ngày 31/02/2020',
    full('Quyết định', '12/QĐ-UBND', null, null, { warnings: ['Ngày ban hành "31/02/2020" không tồn tại; đã bỏ qua ngày này.'] })),
  row('a year in the number that contradicts the date is reported, not fixed', 'Quyết định số 45/2022/QĐ-UBND ngày 10/3/2023',
    full('Quyết định', '45/2022/QĐ-UBND', '2023-03-10', null, { warnings: ['Năm trong số hiệu 45/2022/QĐ-UBND (2022) khác năm ban hành 2023; kiểm tra lại nguồn.'] })),
  row('a matching year gives no warning', 'Nghị định số 98/2023/NĐ-CP ngày 31/12/2023', full('Nghị định', '98/2023/NĐ-CP', '2023-12-31', CP, { warnings: [] })),
];

const noise: Row[] = [
  row('lower case', 'chỉ thị số 34-ct/tw ngày 7/4/2014 của bộ chính trị', CT34('2014-04-07')),
  row('space after the hyphen', 'Kế hoạch số 01/KH- BTC ngày 05/01/2024', full('Kế hoạch', '01/KH-BTC', '2024-01-05', 'Bộ Tài chính')),
  row('spaces around the hyphen', 'Thông tư số 151/2018/TT - BQP ngày 30/10/2018', full('Thông tư', '151/2018/TT-BQP', '2018-10-30', 'Bộ Quốc phòng')),
  row('Party number written state-style', 'Chỉ thị số 22/CT-TW ngày 12/01/2023 của Ban Bí thư', full('Chỉ thị', '22-CT/TW', '2023-01-12', 'Ban Bí thư', { key: 'chi-thi-22-ct-tw' })),
  row('hyphen where a slash belongs', 'Quyết định số 82/2005-QĐ-UBND ngày 14/3/2005', full('Quyết định', '82/2005/QĐ-UBND', '2005-03-14')),
  row('D typed for Đ in NĐ', 'Nghị định số 98/2023/ND-CP ngày 31/12/2023', full('Nghị định', '98/2023/NĐ-CP', '2023-12-31', CP)),
  row('D typed for Đ in QĐ', 'Quyết định số 1500/QD-UBND', full('Quyết định', '1500/QĐ-UBND')),
  row('Ð U+00D0 look-alike', 'Nghị định số 98/2023/NÐ-CP', full('Nghị định', '98/2023/NĐ-CP', null, CP)),
  row('Ɖ U+0189 look-alike', 'Nghị định số 98/2023/NƉ-CP', full('Nghị định', '98/2023/NĐ-CP', null, CP)),
  ...['\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212'].map((dash) =>
    row(`dash U+${dash.charCodeAt(0).toString(16).toUpperCase()}`, `Chỉ thị số 19/CT${dash}TTg ngày 16/7/2021`, full('Chỉ thị', '19/CT-TTg', '2021-07-16', TTG))),
  row('Party number with a dash variant', 'Chỉ thị số 34\u2013CT/TW', full('Chỉ thị', '34-CT/TW')),
  row('OCR without diacritics: decision', 'Quyet dinh so 01/2020/QD-UBND ngay 15/01/2020 cua UBND tinh', full('Quyết định', '01/2020/QĐ-UBND', '2020-01-15', 'Ủy ban nhân dân tỉnh')),
  row('OCR without diacritics: Party directive', 'Chi thi so 34-CT/TW ngay 7/4/2014 cua Bo Chinh tri', CT34('2014-04-07')),
  row('OCR without diacritics: law by name', 'Luat Thi dua, khen thuong ngay 26/11/2003', named('Luật', 'Luat Thi dua, khen thuong', 'luat-thi-dua-khen-thuong-2003', '2003-11-26')),
  row('decomposed (NFD) input', 'Chỉ thị số 34-CT/TW ngày 7/4/2014 của Bộ Chính trị'.normalize('NFD'), CT34('2014-04-07')),
  row('no-break spaces', 'Chỉ\u00a0thị\u00a0số\u00a034-CT/TW ngày\u00a07/4/2014', full('Chỉ thị', '34-CT/TW', '2014-04-07')),
  row('line break inside a citation', 'Chỉ thị số 34-CT/TW\nngày 7/4/2014 của Bộ Chính trị', CT34('2014-04-07')),
  row('"số:" with a colon', 'Quyết định số: 1234/QĐ-UBND', full('Quyết định', '1234/QĐ-UBND')),
];

describe.each([
  ['dates', dates],
  ['noise', noise],
])('%s', (_label, rows) => {
  it.each(rows)('$title', ({ text, expected }) => {
    expect(project(extractCitations(text), expected)).toEqual(expected);
  });
});

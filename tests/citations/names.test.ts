/** Laws and resolutions cited by name (domain guide §4), and words that only look like them. */
import { describe, expect, it } from 'vitest';
import { extractCitations } from '../../src/lib/citations/index';
import { full, named, project, row, type Row } from './factories';

const laws: Row[] = [
  row('law with a year', 'Căn cứ Luật Thi đua, khen thưởng năm 2022;', named('Luật', 'Luật Thi đua, khen thưởng', 'luat-thi-dua-khen-thuong-2022')),
  row('law with a date', 'Luật Thi đua, khen thưởng ngày 26/11/2003', named('Luật', 'Luật Thi đua, khen thưởng', 'luat-thi-dua-khen-thuong-2003', '2003-11-26')),
  row('law with a worded date', 'Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;', named('Luật', 'Luật Tổ chức chính quyền địa phương', 'luat-to-chuc-chinh-quyen-dia-phuong-2015', '2015-06-19')),
  row('two laws without a year, separated by ";"', 'Thực hiện nghiêm túc Luật phòng, chống tham nhũng; Luật thực hành tiết kiệm, chống lãng phí, quy chế dân chủ ở cơ quan.',
    named('Luật', 'Luật phòng, chống tham nhũng', 'luat-phong-chong-tham-nhung'),
    named('Luật', 'Luật thực hành tiết kiệm, chống lãng phí', 'luat-thuc-hanh-tiet-kiem-chong-lang-phi')),
  row('law named before its number', 'Luật Thi đua, khen thưởng số 06/2022/QH15', full('Luật', '06/2022/QH15', null, 'Quốc hội', { name: 'Luật Thi đua, khen thưởng', key: 'luat-06-2022-qh15' })),
  row('a name ends at "và"', 'Luật Cán bộ, công chức và Luật Viên chức', named('Luật', 'Luật Cán bộ, công chức', 'luat-can-bo-cong-chuc'), named('Luật', 'Luật Viên chức', 'luat-vien-chuc')),
  row('"Việt Nam" stays in the name', 'Luật Quốc tịch Việt Nam năm 2008', named('Luật', 'Luật Quốc tịch Việt Nam', 'luat-quoc-tich-viet-nam-2008')),
  row('"Nhà ở" stays in the name', 'Luật Nhà ở năm 2023', named('Luật', 'Luật Nhà ở', 'luat-nha-o-2023')),
  row('comma inside a known name', 'Luật Phòng cháy, chữa cháy ngày 29/6/2001', named('Luật', 'Luật Phòng cháy, chữa cháy', 'luat-phong-chay-chua-chay-2001', '2001-06-29')),
  row('capitals fold to the same key', 'LUẬT THI ĐUA, KHEN THƯỞNG NĂM 2022', named('Luật', 'LUẬT THI ĐUA, KHEN THƯỞNG', 'luat-thi-dua-khen-thuong-2022')),
  row('code (Bộ luật)', 'Bộ luật Lao động năm 2019', named('Bộ luật', 'Bộ luật Lao động', 'bo-luat-lao-dong-2019')),
  row('ordinance (Pháp lệnh)', 'Pháp lệnh Ưu đãi người có công với cách mạng năm 2020', named('Pháp lệnh', 'Pháp lệnh Ưu đãi người có công với cách mạng', 'phap-lenh-uu-dai-nguoi-co-cong-voi-cach-mang-2020')),
  row('amending law naming two laws', 'Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;',
    named('Luật', 'Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương',
      'luat-sua-doi-bo-sung-mot-so-dieu-cua-luat-to-chuc-chinh-phu-va-luat-to-chuc-chinh-quyen-dia-phuong-2019', '2019-11-22'),
    // The laws it names are cited too (a real regulation-amending decision showed them lost).
    named('Luật', 'Luật Tổ chức Chính phủ', 'luat-to-chuc-chinh-phu'),
    named('Luật', 'Luật Tổ chức chính quyền địa phương', 'luat-to-chuc-chinh-quyen-dia-phuong')),
  row('a law nested in an amending law is the one cited in full before it, with its date',
    'Căn cứ Luật thi đua, khen thưởng ngày 26/11/2003, Luật sửa đổi, bổ sung một số điều của Luật thi đua, khen thưởng năm 2005;',
    named('Luật', 'Luật thi đua, khen thưởng', 'luat-thi-dua-khen-thuong-2003', '2003-11-26'),
    named('Luật', 'Luật sửa đổi, bổ sung một số điều của Luật thi đua, khen thưởng', 'luat-sua-doi-bo-sung-mot-so-dieu-cua-luat-thi-dua-khen-thuong-2005'),
    named('Luật', 'Luật thi đua, khen thưởng', 'luat-thi-dua-khen-thuong-2003', '2003-11-26')),
  row('a known name holding "và" is one law', 'Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26/11/2003;',
    named('Luật', 'Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân', 'luat-to-chuc-hoi-dong-nhan-dan-va-uy-ban-nhan-dan-2003', '2003-11-26')),
  row('a name with letters dropped by the source is the known name, spelt as the source in the text',
    'theo Nghị quyết Đại hội đại biu toàn quc lần thứ XIII của Đảng;',
    named('Nghị quyết', 'Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng', 'nghi-quyet-dai-hoi-dai-bieu-toan-quoc-lan-thu-xiii-cua-dang', null, { text: 'Nghị quyết Đại hội đại biu toàn quc lần thứ XIII của Đảng' })),
  row('an abbreviation in a known name ("ĐBTQ") is the same document, as the source writes it in the text',
    'triển khai Nghị quyết Đại hội ĐBTQ lần thứ XIII của Đảng;',
    named('Nghị quyết', 'Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng', 'nghi-quyet-dai-hoi-dai-bieu-toan-quoc-lan-thu-xiii-cua-dang', null, { text: 'Nghị quyết Đại hội ĐBTQ lần thứ XIII của Đảng' })),
  row('a close name is not another known one', 'Luật Tổ chức Quốc hội năm 2014 và Luật Tổ chức Chính phủ năm 2015',
    named('Luật', 'Luật Tổ chức Quốc hội', 'luat-to-chuc-quoc-hoi-2014'), named('Luật', 'Luật Tổ chức Chính phủ', 'luat-to-chuc-chinh-phu-2015')),
  row('a later mention without a year is the same law', 'Luật Thi đua, khen thưởng năm 2022 ... theo Luật Thi đua, khen thưởng.',
    named('Luật', 'Luật Thi đua, khen thưởng', 'luat-thi-dua-khen-thuong-2022'), named('Luật', 'Luật Thi đua, khen thưởng', 'luat-thi-dua-khen-thuong-2022')),
  row('a later mention by name of a numbered law takes its key', 'Luật Thi đua, khen thưởng số 06/2022/QH15. Luật Thi đua, khen thưởng năm 2022 có hiệu lực.',
    full('Luật', '06/2022/QH15', null, 'Quốc hội'), named('Luật', 'Luật Thi đua, khen thưởng', 'luat-06-2022-qh15')),
  row('"vệ" in a name is not the subject word "về"', 'Luật Bảo vệ môi trường năm 2020 về bảo vệ', named('Luật', 'Luật Bảo vệ môi trường', 'luat-bao-ve-moi-truong-2020', null, { subject: null })),
  row('"Sở" in a name is not "số"', 'Luật Sở hữu trí tuệ năm 2005', named('Luật', 'Luật Sở hữu trí tuệ', 'luat-so-huu-tri-tue-2005')),
  row('"tài" in a name is not "tại"', 'Luật Quản lý, sử dụng tài sản công năm 2017', named('Luật', 'Luật Quản lý, sử dụng tài sản công', 'luat-quan-ly-su-dung-tai-san-cong-2017')),
  row('"Luật sư" is a lawyer', 'Luật sư Nguyễn Văn An tham gia tư vấn.'),
  // A PDF copy: "ƣ" for "ư", and lines broken inside a name (round 7's 90).
  row('a PDF copy\'s "ƣ" for "ư"', 'Căn cứ Luật Thi đua, khen thƣởng ngày 26/11/2003;', named('Luật', 'Luật Thi đua, khen thƣởng', 'luat-thi-dua-khen-thuong-2003', '2003-11-26')),
  row('a name broken over lines, going on in lower case', 'Luật sửa đổi, bổ\nsung một số điều của Luật Thi đua, khen thưởng ngày 16/11/2013;',
    named('Luật', 'Luật sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng', 'luat-sua-doi-bo-sung-mot-so-dieu-cua-luat-thi-dua-khen-thuong-2013', '2013-11-16'),
    named('Luật', 'Luật Thi đua, khen thưởng', 'luat-thi-dua-khen-thuong')),
  row('"kỷ luật" and "pháp luật" are not laws', 'chấp hành kỷ luật, kỷ cương; vi phạm pháp luật.'),
  row('"Luật này" refers back, not to a name', 'Luật này có hiệu lực từ ngày 01/01/2024.'),
  row('lower-case "luật" is not a law by name', 'theo luật định.'),
];

const resolutions: Row[] = [
  row('Party Congress resolution', 'theo Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng”.',
    named('Nghị quyết', 'Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng', 'nghi-quyet-dai-hoi-dai-bieu-toan-quoc-lan-thu-xiii-cua-dang', null, { level: 'party' })),
  row('provincial Party Congress resolution', 'Nghị quyết Đại hội Đảng bộ tỉnh Hà Tĩnh lần thứ XIX, nhiệm kỳ 2020 - 2025',
    named('Nghị quyết', 'Nghị quyết Đại hội Đảng bộ tỉnh Hà Tĩnh lần thứ XIX', 'nghi-quyet-dai-hoi-dang-bo-tinh-ha-tinh-lan-thu-xix', null, { level: 'province' })),
  // Named the standard way, so "Nghị quyết Trung ương 4 (khóa XII)" and "Nghị quyết Hội nghị Trung ương 4 khóa XII" are the same page.
  row('Central Committee plenum resolution', 'Nghị quyết Trung ương 4 khóa XII về tăng cường xây dựng Đảng',
    named('Nghị quyết', 'Nghị quyết Hội nghị Trung ương 4 khóa XII', 'nghi-quyet-hoi-nghi-trung-uong-4-khoa-xii', null, { subject: 'tăng cường xây dựng Đảng' })),
  row('a resolution without a named congress is not cited', 'Nghị quyết của Chi bộ đã đề ra.'),
  row('lower-case "nghị quyết đại hội" is running text', 'thực hiện nghị quyết đại hội chi bộ'),
];

describe.each([
  ['laws', laws],
  ['resolutions', resolutions],
])('%s by name', (_label, rows) => {
  it.each(rows)('$title', ({ text, expected }) => {
    expect(project(extractCitations(text), expected)).toEqual(expected);
  });
});

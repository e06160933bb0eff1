/** Number/symbol shapes of domain guide §3: Party, state administrative, legal normative, công văn. */
import { describe, expect, it } from 'vitest';
import { extractCitations } from '../../src/lib/citations/index';
import { full, project, row, type Row } from './factories';

const BCT = 'Bộ Chính trị';
const TTG = 'Thủ tướng Chính phủ';
const CP = 'Chính phủ';

const party: Row[] = [
  row('Party directive, full first mention', 'Chỉ thị số 34-CT/TW ngày 7/4/2014 của Bộ Chính trị', full('Chỉ thị', '34-CT/TW', '2014-04-07', BCT, { level: 'party', key: 'chi-thi-34-ct-tw' })),
  row('provincial Party conclusion', 'Kết luận số 12-KL/TU ngày 03/02/2019 của Ban Thường vụ Tỉnh ủy', full('Kết luận', '12-KL/TU', '2019-02-03', 'Ban Thường vụ Tỉnh ủy', { level: 'province' })),
  row('Party resolution of the Central Committee', 'Nghị quyết số 26-NQ/TW ngày 05/8/2008 của Ban Chấp hành Trung ương Đảng (khóa X)', full('Nghị quyết', '26-NQ/TW', '2008-08-05', 'Ban Chấp hành Trung ương Đảng', { level: 'party' })),
  row('Party "QĐ" read as Quy định when the text says so', 'Quy định số 144-QĐ/TW ngày 09/5/2024 của Bộ Chính trị', full('Quy định', '144-QĐ/TW', '2024-05-09', BCT)),
  row('Party body named by the symbol alone', 'Hướng dẫn số 125-HD/BTGTW ngày 20/12/2023', full('Hướng dẫn', '125-HD/BTGTW', '2023-12-20', 'Ban Tuyên giáo Trung ương', { level: 'party' })),
  row('district Party committee', 'Kết luận số 07-KL/HU ngày 10/3/2022 của Ban Thường vụ Huyện ủy', full('Kết luận', '07-KL/HU', '2022-03-10', 'Ban Thường vụ Huyện ủy', { level: 'district' })),
  row('TW alone does not name the body', 'Chỉ thị số 05-CT/TW ngày 15/5/2016', full('Chỉ thị', '05-CT/TW', '2016-05-15', null, { level: 'party' })),
  row('Party number with a single digit gets its leading zero', 'Chỉ thị số 5-CT/TW', full('Chỉ thị', '05-CT/TW', null, null, { key: 'chi-thi-05-ct-tw' })),
];

const state: Row[] = [
  row('Prime Minister directive', 'Chỉ thị số 19/CT-TTg ngày 16/7/2021 của Thủ tướng Chính phủ', full('Chỉ thị', '19/CT-TTg', '2021-07-16', TTG, { level: 'government', key: 'chi-thi-19-ct-ttg' })),
  row('provincial plan', 'Kế hoạch số 594/KH-UBND ngày 15/12/2023 của UBND tỉnh Hà Giang', full('Kế hoạch', '594/KH-UBND', '2023-12-15', 'Ủy ban nhân dân tỉnh Hà Giang', { level: 'province' })),
  row('Ban Dân tộc decision, issuer not named', 'Quyết định số 17/QĐ-BDT ngày 25/01/2023', full('Quyết định', '17/QĐ-BDT', '2023-01-25', null, { level: 'province' })),
  row('submission of the Sở Nội vụ', 'Tờ trình số 156/TTr-SNV ngày 15/01/2024', full('Tờ trình', '156/TTr-SNV', '2024-01-15', null)),
  row('HD is Hướng dẫn', 'Hướng dẫn số 05/HD-BTĐKT ngày 10/3/2023', full('Hướng dẫn', '05/HD-BTĐKT', '2023-03-10')),
  row('HĐ is Hợp đồng, not Hướng dẫn', 'Hợp đồng số 12/HĐ-UBND ngày 02/01/2024', full('Hợp đồng', '12/HĐ-UBND', '2024-01-02')),
  row('CTr keeps its lower-case r', 'Chương trình số 03/CTR-UBND ngày 10/02/2024', full('Chương trình', '03/CTr-UBND', '2024-02-10')),
  row('QyĐ is Quy định', 'Quy định số 02/QyĐ-UBND', full('Quy định', '02/QyĐ-UBND')),
  row('ĐA is Đề án', 'Đề án số 01/ĐA-UBND', full('Đề án', '01/ĐA-UBND')),
  row('DA is Dự án', 'Dự án số 04/DA-SNV', full('Dự án', '04/DA-SNV')),
  row('report', 'Báo cáo số 312/BC-BDT ngày 08/12/2023', full('Báo cáo', '312/BC-BDT', '2023-12-08')),
  row('official telegram of the Prime Minister', 'Công điện số 05/CĐ-TTg ngày 02/02/2024', full('Công điện', '05/CĐ-TTg', '2024-02-02', TTG)),
  row('notice', 'Thông báo số 45/TB-UBND ngày 01/3/2024', full('Thông báo', '45/TB-UBND', '2024-03-01')),
  row('invitation', 'Giấy mời số 12/GM-UBND', full('Giấy mời', '12/GM-UBND')),
  row('regulation', 'Quy chế số 01/QC-UBND', full('Quy chế', '01/QC-UBND')),
  row('minutes', 'Biên bản số 03/BB-HĐTĐKT', full('Biên bản', '03/BB-HĐTĐKT')),
  row('contingency plan', 'Phương án số 02/PA-UBND', full('Phương án', '02/PA-UBND')),
  row('ministry decision issued by a minister', 'Quyết định số 1500/QĐ-BTC ngày 30/6/2023', full('Quyết định', '1500/QĐ-BTC', '2023-06-30', 'Bộ Tài chính', { level: 'ministry' })),
];

const normative: Row[] = [
  row('government decree', 'Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ', full('Nghị định', '98/2023/NĐ-CP', '2023-12-31', CP, { level: 'government', key: 'nghi-dinh-98-2023-nd-cp' })),
  row('law by number', 'Luật số 06/2022/QH15', full('Luật', '06/2022/QH15', null, 'Quốc hội', { level: 'national-assembly', key: 'luat-06-2022-qh15' })),
  row('ministry circular', 'Thông tư số 01/2024/TT-BNV ngày 28/02/2024 của Bộ Nội vụ', full('Thông tư', '01/2024/TT-BNV', '2024-02-28', 'Bộ Nội vụ', { level: 'ministry' })),
  row('joint circular names both bodies', 'Thông tư liên tịch số 55/2005/TTLT-BNV-VPCP ngày 06/5/2005', full('Thông tư liên tịch', '55/2005/TTLT-BNV-VPCP', '2005-05-06', 'Bộ Nội vụ, Văn phòng Chính phủ')),
  row('National Assembly resolution keeps its kind', 'Nghị quyết số 88/2019/QH14 ngày 18/11/2019 của Quốc hội', full('Nghị quyết', '88/2019/QH14', '2019-11-18', 'Quốc hội', { level: 'national-assembly' })),
  row('Standing Committee resolution', 'Nghị quyết số 35/2023/UBTVQH15', full('Nghị quyết', '35/2023/UBTVQH15', null, 'Ủy ban Thường vụ Quốc hội')),
  row('provincial normative decision', 'Quyết định số 12/2024/QĐ-UBND ngày 05/01/2024', full('Quyết định', '12/2024/QĐ-UBND', '2024-01-05')),
  row('consolidated text', 'Văn bản hợp nhất số 05/VBHN-BNV', full('Văn bản hợp nhất', '05/VBHN-BNV', null, 'Bộ Nội vụ')),
  row('ethnic-affairs circular', 'Thông tư số 01/2024/TT-UBDT', full('Thông tư', '01/2024/TT-UBDT', null, 'Ủy ban Dân tộc')),
  row('bare law symbol takes kind Luật', 'theo 06/2022/QH15', full('Luật', '06/2022/QH15', null, 'Quốc hội')),
];

const officialLetters: Row[] = [
  row('"văn bản số" with a công văn symbol', 'văn bản số 238/UBND-KGVX ngày 25/11/2023 của UBND tỉnh Nghệ An', full('Công văn', '238/UBND-KGVX', '2023-11-25', 'Ủy ban nhân dân tỉnh Nghệ An', { key: 'cong-van-238-ubnd-kgvx' })),
  row('"Công văn số" with worded date', 'Công văn số 1150/UBND-NCPC ngày 02 tháng 3 năm 2023 của Ủy ban nhân dân tỉnh Bắc Kạn', full('Công văn', '1150/UBND-NCPC', '2023-03-02', 'Ủy ban nhân dân tỉnh Bắc Kạn')),
  row('ministry công văn: issuer from its symbol', 'Công văn số 5678/BNV-TĐKT ngày 20/11/2023', full('Công văn', '5678/BNV-TĐKT', '2023-11-20', 'Bộ Nội vụ')),
  row('"văn bản số" with a typed symbol takes the symbol\'s kind', 'văn bản số 12/KH-UBND', full('Kế hoạch', '12/KH-UBND')),
  row('a công văn symbol with no "văn bản" before it is not taken', 'xem 238/UBND-KGVX', ),
];

const coordinated: Row[] = [
  row('two decrees joined by "và"', 'Nghị định số 91/2017/NĐ-CP và 98/2023/NĐ-CP của Chính phủ', full('Nghị định', '91/2017/NĐ-CP', null, CP), full('Nghị định', '98/2023/NĐ-CP', null, CP)),
  row('decisions listed with a comma', 'Quyết định số 12/QĐ-UBND, 13/QĐ-UBND ngày 04/01/2023', full('Quyết định', '12/QĐ-UBND'), full('Quyết định', '13/QĐ-UBND', '2023-01-04')),
  row('two Party directives', 'Chỉ thị số 34-CT/TW và 05-CT/TW của Bộ Chính trị', full('Chỉ thị', '34-CT/TW'), full('Chỉ thị', '05-CT/TW', null, BCT)),
  row('the symbol\'s type wins over a different type word', 'Thông báo kết luận số 12-TB/TW ngày 20/4/2024 của Ban Bí thư', full('Thông báo', '12-TB/TW', '2024-04-20', 'Ban Bí thư')),
];

describe.each([
  ['Party', party],
  ['state administrative', state],
  ['legal normative', normative],
  ['công văn', officialLetters],
  ['coordinated lists', coordinated],
])('%s numbers', (_label, rows) => {
  it.each(rows)('$title', ({ text, expected }) => {
    expect(project(extractCitations(text), expected)).toEqual(expected);
  });
});

/** Issuers from "của ..." and from symbols; short mentions resolved to an earlier full citation, or dropped. */
import { describe, expect, it } from 'vitest';
import { extractCitations } from '../../src/lib/citations/index';
import { full, project, row, short, type Row } from './factories';

const BCT = 'Bộ Chính trị';
const TTG = 'Thủ tướng Chính phủ';
const CT34 = 'Chỉ thị số 34-CT/TW ngày 7/4/2014 của Bộ Chính trị';
const CT19 = 'Chỉ thị số 19/CT-TTg ngày 16/7/2021 của Thủ tướng Chính phủ';

const issuers: Row[] = [
  row('place name joins a provincial issuer', 'Quyết định số 1234/QĐ-UBND ngày 20/01/2024 của Chủ tịch UBND tỉnh Cao Bằng về việc khen thưởng',
    full('Quyết định', '1234/QĐ-UBND', '2024-01-20', 'Chủ tịch Ủy ban nhân dân tỉnh Cao Bằng', { level: 'province', subject: 'khen thưởng' })),
  row('district people\'s committee', 'Quyết định số 1234/QĐ-UBND ngày 15/8/2020 của UBND huyện Hà Quảng', full('Quyết định', '1234/QĐ-UBND', '2020-08-15', 'Ủy ban nhân dân huyện Hà Quảng', { level: 'district' })),
  row('provincial Party standing committee with its province', 'Kết luận số 12-KL/TU ngày 03/02/2019 của Ban Thường vụ Tỉnh ủy Cao Bằng', full('Kết luận', '12-KL/TU', '2019-02-03', 'Ban Thường vụ Tỉnh ủy Cao Bằng', { level: 'province' })),
  row('"Thủ tướng" alone', 'Quyết định số 1588/QĐ-TTg ngày 15/12/2023 của Thủ tướng', full('Quyết định', '1588/QĐ-TTg', '2023-12-15', TTG)),
  row('emulation council of the centre', 'Kế hoạch số 1099/KH-HĐTĐKT ngày 12/7/2021 của Hội đồng Thi đua - Khen thưởng Trung ương', full('Kế hoạch', '1099/KH-HĐTĐKT', '2021-07-12', 'Hội đồng Thi đua - Khen thưởng Trung ương', { level: 'government' })),
  row('"BCH Trung ương"', 'Nghị quyết số 26-NQ/TW ngày 05/8/2008 của BCH Trung ương', full('Nghị quyết', '26-NQ/TW', '2008-08-05', 'Ban Chấp hành Trung ương')),
  row('ministry named after "của"', 'Thông tư số 21/2020/TT-BGDĐT ngày 31/7/2020 của Bộ Giáo dục và Đào tạo', full('Thông tư', '21/2020/TT-BGDĐT', '2020-07-31', 'Bộ Giáo dục và Đào tạo', { level: 'ministry' })),
  row('TTg names the issuer without "của"', 'Chỉ thị số 19/CT-TTg', full('Chỉ thị', '19/CT-TTg', null, TTG, { level: 'government' })),
  row('UBND alone does not say which committee', 'Kế hoạch số 594/KH-UBND', full('Kế hoạch', '594/KH-UBND', null, null, { level: 'province' })),
  row('a minister signs for the ministry', 'Thông tư số 12/2019/TT-BNV ngày 04/11/2019 của Bộ trưởng Bộ Nội vụ', full('Thông tư', '12/2019/TT-BNV', '2019-11-04', 'Bộ trưởng Bộ Nội vụ', { level: 'ministry' })),
  row('joint plan (liên tịch)', 'Kế hoạch liên tịch số 05/KHLT-UBND-MTTQ ngày 02/3/2023', full('Kế hoạch liên tịch', '05/KHLT-UBND-MTTQ', '2023-03-02')),
  row('an unknown body after "của" leaves the issuer open', 'Kế hoạch số 12/KH-CĐN ngày 02/3/2024 của Công đoàn ngành', full('Kế hoạch', '12/KH-CĐN', '2024-03-02', null)),
];

const shortForms: Row[] = [
  row('"Chỉ thị số 05" after the full citation', `Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị. Học tập Chỉ thị số 05.`,
    full('Chỉ thị', '05-CT/TW', '2016-05-15', BCT), short('Chỉ thị', '05-CT/TW', '2016-05-15', BCT, { key: 'chi-thi-05-ct-tw', text: 'Chỉ thị số 05' })),
  row('"Chỉ thị 34 của Bộ Chính trị"', `${CT34}; quán triệt Chỉ thị 34 của Bộ Chính trị.`,
    full('Chỉ thị', '34-CT/TW', '2014-04-07', BCT), short('Chỉ thị', '34-CT/TW', '2014-04-07', BCT, { text: 'Chỉ thị 34 của Bộ Chính trị' })),
  row('a repeated symbol is a short form with the first date', `${CT19}. Thực hiện Chỉ thị 19/CT-TTg.`,
    full('Chỉ thị', '19/CT-TTg', '2021-07-16', TTG), short('Chỉ thị', '19/CT-TTg', '2021-07-16', TTG)),
  row('noisy repeat resolves to the same key', `${CT34}. Theo 34-ct/tw và Chỉ thị số 34-CT/TW.`,
    full('Chỉ thị', '34-CT/TW', '2014-04-07', BCT), short('Chỉ thị', '34-CT/TW', '2014-04-07', BCT, { key: 'chi-thi-34-ct-tw' }), short('Chỉ thị', '34-CT/TW', '2014-04-07', BCT, { key: 'chi-thi-34-ct-tw' })),
  row('"(sau đây gọi tắt là Chỉ thị 34)" defines a short name', `${CT34} (sau đây gọi tắt là Chỉ thị 34). Chỉ thị 34 yêu cầu đổi mới.`,
    full('Chỉ thị', '34-CT/TW', '2014-04-07', BCT), short('Chỉ thị', '34-CT/TW', '2014-04-07', BCT, { text: 'Chỉ thị 34' })),
  row('a defined name that is not a short form', `Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ (sau đây gọi là “Nghị định hướng dẫn”). Theo Nghị định hướng dẫn, mức thưởng tăng.`,
    full('Nghị định', '98/2023/NĐ-CP', '2023-12-31', 'Chính phủ'), short('Nghị định', '98/2023/NĐ-CP', '2023-12-31', 'Chính phủ', { text: 'Nghị định hướng dẫn' })),
  row('"Nghị định 98" resolves to the decree', 'Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ. Điều 72 Nghị định 98 quy định mức thưởng.',
    full('Nghị định', '98/2023/NĐ-CP', '2023-12-31', 'Chính phủ'), short('Nghị định', '98/2023/NĐ-CP', '2023-12-31', 'Chính phủ')),
  row('"văn bản số 238" resolves to the công văn', 'văn bản số 238/UBND-KGVX ngày 25/11/2023; thực hiện theo văn bản số 238 nêu trên.',
    full('Công văn', '238/UBND-KGVX', '2023-11-25'), short('Công văn', '238/UBND-KGVX', '2023-11-25')),
  row('issuer decides between two documents with the same number', 'Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị; Chỉ thị số 05/CT-TTg ngày 01/02/2020 của Thủ tướng Chính phủ. Chỉ thị 05 của Thủ tướng Chính phủ.',
    full('Chỉ thị', '05-CT/TW', '2016-05-15', BCT), full('Chỉ thị', '05/CT-TTg', '2020-02-01', TTG), short('Chỉ thị', '05/CT-TTg', '2020-02-01', TTG)),
  row('two candidates and no issuer: dropped, not guessed', 'Chỉ thị số 05-CT/TW ngày 15/5/2016; Chỉ thị số 05/CT-TTg ngày 01/02/2020. Chỉ thị số 05.',
    full('Chỉ thị', '05-CT/TW', '2016-05-15'), full('Chỉ thị', '05/CT-TTg', '2020-02-01', TTG)),
  row('a short form before any full citation is dropped', 'Học tập Chỉ thị số 05. Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị.',
    full('Chỉ thị', '05-CT/TW', '2016-05-15', BCT)),
  row('a short form of another kind does not resolve', 'Quyết định số 17/QĐ-BDT ngày 25/01/2023. Kế hoạch số 17 được triển khai.',
    full('Quyết định', '17/QĐ-BDT', '2023-01-25')),
  row('a short form whose issuer contradicts is dropped', `${CT34}. Chỉ thị 34 của Thủ tướng Chính phủ.`, full('Chỉ thị', '34-CT/TW', '2014-04-07', BCT)),
  row('capitalised alias does not catch lower-case running text', 'Kế hoạch số 45/KH-UBND ngày 22/01/2024 (sau đây gọi tắt là Kế hoạch). Các đơn vị xây dựng kế hoạch cụ thể theo Kế hoạch.',
    full('Kế hoạch', '45/KH-UBND', '2024-01-22'), short('Kế hoạch', '45/KH-UBND', '2024-01-22')),
];

describe.each([
  ['issuers', issuers],
  ['short forms', shortForms],
])('%s', (_label, rows) => {
  it.each(rows)('$title', ({ text, expected }) => {
    expect(project(extractCitations(text), expected)).toEqual(expected);
  });
});

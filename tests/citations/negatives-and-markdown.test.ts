/** Text that must yield no citation, and Markdown input whose spans must still point into the original. */
import { describe, expect, it } from 'vitest';
import { extractCitations } from '../../src/lib/citations/index';
import { full, project, row, type Row } from './factories';

const negatives: Row[] = [
  row('a five-year plan is not a plan number', 'nhiệm vụ phát triển kinh tế - xã hội hàng năm và Kế hoạch 5 năm (2021-2025)'),
  row('"số 5 năm 2023"', 'số 5 năm 2023 không áp dụng'),
  row('"Kế hoạch số 17 năm 2023" reads as a year', 'theo Kế hoạch số 17 năm 2023 thì không xét'),
  row('phone number with dots', 'điện thoại 0206.3852.123'),
  row('phone number after "số"', 'số điện thoại liên hệ: 024.3733.1234'),
  row('a date alone', 'ngày 7/4/2014 và ngày 15-5-2016'),
  row('a date range', 'kỷ niệm 76 năm (11/6/1948 - 11/6/2024), giai đoạn 2019 - 2025'),
  row('movements in quotes', 'hưởng ứng phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” và “Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau”'),
  row('the call for patriotic emulation', 'Quán triệt sâu sắc Lời kêu gọi thi đua ái quốc của Chủ tịch Hồ Chí Minh'),
  row('the document\'s own number in its header', 'Số: 05/KH-BDT\nCao Bằng, ngày 05 tháng 01 năm 2023'),
  row('a Party header number without a colon', 'HUYỆN ỦY TRÙNG KHÁNH\nSố 78-KH/HU\nĐẢNG CỘNG SẢN VIỆT NAM'),
  row('a blank header number', 'Số: /PĐTĐ-BDT'),
  row('type words without a number', 'thực hiện chương trình mục tiêu quốc gia, kế hoạch công tác năm 2023 và các quy định của pháp luật; quyết định khen thưởng'),
  row('articles and levels', 'theo Điều 72, dịch vụ công trực tuyến mức độ 4, đạt 96,5% kế hoạch'),
  row('a percentage after a type word', 'Kế hoạch 100% hoàn thành'),
  row('a fraction is not a symbol', 'Có 28/30 công chức đạt, 02/03 phòng chuyên môn'),
  row('an address number', 'số 103 Quán Thánh, quận Ba Đình'),
];

const markdown: Row[] = [
  row('bold around a citation', '1. Thực hiện **Chỉ thị số 34-CT/TW ngày 7/4/2014 của Bộ Chính trị** về việc **“tiếp tục đổi mới công tác thi đua, khen thưởng”**;',
    full('Chỉ thị', '34-CT/TW', '2014-04-07', 'Bộ Chính trị', { subject: 'tiếp tục đổi mới công tác thi đua, khen thưởng' })),
  row('bold inside a citation', 'Thực hiện **Kế hoạch số 01/KH-BTC** ngày 05/01/2024',
    full('Kế hoạch', '01/KH-BTC', '2024-01-05', 'Bộ Tài chính', { text: 'Kế hoạch số 01/KH-BTC** ngày 05/01/2024' })),
  row('unquoted subject ends at the full stop', 'Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh. Tiếp theo.',
    full('Chỉ thị', '05-CT/TW', '2016-05-15', 'Bộ Chính trị', { subject: 'đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh' })),
  row('a subject in straight quotes', 'Quyết định số 12/QĐ-UBND về việc "ban hành Quy chế thi đua"',
    full('Quyết định', '12/QĐ-UBND', null, null, { subject: 'ban hành Quy chế thi đua' })),
  row('a single list item', '- Chỉ thị số 19/CT-TTg ngày 16/7/2021 của Thủ tướng Chính phủ;',
    full('Chỉ thị', '19/CT-TTg', '2021-07-16', 'Thủ tướng Chính phủ', { text: 'Chỉ thị số 19/CT-TTg ngày 16/7/2021 của Thủ tướng Chính phủ', start: 2 })),
];

describe('no citation', () => {
  it.each(negatives)('$title', ({ text, expected }) => {
    expect(project(extractCitations(text), expected)).toEqual(expected);
  });
});

describe('Markdown and subjects', () => {
  it.each(markdown)('$title', ({ text, expected }) => {
    expect(project(extractCitations(text), expected)).toEqual(expected);
  });
});

describe('spans', () => {
  const inputs = [...markdown, ...negatives].map((r) => r.text).concat([
    'Chỉ thị số 34-CT/TW ngày 7/4/2014 của Bộ Chính trị'.normalize('NFD'),
    '🎉 Nghị định số 98/2023/NÐ‐CP ngày 31/12/2023 của Chính phủ 🎉',
  ]);
  it.each(inputs)('text is exactly input.slice(start, end): %s', (input) => {
    for (const c of extractCitations(input)) expect(input.slice(c.start, c.end)).toBe(c.text);
  });

  it('an NFD span includes the combining marks of its last letter', () => {
    const input = 'của Bộ Chính trị'.normalize('NFD');
    const text = `Chỉ thị số 34-CT/TW ${input} rồi`;
    const [c] = extractCitations(text);
    expect(c.text.normalize('NFC')).toBe('Chỉ thị số 34-CT/TW của Bộ Chính trị');
  });

  it('citations come sorted by start and never overlap', () => {
    const text = 'Chỉ thị số 34-CT/TW và 05-CT/TW; Luật Thi đua, khen thưởng năm 2022; Nghị định số 98/2023/NĐ-CP (sau đây gọi là Nghị định 98). Nghị định 98.';
    const found = extractCitations(text);
    expect(found.length).toBe(5);
    for (let i = 1; i < found.length; i++) expect(found[i].start).toBeGreaterThanOrEqual(found[i - 1].end);
  });
});

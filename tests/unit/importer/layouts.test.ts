import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importDocument, readSource } from '../../../src/lib/importer';
import { joinSplitHeader } from '../../../src/lib/importer/issuer';
import { linesOfMammothHtml } from '../../../src/lib/importer/docx';
import { parseOutline } from '../../../src/lib/outline';
import { campaignSchema } from '../../../src/schemas/campaign';
import { CONTEXT, docxWithTables, splitMdx } from '../../support/importer';

const fixture = (name: string) => readFileSync(resolve('tests/fixtures/importer', name));

/** Launch documents laid out differently from the seed, and every field they state. */
const LAYOUTS: [string, Record<string, unknown>, { sections: string[]; units: string[] }][] = [
  [
    '01-ke-hoach-phong-noi-vu-ha-quang.txt',
    {
      role: 'launch', year: 2024, documentType: 'KẾ HOẠCH', subject: 'Phát động phong trào thi đua năm 2024', number: '07', symbol: 'KH-PNV',
      issuer: 'phong-noi-vu-ha-quang', place: 'Hà Quảng', issued: '2024-02-10', theme: 'Kỷ cương, trách nhiệm, hiệu quả',
      basis: ['Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;', 'Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;'],
      signer: { prefix: 'KT.', onBehalfOf: 'TRƯỞNG PHÒNG', position: 'PHÓ TRƯỞNG PHÒNG', name: 'Nông Văn Minh' },
      recipients: ['UBND huyện;', 'Công chức phòng;', 'Lưu: VT.'],
      footLines: ['(Đã ký)'],
      targets: [
        { item: 1, comparator: 'eq', value: 100, unit: 'percent' },
        { item: 2, comparator: 'gte', value: 95, unit: 'percent', title: 'Lao động tiên tiến' },
        { item: 3, qualitative: true },
      ],
    },
    { sections: ['I:other:2', 'II:contents:2', 'III:targets:3', 'IV:other:0'], units: ['ubnd-huyen-ha-quang', 'phong-noi-vu-ha-quang'] },
  ],
  [
    '02-ke-hoach-huyen-uy-tra-linh.txt',
    {
      role: 'plan', year: 2024, documentType: 'KẾ HOẠCH', subject: 'tổ chức phong trào thi đua trong các tổ chức đảng năm 2024', number: '12', symbol: 'KH/HU',
      issuer: 'huyen-uy-tra-linh-cao-bang', place: 'Trà Lĩnh', issued: '2024-02-15',
      signer: { prefix: 'TM.', onBehalfOf: 'BAN THƯỜNG VỤ', position: 'PHÓ BÍ THƯ', name: 'Hoàng Thị Lan' },
      recipients: ['Ban Thường vụ Tỉnh ủy (b/c),', 'Các chi, đảng bộ cơ sở,', 'Lưu Văn phòng Huyện ủy.'],
      targets: [
        { item: 1, comparator: 'gte', value: 1, unit: 'count' },
        { item: 2, comparator: 'gt', value: 90, unit: 'percent' },
      ],
    },
    { sections: ['I:targets:2', 'II:other:0'], units: ['dang-bo-tinh-cao-bang', 'huyen-uy-tra-linh-cao-bang'] },
  ],
  [
    '03-ke-hoach-so-noi-vu-nghe-an.txt',
    {
      role: 'plan', year: 2025, documentType: 'KẾ HOẠCH', subject: 'Tổ chức các đợt thi đua chuyên đề năm 2025', number: '45', symbol: 'KH-SNV',
      issuer: 'so-noi-vu-nghe-an', place: 'Nghệ An', issued: '2025-01-05',
      signer: { prefix: 'TL.', onBehalfOf: 'GIÁM ĐỐC', position: 'CHÁNH VĂN PHÒNG', name: 'Trần Văn Bình' },
      recipients: ['Giám đốc Sở (b/c);', 'Các phòng, đơn vị;', 'Lưu: VT, VP.'],
      targets: [{ item: 1, comparator: 'eq', value: 100, unit: 'percent' }],
    },
    { sections: ['I:contents:2', 'II:targets:1'], units: ['ubnd-tinh-nghe-an', 'so-noi-vu-nghe-an'] },
  ],
  [
    '04-phat-dong-so-giao-duc-cao-bang.txt',
    {
      role: 'launch', year: 2025, documentType: 'PHÁT ĐỘNG', subject: 'PHONG TRÀO THI ĐUA NĂM 2025', number: null, symbol: 'PĐ-SGDĐT',
      issuer: 'so-giao-duc-va-dao-tao-cao-bang', place: 'Cao Bằng', issued: '2025', theme: 'Đổi mới, sáng tạo, dạy tốt, học tốt',
      signer: { position: 'GIÁM ĐỐC', name: 'Lục Văn Tài' },
      targets: [
        { item: 1, comparator: 'gte', value: 98, unit: 'percent' },
        { item: 2, comparator: 'gte', value: 5, unit: 'count' },
      ],
    },
    { sections: ['I:contents:1', 'II:targets:2'], units: ['so-giao-duc-va-dao-tao-cao-bang'] },
  ],
  [
    // A commune: the body's name is split over two header lines, points a) b) đ) written flush left.
    '05-ke-hoach-ubnd-xa-quang-han.txt',
    {
      role: 'launch', year: 2024, documentType: 'KẾ HOẠCH', subject: 'Phát động phong trào thi đua “Xã Quang Hán chung sức xây dựng nông thôn mới” năm 2024',
      number: '18', symbol: 'KH-UBND', issuer: 'uy-ban-nhan-dan-xa-quang-han', place: 'Quang Hán', issued: '2024-03-03',
      theme: 'Đoàn kết, chung sức xây dựng nông thôn mới',
      basis: ['Căn cứ Luật Thi đua, khen thưởng năm 2022;', 'Căn cứ Kế hoạch số 594/KH-UBND ngày 05/3/2024 của Ủy ban nhân dân huyện Trùng Khánh;'],
      signer: { prefix: 'TM.', onBehalfOf: 'ỦY BAN NHÂN DÂN', position: 'CHỦ TỊCH', name: 'Hoàng Văn Thắng' },
      recipients: ['UBND huyện (b/c);', 'Các thôn;', 'Lưu: VT.'],
      targets: [
        { item: 1, comparator: 'gte', value: 90, unit: 'percent', title: 'Gia đình văn hóa' },
        { item: 2, comparator: 'gte', value: 2, unit: 'count', title: 'Thôn, tổ dân phố văn hóa' },
      ],
    },
    { sections: ['I:other:2', 'II:contents:2', 'III:targets:2', 'IV:other:0'], units: ['uy-ban-nhan-dan-xa-quang-han'] },
  ],
];

function shapeOf(body: string): string[] {
  return parseOutline(body).sections.map((section) => `${section.numeral}:${section.role}:${section.items.length}`);
}

function withoutMetric(data: Record<string, unknown>): Record<string, unknown> {
  return { ...data, targets: (data.targets as Record<string, unknown>[]).map(({ metric: _metric, ...rest }) => rest) };
}

describe('documents laid out differently', () => {
  it.each(LAYOUTS)('%s: every stated field, the outline, the units to add, a valid entry', async (name, expected, { sections, units }) => {
    const result = importDocument(await readSource(fixture(name), name), name, CONTEXT);
    const { data } = splitMdx(result.mdx);
    expect(withoutMetric(data)).toEqual(expected);
    expect(shapeOf(result.body)).toEqual(sections);
    expect(campaignSchema.safeParse(data).success).toBe(true);
    // New bodies are proposed for content/units/, parent first; a known parent is reused.
    expect(result.newUnits.map((unit) => unit.id)).toEqual(units);
  });

  it('keeps points a), b), đ) and dash lines inside their item, so the outline gives them anchors', async () => {
    const { body } = importDocument(await readSource(fixture(LAYOUTS[0][0]), 'x.txt'), 'x.txt', CONTEXT);
    const contents = parseOutline(body).sections.find((section) => section.role === 'contents')!;
    expect(contents.items[0].points.map((point) => point.anchor)).toEqual(['noi-dung-1-a', 'noi-dung-1-b', 'noi-dung-1-dd']);
    expect(body).toContain('\n   \\- Động viên công chức');
  });

  it('reads a Word file whose header and signature are tables, with a picture and a data table', async () => {
    const bytes = await docxWithTables({
      left: ['UBND TỈNH CAO BẰNG', '**BAN DÂN TỘC**', 'Số: 05/KH-BDT'],
      right: ['**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**', '**Độc lập - Tự do - Hạnh phúc**', 'Cao Bằng, ngày 05 tháng 01 năm 2024'],
      body: ['**KẾ HOẠCH**', '**Phát động phong trào thi đua năm 2024**', 'Ban Dân tộc phát động phong trào thi đua với chủ đề **“Đoàn kết, đổi mới”**.', '**I. NỘI DUNG**', '**1. Thi đua hoàn thành nhiệm vụ.**', '**II. MỤC TIÊU**', '1. Phấn đấu 100% công chức hoàn thành tốt nhiệm vụ.'],
      footLeft: ['**Nơi nhận:**', '- Lãnh đạo Ban;', '- Lưu: VT, TĐKT.'],
      footRight: ['**KT. TRƯỞNG BAN**', '**PHÓ TRƯỞNG BAN**', '(Đã ký)', '**Nông Thị Hoa**'],
    });
    const source = await readSource(bytes, 'ke-hoach.docx');
    const result = importDocument(source, 'ke-hoach.docx', CONTEXT);
    expect(withoutMetric(splitMdx(result.mdx).data)).toEqual({
      role: 'launch', year: 2024, documentType: 'KẾ HOẠCH', subject: 'Phát động phong trào thi đua năm 2024', number: '05', symbol: 'KH-BDT',
      issuer: 'ban-dan-toc-cao-bang', place: 'Cao Bằng', issued: '2024-01-05', theme: 'Đoàn kết, đổi mới',
      signer: { prefix: 'KT.', onBehalfOf: 'TRƯỞNG BAN', position: 'PHÓ TRƯỞNG BAN', name: 'Nông Thị Hoa' },
      recipients: ['Lãnh đạo Ban;', 'Lưu: VT, TĐKT.'],
      // "(Đã ký)" is printed on the copy: kept among the foot's lines, never dropped.
      footLines: ['(Đã ký)'],
      targets: [{ item: 1, comparator: 'eq', value: 100, unit: 'percent' }],
    });
    expect(result.newUnits).toEqual([]);
    expect(source.notices.join('\n')).toContain('Bỏ qua 1 hình ảnh');
    expect(result.body).toContain('## I. NỘI DUNG');
    expect(result.body).toContain('1. **Thi đua hoàn thành nhiệm vụ.**');
    expect(result.body).toContain('Hoàn thành nhiệm vụ');
    expect(result.body).toContain('100%');
  });

  it("rebuilds Word's automatic numbering: I., II. for capitalised headings, then 1., 2., then a), b)", () => {
    const html = '<ol><li>NỘI DUNG<ol><li>Thi đua tốt.<ol><li>Điểm một</li><li>Điểm hai</li></ol></li><li>Học tập tốt.</li></ol></li><li>MỤC TIÊU</li></ol>';
    const text = linesOfMammothHtml(html).lines.map((line) => line.map((run) => run.text).join(''));
    expect(text).toEqual(['I. NỘI DUNG', '1. Thi đua tốt.', 'a) Điểm một', 'b) Điểm hai', '2. Học tập tốt.', 'II. MỤC TIÊU']);
  });
});

describe('joinSplitHeader', () => {
  it('joins a body named by its kind with the locality on the next line, and leaves parent over child alone', () => {
    expect(joinSplitHeader(['ỦY BAN NHÂN DÂN', 'XÃ QUANG HÁN'])).toEqual(['ỦY BAN NHÂN DÂN XÃ QUANG HÁN']);
    expect(joinSplitHeader(['UBND TỈNH CAO BẰNG', 'BAN DÂN TỘC'])).toEqual(['UBND TỈNH CAO BẰNG', 'BAN DÂN TỘC']);
    expect(joinSplitHeader(['HUYỆN ỦY TRÀ LĨNH'])).toEqual(['HUYỆN ỦY TRÀ LĨNH']);
  });
});

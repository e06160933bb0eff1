import { describe, expect, it } from 'vitest';
import { parseOutline, sectionRole } from '../../../src/lib/outline';
import { CAMPAIGN_2023, bodyOf } from '../../support/seed';

describe('parseOutline on the 2023 seed', () => {
  const outline = parseOutline(bodyOf(CAMPAIGN_2023));
  const [contents, targets] = outline.sections;

  it('finds the preamble and the two Roman-numbered sections', () => {
    expect(outline.preamble).toHaveLength(1);
    expect(outline.preamble[0].text).toMatch(/^Phát huy những kết quả/);
    expect(outline.sections.map((s) => [s.numeral, s.title, s.role, s.anchor])).toEqual([
      ['I', 'NỘI DUNG', 'contents', 'noi-dung'],
      ['II', 'MỤC TIÊU', 'targets', 'muc-tieu'],
    ]);
  });

  it('lists the eight contents and six targets with stable anchors', () => {
    expect(contents.items.map((i) => i.anchor)).toEqual([1, 2, 3, 4, 5, 6, 7, 8].map((n) => `noi-dung-${n}`));
    expect(targets.items.map((i) => i.anchor)).toEqual([1, 2, 3, 4, 5, 6].map((n) => `muc-tieu-${n}`));
  });

  it('keeps item text verbatim, without Markdown and without the number', () => {
    expect(contents.items[0].text).toMatch(/^Tiếp tục thực hiện có hiệu quả Chỉ thị số 34-CT\/TW ngày 7\/4\/2014/);
    expect(contents.items[0].text).toContain('“tiếp tục đổi mới công tác thi đua, khen thưởng”');
    expect(contents.items[0].text).not.toContain('**');
    expect(targets.items[0].text).toBe('Phần đầu hoàn thành 100% chương trình, kế hoạch công tác năm 2023 của Ban đã đề ra.');
  });

  it('keeps the closing paragraph as a paragraph of the last section, not an item', () => {
    expect(targets.paragraphs).toHaveLength(1);
    expect(targets.paragraphs[0].text).toMatch(/^Trên cơ sở nội dung phát động.*năm 2023\.\/\.$/);
  });

  it('reports source offsets and lines that point at the item', () => {
    const body = bodyOf(CAMPAIGN_2023);
    const item = targets.items[4];
    expect(body.slice(item.start, item.end)).toMatch(/^5\. 100% thủ tục hành chính/);
    expect(body.split('\n')[item.line - 1]).toMatch(/^5\. 100%/);
  });
});

describe('parseOutline on other documents', () => {
  it('keeps numbers as printed when the source skips one', () => {
    const outline = parseOutline('## I. NỘI DUNG\n\n1. Một.\n\n2. Hai.\n\n4. Bốn.\n');
    expect(outline.sections[0].items.map((i) => [i.number, i.anchor])).toEqual([
      [1, 'noi-dung-1'],
      [2, 'noi-dung-2'],
      [4, 'noi-dung-4'],
    ]);
  });

  it('reads items written as paragraphs with an escaped number', () => {
    const outline = parseOutline('## II. MỤC TIÊU\n\n1\\. Phấn đấu 100% công chức hoàn thành tốt nhiệm vụ.\n\n2\\. Ít nhất 01 tập thể.\n');
    expect(outline.sections[0].items.map((i) => [i.number, i.text])).toEqual([
      [1, 'Phấn đấu 100% công chức hoàn thành tốt nhiệm vụ.'],
      [2, 'Ít nhất 01 tập thể.'],
    ]);
  });

  it('goes by numbering level, whatever the section names', () => {
    const outline = parseOutline(
      [
        '## I. MỤC ĐÍCH, YÊU CẦU',
        '1. Động viên.',
        '## II. NỘI DUNG THI ĐUA',
        '1. Thi đua.',
        '## III. CHỈ TIÊU',
        '1. 95% công chức.',
        '## IV. TỔ CHỨC THỰC HIỆN',
        'Các phòng tổ chức thực hiện.',
      ].join('\n\n'),
    );
    expect(outline.sections.map((s) => [s.numeral, s.role, s.anchor])).toEqual([
      ['I', 'other', 'muc-dich-yeu-cau'],
      ['II', 'contents', 'noi-dung'],
      ['III', 'targets', 'muc-tieu'],
      ['IV', 'other', 'to-chuc-thuc-hien'],
    ]);
    expect(outline.sections[2].items[0].anchor).toBe('muc-tieu-1');
  });

  it('accepts a section heading written as a paragraph in capitals, but not a sentence starting with I', () => {
    const outline = parseOutline('I. NỘI DUNG\n\n1. Một.\n\nI. Đây là câu thường.\n');
    expect(outline.sections).toHaveLength(1);
    expect(outline.sections[0].paragraphs[0].text).toBe('I. Đây là câu thường.');
  });

  it('reads lettered points, with đ after d and its own anchor', () => {
    const outline = parseOutline('## I. NỘI DUNG\n\n1. Các nội dung:\n\n   a) Một;\n\n   d) Bốn;\n\n   đ) Năm.\n');
    const points = outline.sections[0].items[0].points;
    expect(points.map((p) => [p.letter, p.anchor, p.text])).toEqual([
      ['a', 'noi-dung-1-a', 'Một;'],
      ['d', 'noi-dung-1-d', 'Bốn;'],
      ['đ', 'noi-dung-1-dd', 'Năm.'],
    ]);
  });

  it('gives repeated section names distinct anchors', () => {
    const outline = parseOutline('## I. NỘI DUNG\n\n1. A.\n\n## II. NỘI DUNG\n\n1. B.\n');
    expect(outline.sections.map((s) => s.anchor)).toEqual(['noi-dung', 'noi-dung-2']);
    expect(outline.sections[1].items[0].anchor).toBe('noi-dung-2-1');
  });

  it('treats a body without sections as all preamble', () => {
    const outline = parseOutline('Một đoạn.\n\nĐoạn thứ hai.\n');
    expect(outline.sections).toEqual([]);
    expect(outline.preamble.map((p) => p.text)).toEqual(['Một đoạn.', 'Đoạn thứ hai.']);
  });

  it('normalises decomposed (NFD) input to NFC', () => {
    const outline = parseOutline('## I. NỘI DUNG\n\n1. Thi đua.\n'.normalize('NFD'));
    expect(outline.sections[0].title).toBe('NỘI DUNG');
    expect(outline.sections[0].items[0].text).toBe('Thi đua.');
  });
});

describe('sectionRole', () => {
  it.each([
    ['NỘI DUNG', 'contents'],
    ['NỘI DUNG THI ĐUA', 'contents'],
    ['MỤC TIÊU', 'targets'],
    ['CHỈ TIÊU THI ĐUA', 'targets'],
    ['Muc tieu', 'targets'],
    ['MỤC ĐÍCH, YÊU CẦU', 'other'],
    ['HÌNH THỨC, TIÊU CHUẨN KHEN THƯỞNG', 'other'],
  ] as const)('%s → %s', (title, role) => {
    expect(sectionRole(title)).toBe(role);
  });
});

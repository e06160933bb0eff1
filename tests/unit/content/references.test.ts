import { describe, expect, it } from 'vitest';
import { checkCampaignBody } from '../../../src/lib/content/campaign-rules';
import { formatProblems, lineOfField } from '../../../src/lib/content/format';
import { checkReferences } from '../../../src/lib/content/references';
import { parseOutline } from '../../../src/lib/outline';
import { campaignEntry, contentSet, directiveEntry, titleEntry } from '../../support/content';

describe('checkReferences', () => {
  it('passes a consistent set', () => {
    const set = contentSet({
      campaigns: [campaignEntry()],
      directives: [directiveEntry('luat-15-2003-qh11', { status: 'replaced', replacedBy: 'luat-06-2022-qh15' }), directiveEntry('luat-06-2022-qh15')],
      titles: [titleEntry('tap-the-lao-dong-xuat-sac', { basis: ['luat-06-2022-qh15'] })],
    });
    expect(checkReferences(set)).toEqual([]);
  });

  it('names the file and field of a campaign whose issuer unit does not exist', () => {
    const [problem, ...rest] = checkReferences(contentSet({ campaigns: [campaignEntry({ issuer: 'ban-dan-toc-ha-giang' })] }));
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ file: 'content/campaigns/2023/phat-dong.mdx', field: 'issuer', found: '"ban-dan-toc-ha-giang"' });
    expect(problem.expected).toContain('content/units/');
    expect(problem.fix).toContain('content/units/ban-dan-toc-ha-giang.yaml');
  });

  it('names a directive replaced by one that does not exist', () => {
    const problems = checkReferences(contentSet({ directives: [directiveEntry('luat-15-2003-qh11', { status: 'replaced', replacedBy: 'luat-99-2099-qh99' })] }));
    expect(problems).toMatchObject([{ file: 'content/directives/luat-15-2003-qh11.yaml', field: 'replacedBy', found: '"luat-99-2099-qh99"' }]);
  });

  it('requires replacedBy when status says replaced', () => {
    const problems = checkReferences(contentSet({ directives: [directiveEntry('luat-15-2003-qh11', { status: 'replaced' })] }));
    expect(problems).toMatchObject([{ field: 'replacedBy', found: 'không có' }]);
  });

  it('names the catalogue entry whose legal basis is missing', () => {
    const problems = checkReferences(contentSet({ titles: [titleEntry('lao-dong-tien-tien', { basis: ['luat-khong-co'] })] }));
    expect(problems).toMatchObject([{ file: 'content/titles.yaml', field: '[lao-dong-tien-tien].basis[0]', found: '"luat-khong-co"' }]);
  });

  it('names the honour row whose unit does not exist', () => {
    const honour = {
      id: '2023',
      filePath: 'content/honours/2023.yaml',
      data: {
        year: 2023,
        decisions: [{ issued: '2024-01', issuer: 'Trưởng ban', rows: [{ title: 'Tập thể lao động xuất sắc', recipient: { kind: 'collective' as const, unit: 'phong-khong-co' } }] }],
      },
    };
    const problems = checkReferences(contentSet({ honours: [honour] }));
    expect(problems).toMatchObject([{ file: 'content/honours/2023.yaml', field: 'decisions[0].rows[0].recipient.unit', found: '"phong-khong-co"' }]);
  });

  it('names a unit whose parent does not exist', () => {
    const set = contentSet();
    set.units.push({ id: 'phong-a', filePath: 'content/units/phong-a.yaml', data: { name: 'Phòng A', parent: 'ban-khac', kind: 'division' } });
    expect(checkReferences(set)).toMatchObject([{ file: 'content/units/phong-a.yaml', field: 'parent' }]);
  });
});

describe('checkCampaignBody', () => {
  const body = 'Chủ đề **“Đoàn kết, kỷ cương”** như sau:\n\n## II. MỤC TIÊU\n\n1. Phấn đấu 100% công chức.\n\n2. Ít nhất 01 tập thể.\n';
  /** One annotation per target of that body. */
  const complete = [
    { item: 1, metric: 'Công chức', comparator: 'eq', value: 100, unit: 'percent' },
    { item: 2, metric: 'Tập thể', comparator: 'gte', value: 1, unit: 'count' },
  ];

  it('passes annotations that point at existing targets and a theme quoted in the body', () => {
    const entry = campaignEntry({ theme: 'Đoàn kết, kỷ cương', targets: complete }, body);
    expect(checkCampaignBody(entry, parseOutline(body))).toEqual([]);
  });

  it('reports a target of the text without its annotation, and a section left empty as scaffolded', () => {
    const missing = checkCampaignBody(campaignEntry({ targets: [] }, body), parseOutline(body), 10);
    expect(missing.map((problem) => [problem.field, problem.found])).toEqual([
      ['targets', 'mục tiêu 1 chưa có chú thích'],
      ['targets', 'mục tiêu 2 chưa có chú thích'],
    ]);
    const scaffold = '## I. NỘI DUNG\n\n## II. MỤC TIÊU\n';
    const empty = checkCampaignBody(campaignEntry({ targets: [] }, scaffold), parseOutline(scaffold), 10);
    expect(empty.map((problem) => [problem.field, problem.line])).toEqual([
      ['nội dung', 11],
      ['nội dung', 13],
    ]);
  });

  it('reports a target annotation for an item the body does not have', () => {
    const entry = campaignEntry({ targets: [{ item: 7, metric: 'Mục bảy', qualitative: true }] }, body);
    const [problem] = checkCampaignBody(entry, parseOutline(body));
    expect(problem).toMatchObject({ field: 'targets[0].item', found: '7' });
    expect(problem.expected).toContain('(1, 2)');
  });

  it('reports a theme the body does not quote, with the body line', () => {
    const entry = campaignEntry({ theme: 'Một chủ đề khác', targets: complete }, body);
    expect(checkCampaignBody(entry, parseOutline(body), 20)).toMatchObject([{ field: 'theme', line: 21 }]);
  });

  it('accepts the theme with the other tone placement (hoá/hóa)', () => {
    const entry = campaignEntry({ theme: 'Văn hoá công sở' }, 'Chủ đề “Văn hóa công sở”.');
    expect(checkCampaignBody(entry, parseOutline(entry.body ?? ''))).toEqual([]);
  });

  it('reports a file stored under another year', () => {
    const entry = campaignEntry({ year: 2024, targets: complete }, body);
    expect(checkCampaignBody(entry, parseOutline(body))).toMatchObject([{ field: 'year', found: '2024' }]);
  });
});

describe('error report', () => {
  it('finds the line of a nested field', () => {
    const yaml = 'role: launch\nsigner:\n  position: TRƯỞNG BAN\n  name: Bế Văn Hùng\nname: x\n';
    expect(lineOfField(yaml, 'signer.name')).toBe(4);
    expect(lineOfField(yaml, 'role')).toBe(1);
    expect(lineOfField(yaml, 'targets[0].item')).toBeUndefined();
  });

  it('finds the n-th entry of a list, and stops at the end of that list', () => {
    const yaml = 'recipients:\n  - A\n  - B\ntargets:\n  - item: 1\n    metric: x\n  - item: 2\n    metric: y\nsigner:\n  position: P\n';
    expect(lineOfField(yaml, 'targets[1]')).toBe(7);
    expect(lineOfField(yaml, 'targets[1].metric')).toBe(8);
    expect(lineOfField(yaml, 'recipients[1]')).toBe(3);
    expect(lineOfField(yaml, 'recipients[2]')).toBe(1);
  });

  it('finds a catalogue entry by its id', () => {
    const yaml = '- id: a\n  basis: [x]\n- id: lao-dong-tien-tien\n  name: L\n  basis: [y]\n';
    expect(lineOfField(yaml, '[lao-dong-tien-tien].basis[0]')).toBe(5);
  });

  it('prints file:line, field, expected, found and fix', () => {
    const text = formatProblems([{ file: 'content/x.mdx', line: 9, field: 'issuer', expected: 'A', found: '"b"', fix: 'Sửa.' }]);
    expect(text).toBe('Nội dung chưa hợp lệ (1 lỗi):\n\ncontent/x.mdx:9 — trường "issuer"\n  Cần:  A\n  Thấy: "b"\n  Sửa:  Sửa.');
  });
});

describe('checkCampaignBody against the target wording', () => {
  const body = '## II. MỤC TIÊU\n\n1. Phấn đấu 100% công chức hoàn thành tốt nhiệm vụ.\n\n2. Có ít nhất 01 tập thể đạt “Tập thể lao động xuất sắc”.\n';

  it('accepts annotations that agree with the wording', () => {
    const targets = [
      { item: 1, metric: 'Công chức hoàn thành tốt', comparator: 'eq', value: 100, unit: 'percent' },
      { item: 2, metric: 'Tập thể xuất sắc', comparator: 'gte', value: 1, unit: 'count', title: 'Tập thể Lao động xuất sắc' },
    ];
    expect(checkCampaignBody(campaignEntry({ targets }, body), parseOutline(body))).toEqual([]);
  });

  it('reports an annotation whose value contradicts the wording, at the target line', () => {
    const targets = [
      { item: 1, metric: 'Công chức hoàn thành tốt', comparator: 'eq', value: 95, unit: 'percent' },
      { item: 2, metric: 'Tập thể xuất sắc', comparator: 'gte', value: 1, unit: 'count', title: 'Tập thể Lao động xuất sắc' },
    ];
    const problems = checkCampaignBody(campaignEntry({ targets }, body), parseOutline(body), 10);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ field: 'targets[0].value' });
    expect(problems[0].fix).toContain('dòng 13');
    expect(problems[0].found).toMatch(/^value: .*95.*100/);
  });
});

describe('checkCampaignBody on citations', () => {
  it('reports a short citation with no full citation before it, at its line', () => {
    const body = 'Mở đầu.\n\n## I. NỘI DUNG\n\n1. Học tập tốt Chỉ thị số 05 của Bộ Chính trị.\n';
    const problems = checkCampaignBody(campaignEntry({}, body), parseOutline(body), 30);
    expect(problems).toMatchObject([{ field: 'nội dung', line: 35, found: '"Chỉ thị số 05 của Bộ Chính trị"' }]);
    expect(problems[0].fix).toContain('Chỉ thị số 5');
  });

  it('accepts the short form after the full citation', () => {
    const body = '1. Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị.\n\n2. Tiếp tục học tập Chỉ thị số 05.\n';
    expect(checkCampaignBody(campaignEntry({}, body), parseOutline(body))).toEqual([]);
  });
});

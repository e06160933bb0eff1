/** Emulation blocs as content: the schema, each rule on a planted mistake, and the check naming file, line and field. */
import { rmSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkBlocs, checkRanks } from '../../../src/lib/blocs/check';
import { blocSchema } from '../../../src/schemas/bloc';
import { unitSchema } from '../../../src/schemas/unit';
import { campaignEntry, contentSet } from '../../support/content';
import { runScript, tempContent } from '../../support/importer';

const unit = (id: string) => ({ id, filePath: `content/units/${id}.yaml`, data: unitSchema.parse({ name: id }) });
const UNITS = ['ubnd-tinh', 'ban-dan-toc', 'so-noi-vu', 'van-phong-ubnd'].map(unit);

function bloc(year: Record<string, unknown>, more: Record<string, unknown> = {}) {
  const data = blocSchema.parse({ name: 'Khối thi đua các cơ quan tham mưu tổng hợp', establishedBy: 'ubnd-tinh', years: [{ year: 2023, members: ['ban-dan-toc', 'so-noi-vu', 'van-phong-ubnd'], head: 'so-noi-vu', deputy: 'ban-dan-toc', ...year }], ...more });
  return { id: 'khoi', filePath: 'content/blocs/khoi.yaml', data };
}

const fields = (year: Record<string, unknown>, more: Record<string, unknown> = {}) =>
  checkBlocs(contentSet({ units: UNITS, blocs: [bloc(year, more)], campaigns: [campaignEntry({ year: 2023 }, '', '2023/giao-uoc')] })).map((problem) => problem.field);

describe('emulation bloc rules', () => {
  it('reports a body in two blocs the same year, at the second bloc, and lets it move bloc the next year', () => {
    const second = (years: Record<string, unknown>[]) => ({ id: 'khoi-2', filePath: 'content/blocs/khoi-2.yaml', data: blocSchema.parse({ name: 'Khối thi đua các cơ quan nội chính', establishedBy: 'ubnd-tinh', years }) });
    const check = (years: Record<string, unknown>[]) => checkBlocs(contentSet({ units: UNITS, blocs: [bloc({}), second(years)], campaigns: [] }));
    const problems = check([{ year: 2023, members: ['ubnd-tinh', 'so-noi-vu'], head: 'ubnd-tinh' }]);
    expect(problems.map((problem) => [problem.file, problem.field, problem.found])).toEqual([['content/blocs/khoi-2.yaml', 'years[0].members[1]', '"so-noi-vu" năm 2023 cũng là thành viên của content/blocs/khoi.yaml']]);
    expect(problems[0].fix).toContain('chuyển khối');
    expect(check([{ year: 2024, members: ['ubnd-tinh', 'so-noi-vu'], head: 'ubnd-tinh' }])).toEqual([]);
  });

  it('accepts a bloc year whose bodies exist, with its covenant and a full ranking', () => {
    expect(fields({ covenant: '2023/giao-uoc', outcome: { decidedBy: 'Biên bản bình xét ngày 15/12/2023', ranking: [{ unit: 'so-noi-vu', rank: 1, score: 98 }, { unit: 'ban-dan-toc', rank: 2 }, { unit: 'van-phong-ubnd', rank: 3 }], proposedForFlag: ['so-noi-vu'], proposedForCommendation: ['ban-dan-toc'] } })).toEqual([]);
  });

  it.each([
    ['a member that is not a unit', { members: ['ban-dan-toc', 'so-noi-vu', 'so-khong-co'] }, 'years[0].members[2]'],
    ['a member twice', { members: ['ban-dan-toc', 'so-noi-vu', 'ban-dan-toc'] }, 'years[0].members[2]'],
    ['a head who is not a member', { head: 'ubnd-tinh' }, 'years[0].head'],
    ['a deputy who is not a member', { deputy: 'ubnd-tinh' }, 'years[0].deputy'],
    ['the head as deputy', { deputy: 'so-noi-vu' }, 'years[0].deputy'],
    ['a covenant that is not a document', { covenant: '2023/khong-co' }, 'years[0].covenant'],
    ['a proposed unit that is not a member', { outcome: { decidedBy: 'Biên bản', proposedForFlag: ['ubnd-tinh'] } }, 'years[0].outcome.proposedForFlag[0]'],
    ['a ranked unit that is not a member', { outcome: { decidedBy: 'Biên bản', ranking: [{ unit: 'ubnd-tinh', rank: 1 }] } }, 'years[0].outcome.ranking[0].unit'],
    ['a gap in the ranks', { outcome: { decidedBy: 'Biên bản', ranking: [{ unit: 'so-noi-vu', rank: 1 }, { unit: 'ban-dan-toc', rank: 3 }] } }, 'years[0].outcome.ranking'],
    ['a tie the source does not give', { outcome: { decidedBy: 'Biên bản', ranking: [{ unit: 'so-noi-vu', rank: 1 }, { unit: 'ban-dan-toc', rank: 1 }] } }, 'years[0].outcome.ranking'],
  ])('reports %s', (_name, year, field) => {
    expect(fields(year)).toContain(field);
  });

  it('reports a body that set the bloc up but does not exist, and a year written twice', () => {
    expect(fields({}, { establishedBy: 'ubnd-khong-co' })).toContain('establishedBy');
    const twice = blocSchema.parse({ name: 'Khối', establishedBy: 'ubnd-tinh', years: [{ year: 2023, members: ['so-noi-vu'], head: 'so-noi-vu' }, { year: 2023, members: ['so-noi-vu'], head: 'so-noi-vu' }] });
    expect(checkBlocs(contentSet({ units: UNITS, blocs: [{ id: 'k', filePath: 'k.yaml', data: twice }] })).map((p) => p.field)).toContain('years[1].year');
  });

  it('accepts ties the source gives, ranked either way the documents do (1, 1, 3 or 1, 1, 2)', () => {
    expect(checkRanks([1, 1, 3], true, 'r')).toEqual([]);
    expect(checkRanks([1, 1, 2], true, 'r')).toEqual([]);
    expect(checkRanks([1, 1, 4], true, 'r')).toHaveLength(1);
    expect(checkRanks([2, 3], false, 'r')).toHaveLength(1);
  });
});

const folders: string[] = [];
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

describe('npm run check on a bloc file', { timeout: 30_000 }, () => {
  it('reports each planted mistake with the file, the line and the field', async () => {
    const root = tempContent();
    folders.push(root);
    mkdirSync(join(root, 'blocs'));
    const file = join(root, 'blocs/khoi-cqtmth.yaml');
    writeFileSync(
      file,
      [
        'name: Khối thi đua các cơ quan tham mưu tổng hợp',
        'establishedBy: ubnd-tinh-cao-bang',
        'years:',
        '  - year: 2023',
        '    members: [ban-dan-toc-cao-bang, so-khong-co]',
        '    head: ubnd-tinh-cao-bang',
        '    covenant: 2023/giao-uoc-khong-co',
        '    outcome:',
        '      decidedBy: Biên bản họp bình xét ngày 15/12/2023',
        '      ranking:',
        '        - { unit: ban-dan-toc-cao-bang, rank: 1 }',
        '        - { unit: so-khong-co, rank: 3 }',
        '      proposedForFlag: [ubnd-tinh-cao-bang]',
        '',
      ].join('\n'),
    );
    const result = await runScript('src/cli/check.ts', [], { THI_DUA_CONTENT: root });
    expect(result.code).toBe(1);
    for (const [line, field] of [
      [5, 'years[0].members[1]'],
      [6, 'years[0].head'],
      [7, 'years[0].covenant'],
      [10, 'years[0].outcome.ranking'],
      [13, 'years[0].outcome.proposedForFlag[0]'],
    ] as const) {
      expect(result.stderr).toContain(`${file}:${line} — trường "${field}"`);
    }
  });
});

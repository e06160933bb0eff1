import { describe, expect, it } from 'vitest';
import { toCampaignDocument } from '../../../src/lib/campaigns/document';
import { checkTargetResults } from '../../../src/lib/content/target-results';
import { loadContentFiles } from '../../../src/lib/content/load-files';
import { buildHonourBoards } from '../../../src/lib/honours/board';
import { recurringTargets } from '../../../src/lib/targets/compare';
import { computeFromBoard, divisionsOf, judge, targetResult } from '../../../src/lib/targets/results';

const DEMO = 'tests/fixtures/demo/content';

describe('judge', () => {
  it.each([
    ['eq', 100, 100, 'met'],
    ['eq', 100, 95, 'not-met'],
    ['gte', 2, 3, 'exceeded'],
    ['gte', 2, 2, 'met'],
    ['gte', 95, 91.7, 'not-met'],
    ['gt', 90, 90, 'not-met'],
    ['gt', 90, 90.5, 'met'],
    ['lte', 5, 5, 'met'],
    ['lt', 5, 5, 'not-met'],
  ] as const)('%s %d with %d achieved is %s', (comparator, target, achieved, status) => {
    expect(judge(comparator, target, achieved)).toBe(status);
  });
});

describe('results computed from the illustrative honour boards', () => {
  const { content } = loadContentFiles(DEMO);
  const boards = buildHonourBoards(content.honours, content.titles, content.units);
  const divisions = divisionsOf('ban-dan-toc-minh-hoa', content.units);
  const board = (year: number) => boards.find((candidate) => candidate.year === year)!;
  const facts = (year: number, orHigher: boolean) => ({ board: board(year), titles: content.titles, divisions, orHigher });

  it('counts the collectives holding a title: 2022, “ít nhất 02 tập thể đạt Tập thể lao động xuất sắc” is met with 2', () => {
    const annotation = { item: 4, metric: 'x', qualitative: false, comparator: 'gte' as const, value: 2, unit: 'count' as const, title: 'Tập thể lao động xuất sắc' };
    expect(computeFromBoard(annotation, facts(2022, false))?.value).toBe(2);
    expect(targetResult(annotation, facts(2022, false))).toMatchObject({ status: 'met', value: 2, source: 'computed' });
    expect(targetResult({ ...annotation, value: 3 }, facts(2022, false))).toMatchObject({ status: 'not-met', value: 2 });
  });

  it('takes the share of divisions holding a title or a higher one when the target says “trở lên”', () => {
    const annotation = { item: 3, metric: 'x', qualitative: false, comparator: 'eq' as const, value: 100, unit: 'percent' as const, title: 'Tập thể lao động tiên tiến' };
    expect(divisions).toHaveLength(4);
    expect(computeFromBoard(annotation, facts(2023, true))).toMatchObject({ value: 100 });
    expect(computeFromBoard(annotation, facts(2023, false))).toMatchObject({ value: 25 });
    expect(targetResult(annotation, facts(2023, false)).status).toBe('not-met');
  });

  it('cannot compute a target about people, and then shows what staff recorded, or not yet assessed', () => {
    const annotation = { item: 3, metric: 'x', qualitative: false, comparator: 'gte' as const, value: 95, unit: 'percent' as const, title: 'Lao động tiên tiến' };
    expect(computeFromBoard(annotation, facts(2022, false))).toBeNull();
    expect(targetResult(annotation, facts(2022, false))).toEqual({ status: 'unassessed', value: null, source: 'none' });
    expect(targetResult({ ...annotation, result: { status: 'not-met', value: 91.7 } }, facts(2022, false))).toMatchObject({ status: 'not-met', value: 91.7, source: 'recorded' });
  });

  it('accepts the illustrative results as they are', () => {
    expect(checkTargetResults(content)).toEqual([]);
  });

  it('reports a recorded result the board contradicts, naming the file and the target', () => {
    const campaign = content.campaigns.find((entry) => entry.id === '2022/phat-dong-thi-dua-2022')!;
    const wrong = { ...campaign, data: { ...campaign.data, targets: campaign.data.targets.map((target) => (target.item === 4 ? { ...target, result: { status: 'met' as const, value: 3 } } : target)) } };
    const problems = checkTargetResults({ ...content, campaigns: [wrong] });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: campaign.filePath, field: 'targets[3].result', found: '3 (đạt)' });
    expect(problems[0].expected).toContain('kết quả mục tiêu 4 theo bảng vàng: 2 (đạt)');
  });

  it('reports a recorded status that its own value contradicts', () => {
    const campaign = content.campaigns.find((entry) => entry.id === '2022/phat-dong-thi-dua-2022')!;
    const wrong = { ...campaign, data: { ...campaign.data, targets: campaign.data.targets.map((target) => (target.item === 3 ? { ...target, result: { status: 'met' as const, value: 91.7 } } : target)) } };
    expect(checkTargetResults({ ...content, campaigns: [wrong] })).toMatchObject([{ field: 'targets[2].result', found: '"met"' }]);
  });

  it('matches recurring targets across years by title and unit, not by wording', () => {
    const documents = content.campaigns.map(toCampaignDocument);
    const rows = recurringTargets(documents);
    const xuatSac = rows.find((row) => row.label === 'Tập thể lao động xuất sắc');
    expect([...(xuatSac?.years.keys() ?? [])].sort()).toEqual([2022, 2024]);
    expect(rows.find((row) => row.label === 'Lao động tiên tiến')?.years.size).toBe(3);
  });
});

import { describe, expect, it } from 'vitest';
import { checkIssueDates } from '../../../src/lib/content/issue-dates';
import { RULES, checkIssueDatesToday } from '../../../src/lib/content/rules';
import type { ContentSet } from '../../../src/lib/content/types';

const TODAY = new Date('2026-12-01T08:00:00Z');
const doc = (year: number, issued: string | null) => ({ id: `${year}/x`, filePath: `content/campaigns/${year}/x.mdx`, data: { year, issued } });
const board = (year: number, ...issued: string[]) => ({ id: String(year), filePath: `content/honours/${year}.yaml`, data: { year, decisions: issued.map((date) => ({ issued: date })) } });
const content = (campaigns: ReturnType<typeof doc>[], honours: ReturnType<typeof board>[] = []) =>
  ({ campaigns, directives: [], honours, units: [], titles: [], blocs: [] }) as unknown as ContentSet;

describe('issue dates that cannot be right', () => {
  it('accepts a launch from late in the year before, and a review or award decision up to two years after', () => {
    expect(checkIssueDates(content([doc(2023, '2022-12-20'), doc(2023, '2023-01'), doc(2023, '2024'), doc(2023, null), doc(2026, '2026-12-01')], [board(2023, '2025-06-11')]), TODAY)).toEqual([]);
  });

  it('refuses a year typed wrong, naming the file, field, campaign year and fix in Vietnamese', () => {
    const problems = checkIssueDates(content([doc(2023, '2013-01-30'), doc(2023, '2026-01-30')], [board(2022, '2022-12-30', '2020-12-30')]), TODAY);
    expect(problems.map((problem) => [problem.file, problem.field, problem.found])).toEqual([
      ['content/campaigns/2023/x.mdx', 'issued', '"2013-01-30"'],
      ['content/campaigns/2023/x.mdx', 'issued', '"2026-01-30"'],
      ['content/honours/2022.yaml', 'decisions[1].issued', '"2020-12-30"'],
    ]);
    expect(problems[0].expected).toContain('2022–2025');
    expect(problems[0].fix).toContain('chuyển tệp sang năm đó');
  });

  it('refuses a date after the day of the build, even a partial one', () => {
    const problems = checkIssueDates(content([doc(2026, '2026-12-15'), doc(2027, '2027')]), TODAY);
    expect(problems.map((problem) => problem.found)).toEqual(['"2026-12-15", ngày ở tương lai', '"2027", ngày ở tương lai']);
    expect(problems[0].expected).toBe('ngày ban hành đã qua (hôm nay là 2026-12-01)');
  });

  it('runs with the build and npm run check', async () => {
    expect(RULES).toContain(checkIssueDatesToday);
    const found = await checkIssueDatesToday(content([doc(2023, '2032-01-30')]), { bodyLineOffset: () => 0 });
    expect(found.map((problem) => problem.found)).toEqual(['"2032-01-30", ngày ở tương lai']);
  });
});

import { describe, expect, it } from 'vitest';
import { checkCycles } from '../../../src/lib/content/cycles';
import { RULES } from '../../../src/lib/content/rules';
import type { ContentSet } from '../../../src/lib/content/types';

const unit = (id: string, parent?: string) => ({ id, filePath: `content/units/${id}.yaml`, data: { name: id, parent } });
const directive = (id: string, replacedBy?: string) => ({ id, filePath: `content/directives/${id}.yaml`, data: { replacedBy } });
const content = (units: ReturnType<typeof unit>[], directives: ReturnType<typeof directive>[] = []) =>
  ({ campaigns: [], directives, honours: [], units, titles: [], blocs: [] }) as unknown as ContentSet;

describe('references that loop back', () => {
  it('reports a unit that is its own parent', () => {
    const problems = checkCycles(content([unit('so-a', 'so-a'), unit('so-b')]));
    expect(problems.map((problem) => [problem.file, problem.field, problem.found])).toEqual([['content/units/so-a.yaml', 'parent', '"parent" là chính tệp này ("so-a")']]);
    expect(problems[0].fix).toContain('Bỏ "parent"');
  });

  it('reports a loop of parents once, naming every unit on it, and not the units that only hang below it', () => {
    const problems = checkCycles(content([unit('phong-c', 'so-b'), unit('so-b', 'ubnd-a'), unit('ubnd-a', 'so-b')]));
    expect(problems).toHaveLength(1);
    expect(problems[0].file).toBe('content/units/so-b.yaml');
    expect(problems[0].found).toBe('vòng so-b → ubnd-a → so-b');
    expect(problems[0].fix).toContain('content/units/so-b.yaml, content/units/ubnd-a.yaml');
  });

  it('reports directives that replace each other', () => {
    const problems = checkCycles(content([], [directive('chi-thi-1', 'chi-thi-2'), directive('chi-thi-2', 'chi-thi-1'), directive('chi-thi-3', 'chi-thi-1')]));
    expect(problems.map((problem) => [problem.file, problem.field, problem.found])).toEqual([['content/directives/chi-thi-1.yaml', 'replacedBy', 'vòng chi-thi-1 → chi-thi-2 → chi-thi-1']]);
  });

  it('passes chains that end, and a parent that does not exist (reported by the reference rule)', () => {
    expect(checkCycles(content([unit('phong-c', 'so-b'), unit('so-b', 'ubnd-a'), unit('ubnd-a'), unit('x', 'khong-co')]))).toEqual([]);
  });

  it('runs with the build and npm run check', () => {
    expect(RULES).toContain(checkCycles);
  });
});

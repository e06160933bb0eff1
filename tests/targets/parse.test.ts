import { describe, expect, it } from 'vitest';
import { parseTarget, parseTargetMeasures } from '../../src/lib/targets/index';
import { parseNumeral } from '../../src/lib/targets/numbers';
import { ALL_CASES, SEED_TARGETS, m } from './cases';

describe('parseTarget: table of target phrases', () => {
  it('has at least 45 rows', () => {
    expect(ALL_CASES.length).toBeGreaterThanOrEqual(45);
  });

  it.each(ALL_CASES.map((row) => [row.name, row] as const))('%s', (_name, row) => {
    const parse = parseTarget(row.text);
    expect(parse).toEqual({
      kind: row.expected === null ? 'qualitative' : 'quantitative',
      measure: row.expected,
      text: row.text.normalize('NFC'),
    });
  });
});

describe('parseTargetMeasures', () => {
  it('keeps the seed\'s "Không có …" sentence as a second top-level measure', () => {
    expect(parseTargetMeasures(SEED_TARGETS[1])).toEqual([
      m('eq', 100, 'percent', 'công chức và người lao động trong cơ quan', 'hoàn thành tốt nhiệm vụ', {
        orHigher: true,
      }),
      m('eq', 0, 'count', 'công chức, người lao động', null),
    ]);
  });

  it('returns nothing for a qualitative target', () => {
    expect(parseTargetMeasures(SEED_TARGETS[3])).toEqual([]);
  });

  it('reports the seed as five quantitative targets and one qualitative', () => {
    expect(SEED_TARGETS.map((text) => parseTarget(text).kind)).toEqual([
      'quantitative',
      'quantitative',
      'quantitative',
      'qualitative',
      'quantitative',
      'quantitative',
    ]);
  });
});

describe('parseNumeral', () => {
  it.each([
    ['01', 1],
    ['100', 100],
    ['95,5', 95.5],
    ['95.5', 95.5],
    ['1.000', 1000],
    ['1.234,5', 1234.5],
    ['1,000,000', 1000000],
  ] as const)('%s → %d', (raw, value) => {
    expect(parseNumeral(raw)).toBe(value);
  });

  it.each(['1,2,3', '1.2.3'])('%s is ambiguous', (raw) => {
    expect(parseNumeral(raw)).toBeNull();
  });
});

describe('robustness', () => {
  // Long runs of what the patterns look for must stay linear (no catastrophic backtracking).
  it.each([
    ['digits and commas', '1,'.repeat(20000) + 'x'],
    ['digits and dots', '9.'.repeat(20000) + '%'],
    ['quotes', '“'.repeat(20000)],
    ['words', 'trong đó '.repeat(5000) + '100%'],
    ['stars', '*'.repeat(50000)],
  ])('%s', (_name, text) => {
    const started = performance.now();
    parseTarget(text);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

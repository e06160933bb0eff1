import { describe, expect, it } from 'vitest';
import { compareAnnotation, parseTarget, titleKey, type TargetAnnotation } from '../../src/lib/targets/index';
import { SEED_TARGETS } from './cases';

const seed1 = parseTarget(SEED_TARGETS[0]);
const seed3 = parseTarget(SEED_TARGETS[2]);
const qualitative = parseTarget(SEED_TARGETS[3]);

describe('compareAnnotation: consistent annotations', () => {
  it.each<[string, ReturnType<typeof parseTarget>, TargetAnnotation]>([
    ['empty annotation', seed3, {}],
    ['full annotation', seed3, { comparator: 'eq', value: 100, unit: 'percent', title: 'Tập thể lao động tiên tiến' }],
    ['title differing in case and quotes', seed3, { title: '“tập thể Lao động tiên tiến”' }],
    ['title without diacritics', seed3, { title: 'Tap the lao dong tien tien' }],
    ["metric is the author's label, not compared", seed1, { metric: 'ty-le-hoan-thanh-ke-hoach', value: 100 }],
    [
      'decimal value',
      parseTarget('Phấn đấu 95,5% hồ sơ được giải quyết đúng hạn.'),
      { value: 95.5, comparator: 'gte' },
    ],
    [
      '"Chiến sỹ" against "Chiến sĩ"',
      parseTarget('Có ít nhất 01 cá nhân đạt Chiến sỹ thi đua cơ sở.'),
      { title: 'Chiến sĩ thi đua cơ sở' },
    ],
    [
      '"văn hoá" against "văn hóa"',
      parseTarget('100% hộ đạt danh hiệu “Gia đình văn hoá”.'),
      { title: 'Gia đình văn hóa' },
    ],
  ])('%s → []', (_name, parse, annotation) => {
    expect(compareAnnotation(parse, annotation)).toEqual([]);
  });
});

describe('compareAnnotation: contradictions name the field, the annotated and the parsed value', () => {
  it('comparator', () => {
    const problems = compareAnnotation(seed1, { comparator: 'gte' });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toBe('comparator: chú thích ghi “gte” (từ … trở lên), văn bản phân tích được “eq” (đúng bằng)');
  });

  it('value, with the Vietnamese decimal comma', () => {
    expect(compareAnnotation(seed1, { value: 95.5 })).toEqual([
      'value: chú thích ghi 95,5, văn bản phân tích được 100',
    ]);
  });

  it('unit', () => {
    expect(compareAnnotation(seed1, { unit: 'count' })).toEqual([
      'unit: chú thích ghi “count” (số lượng), văn bản phân tích được “percent” (tỷ lệ %)',
    ]);
  });

  it('title', () => {
    expect(compareAnnotation(seed3, { title: 'Tập thể lao động xuất sắc' })).toEqual([
      'title: chú thích ghi “Tập thể lao động xuất sắc”, văn bản phân tích được “Tập thể lao động tiên tiến”',
    ]);
  });

  it('title annotated where the text names none', () => {
    expect(compareAnnotation(seed1, { title: 'Lao động tiên tiến' })).toEqual([
      'title: chú thích ghi “Lao động tiên tiến”, văn bản không nêu danh hiệu hay mức xếp loại',
    ]);
  });

  it('one message per contradicting field, consistent fields silent', () => {
    const problems = compareAnnotation(seed3, {
      comparator: 'gt',
      value: 90,
      unit: 'percent',
      title: 'Lao động tiên tiến',
    });
    expect(problems.map((problem) => problem.split(':')[0])).toEqual(['comparator', 'value', 'title']);
  });

  it('figures annotated on a qualitative target', () => {
    expect(compareAnnotation(qualitative, { comparator: 'eq', value: 100, unit: 'percent' })).toEqual([
      'comparator: chú thích ghi “eq” (đúng bằng), văn bản không có chỉ tiêu định lượng',
      'value: chú thích ghi 100, văn bản không có chỉ tiêu định lượng',
      'unit: chú thích ghi “percent” (tỷ lệ %), văn bản không có chỉ tiêu định lượng',
    ]);
  });
});

describe('titleKey', () => {
  it.each([
    ['“Chiến sỹ thi đua cơ sở”', 'chien si thi dua co so'],
    ['**Tập thể Lao động xuất sắc**', 'tap the lao dong xuat sac'],
    ['Trong sạch,  vững mạnh', 'trong sach vung manh'],
    ['Gia đình văn hoá', 'gia dinh van hoa'],
  ])('%s → %s', (title, key) => {
    expect(titleKey(title)).toBe(key);
  });
});

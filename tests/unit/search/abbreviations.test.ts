import { describe, expect, it } from 'vitest';
import { COMMON_ABBREVIATIONS, contractAbbreviations, expandAbbreviations, initials, titleAbbreviations } from '../../../src/lib/search/abbreviations';

const CATALOGUE = [
  ['Chiến sĩ thi đua toàn quốc'],
  ['Cờ thi đua của Chính phủ', 'Cờ thi đua Chính phủ'],
  ['Huân chương Độc lập hạng Nhất'],
  ['Huân chương Độc lập hạng Ba'],
  ['Chiến sĩ thi đua cơ sở', 'Chiến sỹ thi đua cơ sở'],
  ['Tập thể lao động xuất sắc', 'Tập thể Lao động xuất sắc'],
  ['Cờ thi đua của Ủy ban nhân dân tỉnh'],
  ['Lao động tiên tiến'],
  ['Tập thể lao động tiên tiến'],
  ['Bằng khen'],
];

describe("titles' initials", () => {
  it('writes the initials of words as staff do, keeping Đ', () => {
    expect(initials(['Tập', 'thể', 'lao', 'động', 'xuất', 'sắc'])).toBe('TTLĐXS');
  });

  it('knows each name by its initials, and the words two titles begin with, linking words dropped', () => {
    const map = titleAbbreviations(CATALOGUE);
    expect(map).toMatchObject({
      ttldxs: 'Tập thể lao động xuất sắc',
      cstdcs: 'Chiến sĩ thi đua cơ sở',
      ldtt: 'Lao động tiên tiến',
      cstd: 'Chiến sĩ thi đua',
      ttld: 'Tập thể lao động',
      hcdl: 'Huân chương Độc lập',
      ctd: 'Cờ thi đua',
    });
    // Not "Cờ thi đua của" (ends on a linking word), nor a name of two words ("BK": too short to tell from a symbol).
    expect(map.ctdc).toBeUndefined();
    expect(map.bk).toBeUndefined();
    // The first spelling wins: the catalogue's name, not its variant.
    expect(map.cstdcs).toBe('Chiến sĩ thi đua cơ sở');
  });

  it('writes initials out in a query, in any case and without đ, and leaves other words and numbers alone', () => {
    const map = titleAbbreviations(CATALOGUE);
    expect(expandAbbreviations('TTLĐXS 2022', map)).toEqual({ text: 'Tập thể lao động xuất sắc 2022', expanded: [['TTLĐXS', 'Tập thể lao động xuất sắc']] });
    expect(expandAbbreviations('ttldxs', map).text).toBe('Tập thể lao động xuất sắc');
    expect(expandAbbreviations('Sở Tư pháp cstđcs', map).text).toBe('Sở Tư pháp Chiến sĩ thi đua cơ sở');
    expect(expandAbbreviations('chi thi 34 ct tw', map)).toEqual({ text: 'chi thi 34 ct tw', expanded: [] });
  });
});

describe("bodies' initials, both ways", () => {
  it('writes a body written out as its initials, in any case and without marks, once each', () => {
    expect(contractAbbreviations('Ủy ban nhân dân huyện Núi Xanh')).toEqual({ text: 'ubnd huyện Núi Xanh', inserted: ['ubnd'] });
    expect(contractAbbreviations('van phong hoi dong nhan dan va uy ban nhan dan huyen')).toEqual({ text: 'van phong hdnd va ubnd huyen', inserted: ['ubnd', 'hdnd'] });
    expect(contractAbbreviations('Sở Tư pháp')).toEqual({ text: 'Sở Tư pháp', inserted: [] });
  });

  it('writes out a body\'s initials when they are in the map the page is given', () => {
    expect(expandAbbreviations('UBND huyện Núi Xanh', COMMON_ABBREVIATIONS).text).toBe('Ủy ban nhân dân huyện Núi Xanh');
    expect(expandAbbreviations('HĐND', COMMON_ABBREVIATIONS).expanded).toEqual([['HĐND', 'Hội đồng nhân dân']]);
  });
});

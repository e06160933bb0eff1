/** Resolving the title written on a row against the catalogue. */
import { describe, expect, it } from 'vitest';
import { indexTitles, nearestTitles, resolveTitle, titleKey } from '../../../src/lib/honours/catalogue';
import { TITLES } from './factories';

const index = indexTitles(TITLES);

describe('titleKey', () => {
  it.each([
    ['Chiến sỹ thi đua cơ sở', 'Chiến sĩ thi đua cơ sở'],
    ['Tập thể Lao động Xuất sắc', 'tập thể lao động xuất sắc'],
    ['“Lao động tiên tiến”', 'Lao động tiên tiến'],
    ['Danh hiệu “Lao động tiên tiến”', 'Lao động tiên tiến'],
    ['Thôn, tổ dân phố văn hoá', 'Thôn, tổ dân phố văn hóa'],
    ['  Gia   đình  văn hóa ', 'Gia đình văn hóa'],
    ['Gia \u0111i\u0300nh va\u0306n ho\u0301a', 'Gia đình văn hóa'], // NFD input from Word
    ['TẬP THỂ LAO ĐỘNG TIÊN TIẾN', 'Tập thể lao động tiên tiến'],
  ])('gives "%s" the same key as "%s"', (a, b) => {
    expect(titleKey(a)).toBe(titleKey(b));
  });

  it('keeps "Tập thể lao động tiên tiến" apart from "Lao động tiên tiến"', () => {
    expect(titleKey('Tập thể lao động tiên tiến')).not.toBe(titleKey('Lao động tiên tiến'));
  });
});

describe('resolveTitle', () => {
  it.each([
    ['lao-dong-tien-tien', 'lao-dong-tien-tien', 'id'],
    ['Lao động tiên tiến', 'lao-dong-tien-tien', 'name'],
    ['lao động tiên tiến', 'lao-dong-tien-tien', 'name'],
    ['Chiến sỹ thi đua cơ sở', 'chien-si-thi-dua-co-so', 'name'],
    ['Chiến sĩ thi đua cấp cơ sở', 'chien-si-thi-dua-co-so', 'variant'],
    ['Tập thể Lao động xuất sắc', 'tap-the-lao-dong-xuat-sac', 'name'],
    ['Cờ thi đua Chính phủ', 'co-thi-dua-cua-chinh-phu', 'variant'],
    ['Bằng khen của Chủ tịch UBND tỉnh', 'bang-khen-cap-bo-ban-nganh-tinh', 'variant'],
    ['Danh hiệu "Chiến sĩ thi đua cơ sở"', 'chien-si-thi-dua-co-so', 'name'],
  ])('resolves "%s" to %s (by %s)', (written, id, matchedBy) => {
    const resolution = resolveTitle(written, index);
    expect(resolution.entry?.data.id).toBe(id);
    expect(resolution.matchedBy).toBe(matchedBy);
  });

  it('returns no entry and the three nearest canonical names for an unknown title', () => {
    const resolution = resolveTitle('Chiến sĩ thi đua cơ sơ cấp huyện', index);
    expect(resolution.entry).toBeUndefined();
    expect(resolution.suggestions).toHaveLength(3);
    expect(resolution.suggestions?.[0]).toBe('Chiến sĩ thi đua cơ sở');
  });

  it('suggests "Lao động tiên tiến" first for a misspelling', () => {
    expect(resolveTitle('Lao động tiên tiếng', index).entry).toBeUndefined();
    expect(nearestTitles('Lao động tiên tiếng', index)[0]).toBe('Lao động tiên tiến');
  });

  it('resolves a title typed without diacritics (OCR, unaccented keyboards)', () => {
    expect(resolveTitle('Tap the lao dong xuat sac', index).entry?.data.id).toBe('tap-the-lao-dong-xuat-sac');
  });

  it('does not take the annual rating "Hoàn thành xuất sắc nhiệm vụ" for a title', () => {
    expect(resolveTitle('Hoàn thành xuất sắc nhiệm vụ', index).entry).toBeUndefined();
  });

  it('resolves a written title once per catalogue: the same answer for every row that writes it', () => {
    // A title the catalogue does not know: its nearest names are worked out once, not per row.
    const unknown = 'Danh hiệu chưa có trong danh mục';
    const first = resolveTitle(unknown, index);
    expect(first.entry).toBeUndefined();
    expect(resolveTitle(unknown, index)).toBe(first);
    // Another catalogue is another index: its own answer.
    const other = indexTitles(TITLES);
    expect(resolveTitle(unknown, other)).not.toBe(first);
    expect(resolveTitle(unknown, other)).toEqual(first);
  });
});

/** Acceptance: the seed document gives exactly its six citations; the labelled set stays above 0.9 precision and recall. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractCitations } from '../../src/lib/citations/index';
import { evaluateFixtures, totals } from '../../src/cli/eval-citations';
import { full, named, project } from './factories';

const SEED = resolve(process.cwd(), 'tests/fixtures/seed/phat-dong-thi-dua-2023-ban-dan-toc-cao-bang.txt');

describe('seed document (Ban Dân tộc Cao Bằng, 2023)', () => {
  const text = readFileSync(SEED, 'utf8');
  const found = extractCitations(text);

  it('finds exactly the three directives, the Party Congress resolution and the two laws', () => {
    const expected = [
      full('Chỉ thị', '34-CT/TW', '2014-04-07', 'Bộ Chính trị', { key: 'chi-thi-34-ct-tw', subject: 'tiếp tục đổi mới công tác thi đua, khen thưởng' }),
      full('Chỉ thị', '19/CT-TTg', '2021-07-16', 'Thủ tướng Chính phủ', { key: 'chi-thi-19-ct-ttg' }),
      named('Nghị quyết', 'Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng', 'nghi-quyet-dai-hoi-dai-bieu-toan-quoc-lan-thu-xiii-cua-dang'),
      named('Luật', 'Luật phòng, chống tham nhũng', 'luat-phong-chong-tham-nhung'),
      named('Luật', 'Luật thực hành tiết kiệm, chống lãng phí', 'luat-thuc-hanh-tiet-kiem-chong-lang-phi'),
      full('Chỉ thị', '05-CT/TW', '2016-05-15', 'Bộ Chính trị', { key: 'chi-thi-05-ct-tw' }),
    ];
    expect(project(found, expected)).toEqual(expected);
  });

  it('points every span at the original characters', () => {
    for (const c of found) expect(text.slice(c.start, c.end)).toBe(c.text);
    expect(found[0].text).toBe('Chỉ thị số 34-CT/TW ngày 7/4/2014 của Bộ Chính trị');
  });
});

describe('labelled evaluation set', () => {
  it('keeps precision and recall (key + date) at 0.9 or above', () => {
    const scores = evaluateFixtures();
    expect(scores.length).toBeGreaterThanOrEqual(10);
    const t = totals(scores);
    expect(t.precision).toBeGreaterThanOrEqual(0.9);
    expect(t.recall).toBeGreaterThanOrEqual(0.9);
  });
});

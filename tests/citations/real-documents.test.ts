/**
 * The extractor on copies modelled on real public documents (tests/fixtures/real): the four
 * classes of mistakes they showed, each on the document that showed it, and the set's figures.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CITATION_SETS, evaluateFixtures, totals } from '../../src/cli/eval-citations';
import { extractCitations } from '../../src/lib/citations/index';

const DIR = resolve('tests/fixtures/real/docs');
const textOf = (prefix: string) => readFileSync(join(DIR, readdirSync(DIR).find((file) => file.startsWith(prefix) && file.endsWith('.txt'))!), 'utf8');
const keys = (text: string) => extractCitations(text).map((c) => c.key);

describe('citations on the real-document set', () => {
  it('keeps precision and recall at 0.95 or more (key and date) on each labelled set', () => {
    for (const { dir, labels } of Object.values(CITATION_SETS)) {
      const t = totals(evaluateFixtures(dir, labels));
      expect(t.expected).toBeGreaterThan(100);
      expect(t.precision).toBeGreaterThanOrEqual(0.95);
      expect(t.recall).toBeGreaterThanOrEqual(0.95);
    }
  });

  it('binds a defined short name only when it names a document (04 Thanh Hóa: "sau đây viết tắt là Phong trào thi đua")', () => {
    const text = textOf('04-');
    expect(text).toContain('(sau đây viết tắt là Phong trào thi đua)');
    // Each later "Phong trào thi đua" was a link to Decision 923; now only the decision's own mentions are.
    const labelled = (JSON.parse(readFileSync(join(DIR, readdirSync(DIR).find((file) => file.startsWith('04-') && file.endsWith('.citations.json'))!), 'utf8')) as { symbol: string | null }[]).filter((c) => c.symbol === '923/QĐ-TTg');
    expect(keys(text).filter((key) => key === 'quyet-dinh-923-qd-ttg')).toHaveLength(labelled.length);
    expect(extractCitations(text).some((c) => /^Phong trào thi đua$/i.test(c.text))).toBe(false);
    // A short name that does name a document still binds.
    const defined = 'Quyết định số 923/QĐ-TTg ngày 14/5/2025 của Thủ tướng Chính phủ (sau đây gọi tắt là Quyết định 923). Thực hiện Quyết định 923, ...';
    expect(keys(defined)).toEqual(['quyet-dinh-923-qd-ttg', 'quyet-dinh-923-qd-ttg']);
  });

  it("never cites the document itself: its header number, a portal's metadata and title line, its annex, a news item's subject", () => {
    const phuYen = extractCitations(textOf('13-'));
    expect(phuYen.map((c) => c.key)).not.toContain('quyet-dinh-31-2020-qd-ubnd');
    // With the portal's title line gone, the decision it amends is first cited in full, so later mentions carry its date.
    expect(phuYen.filter((c) => c.key === 'quyet-dinh-13-2018-qd-ubnd').map((c) => c.date)).toEqual(['2018-04-27', '2018-04-27', '2018-04-27']);
    expect(keys(textOf('11-'))).not.toContain('quyet-dinh-722-qd-ttg');
    expect(keys(textOf('07-'))).not.toContain('chi-thi-08-ct-ubnd');
    expect(keys(textOf('05-'))).not.toContain('huong-dan-28-hd-tdkt');
    expect(keys(textOf('04-'))).not.toContain('luat-vui-long-lua-chon');
  });

  it('cites the laws named inside an amending law (19, a school decision)', () => {
    const school = extractCitations(textOf('19-'));
    const amending = school.findIndex((c) => c.key.startsWith('luat-sua-doi-bo-sung'));
    expect(school[amending + 1]).toMatchObject({ key: 'luat-thi-dua-khen-thuong-2003', date: '2003-11-26' });
    expect(school[amending].end).toBeLessThanOrEqual(school[amending + 1].start);
  });

  it('matches a name with letters dropped by the source to the known name, keeping the source in the text (01 Nghệ An)', () => {
    const found = extractCitations(textOf('01-')).filter((c) => c.form === 'name' && c.kind === 'Nghị quyết');
    expect(found.length).toBeGreaterThan(1);
    expect(new Set(found.map((c) => c.key))).toEqual(new Set(['nghi-quyet-dai-hoi-dai-bieu-toan-quoc-lan-thu-xiii-cua-dang']));
    expect(found.some((c) => c.text.includes('đại biu toàn quc'))).toBe(true);
  });
});

/**
 * Award annexes modelled on real decisions the honours importer had never seen
 * (tests/fixtures/honours/held-out): the shapes they showed, each on the annex that showed it, and
 * the set's rows as a floor. First measured before any change for them (helper script, the CLI
 * with the demo catalogue): 6 of 77 rows right, 5 annexes refused at first.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAnnex, type AnnexRow } from '../../../src/lib/honours/annex';
import { resolveTitle } from '../../../src/lib/honours/catalogue';
import { slugify } from '../../../src/lib/text/fold';
import { loadDemoContent } from './demo-content';
import { indexTitles } from '../../../src/lib/honours/catalogue';

const DIR = 'tests/fixtures/honours/held-out';
const titles = indexTitles(loadDemoContent().titles);
const annex = (prefix: string) => parseAnnex(readFileSync(join(DIR, readdirSync(DIR).find((file) => file.startsWith(prefix) && file.endsWith('.txt'))!), 'utf8'), titles);
const titleId = (text: string) => resolveTitle(text, titles).entry?.data.id;
const nameOf = (row: AnnexRow) => row.name ?? row.unit ?? '';

interface Labelled {
  rows: { title: string; kind: AnnexRow['kind']; name: string }[];
}

/** Rows whose title (as the catalogue resolves it), kind and name are what the annex lists. */
function rightRows(prefix: string): { right: number; expected: number } {
  const file = readdirSync(DIR).find((name) => name.startsWith(prefix) && name.endsWith('.rows.json'))!;
  const labels = JSON.parse(readFileSync(join(DIR, file), 'utf8')) as Labelled;
  const rows = [...annex(prefix).rows];
  let right = 0;
  for (const expected of labels.rows) {
    const at = rows.findIndex((row) => slugify(nameOf(row)) === slugify(expected.name));
    if (at < 0) continue;
    const [row] = rows.splice(at, 1);
    if (row.kind === expected.kind && titleId(row.title) !== undefined && titleId(row.title) === titleId(expected.title)) right += 1;
  }
  return { right, expected: labels.rows.length };
}

describe('the honours importer on the held-out annexes', () => {
  it('takes the catalogue title a heading starts with, whatever follows it (03: "CỜ THI ĐUA CỦA CHÍNH PHỦ NĂM HỌC 2019 - 2020")', () => {
    const rows = annex('03-').rows;
    expect(rows.map((row) => titleId(row.title))).toEqual(['co-thi-dua-cua-chinh-phu', 'co-thi-dua-cua-chinh-phu']);
  });

  it('reads a Roman heading that names a reward form, and the kind its count gives (06: "I. CỜ THI ĐUA CỦA ỦY BAN NHÂN DÂN TỈNH (06 tập thể)"; 07: "... : 02 tập thể")', () => {
    expect(annex('06-').unread.filter((line) => !/^(\d+|Trang \d+)$/.test(line.text))).toEqual([]);
    const bare = annex('07-').rows.filter((row) => titleId(row.title) === 'bang-khen-cap-bo-ban-nganh-tinh');
    expect(bare.map((row) => [row.kind, row.name])).toEqual([
      ['collective', 'Nhân dân và cán bộ xã Châu Hóa, huyện Tuyên Hóa'],
      ['collective', 'Nhân dân và cán bộ xã Văn Hóa, huyện Tuyên Hóa'],
    ]);
  });

  it('does not run a group label ("b) Huyện Quảng Ninh:") into the row above it (07)', () => {
    expect(annex('07-').rows.map(nameOf)).toContain('Nhân dân và cán bộ xã Thuận Hóa');
  });

  it('reads rows numbered "1-" (05)', () => {
    expect(annex('05-').rows.length).toBeGreaterThanOrEqual(12);
  });

  it('reads a table pasted as runs of spaces, the village in its own column; a blank decision number is no symbol (08)', () => {
    const parsed = annex('08-');
    expect(parsed.rows[0]).toMatchObject({ kind: 'household', name: 'Lê Văn Hòa', address: 'Bắc Thạnh' });
    expect(parsed.decision.symbol).toBeUndefined();
  });

  it('keeps the rows it now reads right', () => {
    const totals = ['01-', '02-', '03-', '04-', '05-', '06-', '07-', '08-', '09-'].map(rightRows).reduce((sum, one) => ({ right: sum.right + one.right, expected: sum.expected + one.expected }));
    expect(totals.expected).toBe(77);
    expect(totals.right).toBeGreaterThanOrEqual(75);
  });
});

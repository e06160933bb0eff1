/** From a parsed annex to content/honours/<year>.yaml that passes the schema and the content rules. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkReferences } from '../../../src/lib/content/references';
import { parseAnnex } from '../../../src/lib/honours/annex';
import { annexToHonourYear, honourYearYaml } from '../../../src/lib/honours/annex-yaml';
import { indexTitles } from '../../../src/lib/honours/catalogue';
import { checkHonours } from '../../../src/lib/honours/check';
import { honourYearSchema } from '../../../src/schemas/honour';
import { honourContent, TITLES, unit, UNITS } from './factories';

const titles = indexTitles(TITLES);
const importFixture = (name: string, units = UNITS) => {
  const parsed = parseAnnex(readFileSync(`tests/fixtures/honours/${name}`, 'utf8'), titles);
  return annexToHonourYear(parsed, parsed.year ?? 0, titles, units);
};

describe('annexToHonourYear', () => {
  it('writes catalogue ids for titles, variants included ("Chiến sỹ")', () => {
    const { honour, unknownTitles } = importFixture('01-ca-nhan-tap-the-ban-dan-toc.txt');
    expect(unknownTitles).toEqual([]);
    expect([...new Set(honour.decisions[0].rows.map((row) => row.title))]).toEqual([
      'chien-si-thi-dua-co-so',
      'lao-dong-tien-tien',
      'tap-the-lao-dong-xuat-sac',
      'tap-the-lao-dong-tien-tien',
    ]);
  });

  it('uses the id of an existing unit matched by name, and lists the others with their lines', () => {
    const units = [...UNITS, unit('vp', 'Văn phòng Ban', 'ban-dan-toc')];
    const { honour, missingUnits } = importFixture('01-ca-nhan-tap-the-ban-dan-toc.txt', units);
    expect(honour.decisions[0].rows[1].recipient).toEqual({ kind: 'individual', name: 'Hoàng Thị Bích', position: 'Chuyên viên', unit: 'vp' });
    expect(honour.decisions[0].rows.at(-1)?.recipient).toEqual({ kind: 'collective', unit: 'thanh-tra' });
    expect(missingUnits).toEqual([{ id: 'phong-ke-hoach-tong-hop', name: 'Phòng Kế hoạch - Tổng hợp', lines: [22, 30] }]);
  });

  it('keeps a title the catalogue lacks as written and reports it', () => {
    const parsed = parseAnnex('(Kèm theo Quyết định số 05/QĐ-BDT ngày 05/01/2024 của Trưởng ban)\nDanh hiệu “Cơ quan đạt chuẩn văn hóa”\n1. Văn phòng Ban', titles);
    const { honour, unknownTitles } = annexToHonourYear(parsed, 2023, titles, UNITS);
    expect(honour.decisions[0].rows[0].title).toBe('Cơ quan đạt chuẩn văn hóa');
    expect(unknownTitles).toEqual([{ line: 3, title: 'Cơ quan đạt chuẩn văn hóa' }]);
  });

  it.each(['01-ca-nhan-tap-the-ban-dan-toc.txt', '02-bang-tab-so-noi-vu.txt', '03-bang-gach-dung-ubnd.txt', '04-gia-dinh-van-hoa-xa.txt'])(
    'imports %s as YAML that passes the schema and checkHonours, with only the listed units missing',
    (name) => {
      const imported = importFixture(name);
      const data = honourYearSchema.parse(parse(honourYearYaml(imported, name)));
      const entry = { id: String(data.year), filePath: `content/honours/${data.year}.yaml`, data };
      const content = honourContent(entry);
      expect(checkHonours(content)).toEqual([]);
      const missing = checkReferences(content).map((problem) => problem.found);
      expect([...new Set(missing)].sort()).toEqual(imported.missingUnits.map((unit) => `"${unit.id}"`).sort());
    },
  );
});

describe('honourYearYaml', () => {
  const imported = importFixture('01-ca-nhan-tap-the-ban-dan-toc.txt');
  const yaml = honourYearYaml(imported, '01-ca-nhan-tap-the-ban-dan-toc.txt');

  it('names its source in a comment and quotes the date', () => {
    expect(yaml.split('\n')[0]).toContain('01-ca-nhan-tap-the-ban-dan-toc.txt');
    expect(yaml).toContain('issued: "2024-01-10"');
    expect(yaml).toContain('symbol: 17/QĐ-BDT');
  });

  it('marks units missing from content/units', () => {
    expect(yaml).toContain('unit: phong-ke-hoach-tong-hop # chưa có trong content/units/');
    expect(yaml).toContain('unit: thanh-tra\n');
  });

  it('writes block mappings, one field a line, so content errors point at the right line', () => {
    expect(yaml).not.toContain('{');
    expect(yaml).toMatch(/\n {6}- title: lao-dong-tien-tien\n {8}recipient:\n {10}kind: individual\n {10}name: Bế Văn Hùng\n/);
  });
});

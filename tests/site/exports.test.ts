import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { BUILT_SITE, DEMO_SITE } from '../setup/built-site';
import { readPage, selectAll } from '../support/html';

const NAMES = ['phong-trao', 'noi-dung', 'muc-tieu', 'chi-thi', 'dan-chieu', 'bang-vang'];

/** RFC 4180 CSV into rows of fields: quotes, doubled quotes, commas and line breaks inside quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') (field += '"'), (i += 1);
      else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') row.push(field), (field = '');
    else if (char === '\r' && text[i + 1] === '\n') (row.push(field), rows.push(row), (row = []), (field = ''), (i += 1));
    else field += char;
  }
  return rows;
}

describe.each([
  ['shipped', BUILT_SITE],
  ['illustrative', DEMO_SITE],
])('open data of the %s site', (_, root) => {
  const read = (path: string) => readFileSync(join(root, path), 'utf8');

  it.each(NAMES)('%s.json validates against its published JSON Schema', (name) => {
    const schema = JSON.parse(read(`du-lieu/schema/${name}.schema.json`));
    const data = JSON.parse(read(`du-lieu/${name}.json`));
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    expect(data.schema).toBe(`/du-lieu/schema/${name}.schema.json`);
    expect(Date.parse(data.generated)).not.toBeNaN();
    expect(data.count).toBe(data.rows.length);
  });

  it.each(NAMES)('%s.csv opens in Excel with Vietnamese intact: BOM, CRLF, quoted fields, same rows as the JSON', (name) => {
    const csv = read(`du-lieu/${name}.csv`);
    expect(csv.startsWith('\ufeff')).toBe(true);
    const rows = parseCsv(csv.slice(1));
    const json = JSON.parse(read(`du-lieu/${name}.json`));
    expect(rows.length - 1).toBe(json.rows.length);
    expect(rows[0]).toEqual(Object.keys(json.rows[0] ?? {}).length ? Object.keys(json.rows[0]) : rows[0]);
    for (const row of rows) expect(row.length).toBe(rows[0].length);
    json.rows.forEach((record: Record<string, unknown>, index: number) => {
      const text = Object.values(record).map((value) => (value === null ? '' : Array.isArray(value) ? value.join('; ') : String(value)));
      expect(rows[index + 1]).toEqual(text);
    });
  });
});

describe('row counts equal what the pages show', () => {
  it('targets, contents, directives and citing passages of the shipped site', () => {
    const json = (name: string) => JSON.parse(readFileSync(join(BUILT_SITE, `du-lieu/${name}.json`), 'utf8')).rows as Record<string, unknown>[];
    const targetsPage = readPage(BUILT_SITE, 'muc-tieu/index.html');
    expect(json('muc-tieu')).toHaveLength(selectAll('section[aria-labelledby^="nam-"] li a[href*="#muc-tieu-"]', targetsPage.tree).length);
    expect(json('noi-dung')).toHaveLength(8);
    expect(json('chi-thi')).toHaveLength(selectAll('main li > a[href^="/chi-thi/"]', readPage(BUILT_SITE, 'chi-thi/index.html').tree).length);
    expect(json('dan-chieu').filter((row) => row.directiveKey === 'chi-thi-34-ct-tw')).toHaveLength(1);
    expect(json('noi-dung')[0]).toMatchObject({ number: 1, directives: expect.arrayContaining(['Chỉ thị 34-CT/TW', 'Chỉ thị 19/CT-TTg']) });
  });

  it('honour rows of the illustrative boards', () => {
    const rows = JSON.parse(readFileSync(join(DEMO_SITE, 'du-lieu/bang-vang.json'), 'utf8')).rows as { year: number }[];
    for (const year of [2021, 2022, 2023]) {
      const board = readPage(DEMO_SITE, `bang-vang/${year}/index.html`);
      expect(rows.filter((row) => row.year === year)).toHaveLength(selectAll('main tbody tr', board.tree).length);
    }
  });

  it('a CSV field with a comma, a quote and a line break survives the round trip', async () => {
    const { toCsv } = await import('../../src/lib/exports/csv');
    const csv = toCsv(['a', 'b'], [{ a: 'Phòng, ban "A"\nhai dòng', b: ['x', 'y'] }]);
    expect(csv).toBe('\ufeffa,b\r\n"Phòng, ban ""A""\nhai dòng",x; y\r\n');
    expect(parseCsv(csv.slice(1))).toEqual([['a', 'b'], ['Phòng, ban "A"\nhai dòng', 'x; y']]);
  });
});

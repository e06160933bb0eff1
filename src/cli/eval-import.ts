/**
 * How well the importer reads a document's header, on labelled sets kept apart: the hand-written
 * fixtures (tests/fixtures/importer) and the documents modelled on real public copies
 * (tests/fixtures/real/docs). Each `NAME.txt` has its expected fields in `NAME.header.json`
 * (format in tests/fixtures/real/README.md). An import that refuses, or finds no year, counts as
 * not imported and every field of it as wrong.
 *
 * Usage: npm run eval:import [-- --verbose]   (prints each wrong field)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { importDocument, readSource, type ImportContext } from '../lib/importer/index';
import { foldVietnamese } from '../lib/text/fold';

/** Expected header fields of one document; null where the copy does not state the field. */
export interface ExpectedHeader {
  documentType: string | null;
  subject: string | null;
  number: string | null;
  symbol: string | null;
  issuer: { name: string; headerLines: string[] } | null;
  place: string | null;
  issued: string | null;
  year: number;
}

/** The fields scored, in the order they are printed. */
export const HEADER_FIELDS = ['documentType', 'subject', 'number', 'symbol', 'issuer', 'place', 'issued', 'year'] as const;
export type HeaderField = (typeof HEADER_FIELDS)[number];

/** One document's outcome. */
export interface ImportScore {
  document: string;
  imported: boolean;
  right: number;
  total: number;
  wrong: { field: HeaderField; expected: unknown; found: unknown }[];
}

/** The labelled sets, each scored on its own. */
export const IMPORT_SETS: Record<string, string> = {
  'hand-written (tests/fixtures/importer)': fileURLToPath(new URL('../../tests/fixtures/importer/', import.meta.url)),
  'real (tests/fixtures/real/docs)': fileURLToPath(new URL('../../tests/fixtures/real/docs/', import.meta.url)),
};

/**
 * Real documents collected after the code was written, measured before any change made for them
 * (the README.md of each tests/fixtures/real/held-out folder): printed with the others, held to their own floor.
 */
export const HELD_OUT_IMPORT_SET: Record<string, string> = {
  'held-out (tests/fixtures/real/held-out)': fileURLToPath(new URL('../../tests/fixtures/real/held-out/', import.meta.url)),
  'held-out, second round (tests/fixtures/real/held-out-2)': fileURLToPath(new URL('../../tests/fixtures/real/held-out-2/', import.meta.url)),
  'held-out, third round (tests/fixtures/real/held-out-3)': fileURLToPath(new URL('../../tests/fixtures/real/held-out-3/', import.meta.url)),
  'held-out, fourth round (tests/fixtures/real/held-out-4)': fileURLToPath(new URL('../../tests/fixtures/real/held-out-4/', import.meta.url)),
  'held-out, fifth round (tests/fixtures/real/held-out-5)': fileURLToPath(new URL('../../tests/fixtures/real/held-out-5/', import.meta.url)),
  'held-out, sixth round (tests/fixtures/real/held-out-6)': fileURLToPath(new URL('../../tests/fixtures/real/held-out-6/', import.meta.url)),
  'held-out, seventh round (tests/fixtures/real/held-out-7)': fileURLToPath(new URL('../../tests/fixtures/real/held-out-7/', import.meta.url)),
};

/** No units known: every body is new, as on a fresh site. */
const EMPTY: ImportContext = { units: [], titles: [] };

/** Strings compared as printed, but for spacing and a closing full stop ("... năm 2024."). */
const text = (value: unknown) => (typeof value === 'string' ? value.normalize('NFC').replace(/\s+/g, ' ').trim().replace(/\.$/, '') : value);
const nameKey = (value: string) => foldVietnamese(value).replace(/[^a-z0-9]+/g, ' ').trim();

/** Scores one document of a set. */
export async function scoreImport(dir: string, file: string): Promise<ImportScore> {
  const expected = JSON.parse(readFileSync(join(dir, file.replace(/\.txt$/, '.header.json')), 'utf8')) as ExpectedHeader;
  const document = file.replace(/\.txt$/, '');
  const wrongAll = HEADER_FIELDS.map((field) => ({ field, expected: expected[field], found: undefined }));
  let result;
  try {
    result = importDocument(await readSource(readFileSync(join(dir, file)), file), file, EMPTY);
  } catch (error) {
    return { document, imported: false, right: 0, total: HEADER_FIELDS.length, wrong: wrongAll.map((w) => ({ ...w, found: String(error) })) };
  }
  if (!result.year) return { document, imported: false, right: 0, total: HEADER_FIELDS.length, wrong: wrongAll };
  const data = result.data;
  const issuerName = data.issuer ? (result.newUnits.find((unit) => unit.id === data.issuer)?.name ?? String(data.issuer)) : null;
  const found: Record<HeaderField, unknown> = {
    documentType: data.documentType,
    subject: data.subject,
    number: data.number,
    symbol: data.symbol,
    issuer: issuerName,
    place: data.place,
    issued: data.issued,
    year: data.year,
  };
  const wrong: ImportScore['wrong'] = [];
  for (const field of HEADER_FIELDS) {
    const want = field === 'issuer' ? (expected.issuer ? nameKey(expected.issuer.name) : null) : text(expected[field]);
    const got = field === 'issuer' ? (typeof issuerName === 'string' ? nameKey(issuerName) : null) : text(found[field] ?? null);
    if (want !== got) wrong.push({ field, expected: field === 'issuer' ? expected.issuer?.name ?? null : expected[field], found: found[field] ?? null });
  }
  return { document, imported: true, right: HEADER_FIELDS.length - wrong.length, total: HEADER_FIELDS.length, wrong };
}

/** Every labelled document of a set. */
export async function evaluateImportSet(dir: string): Promise<ImportScore[]> {
  const files = readdirSync(dir)
    .filter((file) => file.endsWith('.txt') && existsSync(join(dir, file.replace(/\.txt$/, '.header.json'))))
    .sort();
  return Promise.all(files.map((file) => scoreImport(dir, file)));
}

/** Totals of a set. */
export function importTotals(scores: ImportScore[]): { documents: number; imported: number; right: number; total: number; accuracy: number } {
  const right = scores.reduce((n, s) => n + s.right, 0);
  const total = scores.reduce((n, s) => n + s.total, 0);
  return { documents: scores.length, imported: scores.filter((s) => s.imported).length, right, total, accuracy: total ? right / total : 1 };
}

async function main(): Promise<void> {
  const verbose = process.argv.includes('--verbose');
  for (const [name, dir] of Object.entries({ ...IMPORT_SETS, ...HELD_OUT_IMPORT_SET })) {
    const scores = await evaluateImportSet(dir);
    console.log(`\n${name}`);
    console.log(`${'document'.padEnd(52)} ${'imported'.padStart(8)} ${'fields right'.padStart(12)}`);
    for (const s of scores) {
      console.log(`${s.document.padEnd(52)} ${(s.imported ? 'yes' : 'NO').padStart(8)} ${`${s.right}/${s.total}`.padStart(12)}`);
      if (verbose) for (const w of s.wrong) console.log(`    ${w.field}: expected ${JSON.stringify(w.expected)}, found ${JSON.stringify(w.found)}`);
    }
    const t = importTotals(scores);
    console.log(`Total: ${t.imported}/${t.documents} imported; header fields right ${t.right}/${t.total} (${(t.accuracy * 100).toFixed(1)}%)`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) void main();

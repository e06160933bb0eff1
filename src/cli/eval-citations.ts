/**
 * Precision and recall of the citation extractor on the labelled documents in
 * tests/fixtures/citations/docs (eyecite publishes none; we do). Matching is per mention, as a
 * multiset: on key + date, and on symbol (or folded name) alone.
 *
 * Usage: npm run eval:citations [-- --verbose]   (prints misses and extras per document)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { directiveKey, extractCitations, type Citation } from '../lib/citations/index';
import { foldVietnamese } from '../lib/text/fold';

/** One labelled citation, as stored in NN-name.json. */
export interface ExpectedCitation {
  kind: string;
  symbol: string | null;
  name: string | null;
  date: string | null;
  issuer: string | null;
  /** Only when it differs from directiveKey(kind, symbol ?? name), e.g. a law named with its year. */
  key?: string;
}

/** Counts for one document or for all of them. */
export interface Score {
  expected: number;
  found: number;
  matched: number;
  matchedBySymbol: number;
}

/** Per-document result with what went wrong, for the table and --verbose. */
export interface DocumentScore extends Score {
  document: string;
  missed: string[];
  extra: string[];
}

/** Default location of the labelled set. */
export const FIXTURE_DIR = fileURLToPath(new URL('../../tests/fixtures/citations/docs/', import.meta.url));

/** The labelled sets, scored apart: NAME.txt with its labels in NAME + suffix. */
export const CITATION_SETS: Record<string, { dir: string; labels: string }> = {
  'hand-written (tests/fixtures/citations)': { dir: FIXTURE_DIR, labels: '.json' },
  'real (tests/fixtures/real/docs)': { dir: fileURLToPath(new URL('../../tests/fixtures/real/docs/', import.meta.url)), labels: '.citations.json' },
};

/**
 * Real documents collected after the code was written, measured before any change made for them
 * (the README.md of each tests/fixtures/real/held-out folder): printed with the others, held to their own floor.
 */
export const HELD_OUT_CITATION_SET: Record<string, { dir: string; labels: string }> = {
  'held-out (tests/fixtures/real/held-out)': { dir: fileURLToPath(new URL('../../tests/fixtures/real/held-out/', import.meta.url)), labels: '.citations.json' },
  'held-out, second round (tests/fixtures/real/held-out-2)': { dir: fileURLToPath(new URL('../../tests/fixtures/real/held-out-2/', import.meta.url)), labels: '.citations.json' },
  'held-out, third round (tests/fixtures/real/held-out-3)': { dir: fileURLToPath(new URL('../../tests/fixtures/real/held-out-3/', import.meta.url)), labels: '.citations.json' },
  'held-out, fourth round (tests/fixtures/real/held-out-4)': { dir: fileURLToPath(new URL('../../tests/fixtures/real/held-out-4/', import.meta.url)), labels: '.citations.json' },
  'held-out, fifth round (tests/fixtures/real/held-out-5)': { dir: fileURLToPath(new URL('../../tests/fixtures/real/held-out-5/', import.meta.url)), labels: '.citations.json' },
  'held-out, sixth round (tests/fixtures/real/held-out-6)': { dir: fileURLToPath(new URL('../../tests/fixtures/real/held-out-6/', import.meta.url)), labels: '.citations.json' },
  'held-out, seventh round (tests/fixtures/real/held-out-7)': { dir: fileURLToPath(new URL('../../tests/fixtures/real/held-out-7/', import.meta.url)), labels: '.citations.json' },
};

function expectedKey(e: ExpectedCitation): string {
  return e.key ?? directiveKey(e.kind, e.symbol ?? e.name ?? '');
}

function identity(symbol: string | null, name: string | null): string {
  return symbol ?? foldVietnamese(name ?? '').replace(/[^a-z0-9]+/g, ' ').trim();
}

/** Size of the multiset intersection, plus what is left on each side. */
function intersect(expected: string[], found: string[]): { matched: number; missed: string[]; extra: string[] } {
  const pool = new Map<string, number>();
  for (const f of found) pool.set(f, (pool.get(f) ?? 0) + 1);
  const missed: string[] = [];
  for (const e of expected) {
    const left = pool.get(e) ?? 0;
    if (left > 0) pool.set(e, left - 1);
    else missed.push(e);
  }
  const extra = [...pool].flatMap(([k, n]) => Array<string>(n).fill(k));
  return { matched: expected.length - missed.length, missed, extra };
}

/** Scores one document's extraction against its labels. */
export function scoreDocument(document: string, found: Citation[], expected: ExpectedCitation[]): DocumentScore {
  const byKeyDate = intersect(
    expected.map((e) => `${expectedKey(e)} @ ${e.date ?? '-'}`),
    found.map((c) => `${c.key} @ ${c.date ?? '-'}`),
  );
  const bySymbol = intersect(
    expected.map((e) => identity(e.symbol, e.name)),
    found.map((c) => identity(c.symbol, c.name)),
  );
  return {
    document,
    expected: expected.length,
    found: found.length,
    matched: byKeyDate.matched,
    matchedBySymbol: bySymbol.matched,
    missed: byKeyDate.missed,
    extra: byKeyDate.extra,
  };
}

/** Runs the extractor over every labelled document in `dir`. */
export function evaluateFixtures(dir: string = FIXTURE_DIR, labels = '.json'): DocumentScore[] {
  const texts = readdirSync(dir)
    .filter((f) => f.endsWith('.txt') && existsSync(join(dir, f.replace(/\.txt$/, labels))))
    .sort();
  return texts.map((file) => {
    const text = readFileSync(join(dir, file), 'utf8');
    const expected = JSON.parse(readFileSync(join(dir, file.replace(/\.txt$/, labels)), 'utf8')) as ExpectedCitation[];
    return scoreDocument(basename(file, '.txt'), extractCitations(text), expected);
  });
}

/** Micro-averaged totals. */
export function totals(scores: Score[]): Score & { precision: number; recall: number; precisionBySymbol: number; recallBySymbol: number } {
  const sum = (pick: (s: Score) => number) => scores.reduce((n, s) => n + pick(s), 0);
  const t = { expected: sum((s) => s.expected), found: sum((s) => s.found), matched: sum((s) => s.matched), matchedBySymbol: sum((s) => s.matchedBySymbol) };
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  return {
    ...t,
    precision: ratio(t.matched, t.found),
    recall: ratio(t.matched, t.expected),
    precisionBySymbol: ratio(t.matchedBySymbol, t.found),
    recallBySymbol: ratio(t.matchedBySymbol, t.expected),
  };
}

function pct(x: number): string {
  return `${(x * 100).toFixed(1)}%`.padStart(7);
}

function main(): void {
  const verbose = process.argv.includes('--verbose');
  for (const [name, { dir, labels }] of Object.entries({ ...CITATION_SETS, ...HELD_OUT_CITATION_SET })) {
    const scores = evaluateFixtures(dir, labels);
    console.log(`\n${name}`);
    console.log(`${'document'.padEnd(56)} ${'exp'.padStart(4)} ${'found'.padStart(5)} ${'match'.padStart(5)} ${'P'.padStart(7)} ${'R'.padStart(7)}`);
    for (const s of scores) {
      const p = s.found ? s.matched / s.found : 1;
      const r = s.expected ? s.matched / s.expected : 1;
      console.log(`${s.document.padEnd(56)} ${String(s.expected).padStart(4)} ${String(s.found).padStart(5)} ${String(s.matched).padStart(5)} ${pct(p)} ${pct(r)}`);
      if (verbose) {
        for (const m of s.missed) console.log(`    missed: ${m}`);
        for (const e of s.extra) console.log(`    extra:  ${e}`);
      }
    }
    const t = totals(scores);
    console.log(`Total (${scores.length} documents, ${t.expected} labelled mentions, ${t.found} found)`);
    console.log(`  key + date:   precision ${pct(t.precision)}  recall ${pct(t.recall)}`);
    console.log(`  symbol/name:  precision ${pct(t.precisionBySymbol)}  recall ${pct(t.recallBySymbol)}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();

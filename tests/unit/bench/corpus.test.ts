/**
 * The benchmark's corpus is one province's archive (issue #14): exactly N documents over ten
 * years, bodies of several levels filed under their own folders, blocs whose members exist and
 * whose covenants are documents, rankings without gaps, and content the site's own check accepts.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodiesFor, writeCorpus, type CorpusShape } from '../../../src/cli/bench/corpus';
import { checkContentFiles } from '../../../src/lib/content/check-files';
import { levelOf } from '../../../src/lib/province/bodies';
import type { ContentProblem, ContentSet } from '../../../src/lib/content/types';
import type { UnitData } from '../../../src/schemas/unit';

const COUNT = 60;
const folder = mkdtempSync(join(tmpdir(), 'thi-dua-corpus-'));
let shape: CorpusShape;
let content: ContentSet;
let problems: ContentProblem[];
let units: Map<string, UnitData>;

beforeAll(async () => {
  shape = writeCorpus(COUNT, folder);
  ({ content, problems } = await checkContentFiles(folder));
  units = new Map(content.units.map((unit) => [unit.id, unit.data]));
}, 60_000);
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe(`the benchmark corpus of ${COUNT} documents`, () => {
  it('passes the content check (npm run check)', () => {
    expect(problems.map((problem) => `${problem.file} ${problem.field}: ${problem.found}`)).toEqual([]);
  });

  it('has exactly N documents, launch documents for most, and says so', () => {
    expect(content.campaigns).toHaveLength(COUNT);
    expect(shape.documents).toBe(COUNT);
    const roles = content.campaigns.map((entry) => entry.data.role);
    expect(roles.filter((role) => role === 'launch').length).toBeGreaterThan(COUNT / 2);
    expect(new Set(roles)).toEqual(new Set(['launch', 'plan', 'review', 'covenant']));
  });

  it('spans ten years', () => {
    const years = new Set(content.campaigns.map((entry) => entry.data.year));
    expect(years.size).toBe(10);
    expect(Math.max(...years) - Math.min(...years)).toBe(9);
    expect(content.honours.map((honour) => honour.data.year).sort()).toEqual([...years].sort());
  });

  it('files each document under its body, or its bloc for a covenant', () => {
    for (const entry of content.campaigns) {
      const [year, owner] = entry.id.split('/');
      expect(Number(year)).toBe(entry.data.year);
      expect(owner).toBe(entry.data.role === 'covenant' ? entry.data.bloc : entry.data.issuer);
    }
  });

  it('has bodies of at least two levels, with Party and mass organisations, and divisions that are honoured', () => {
    const issuers = [...new Set(content.campaigns.map((entry) => entry.data.issuer!))];
    expect(new Set(issuers.map((id) => levelOf(id, units))).size).toBeGreaterThanOrEqual(2);
    const kinds = new Set([...units.values()].map((unit) => unit.kind));
    for (const kind of ['agency', 'party', 'mass-organisation', 'division']) expect(kinds).toContain(kind);
    const communes = [...units.entries()].filter(([, unit]) => unit.level === 'commune');
    for (const [, commune] of communes) expect(units.get(commune.parent!)?.level).toBe('district');
    const honoured = new Set(content.honours.flatMap((honour) => honour.data.decisions.flatMap((decision) => decision.rows.map((row) => (row.recipient.kind === 'household' ? '' : (row.recipient.unit ?? ''))))));
    expect([...units.entries()].some(([id, unit]) => unit.kind === 'division' && honoured.has(id))).toBe(true);
  });

  it('has blocs whose members exist, whose covenants are documents and whose ranks have no gaps', () => {
    expect(content.blocs.length).toBeGreaterThan(0);
    const documents = new Map(content.campaigns.map((entry) => [entry.id, entry.data]));
    for (const bloc of content.blocs) {
      expect(bloc.data.years).toHaveLength(10);
      for (const year of bloc.data.years) {
        expect(year.members.length).toBeGreaterThanOrEqual(5);
        expect(year.members.length).toBeLessThanOrEqual(12);
        for (const member of year.members) expect(units.has(member)).toBe(true);
        expect(year.members).toContain(year.head);
        const covenant = documents.get(year.covenant!);
        expect(covenant).toMatchObject({ role: 'covenant', bloc: bloc.id, year: year.year, issuer: year.head });
        const ranks = year.outcome!.ranking.map((row) => row.rank).sort((a, b) => a - b);
        expect(ranks).toEqual(year.members.map((_, i) => i + 1));
        expect(year.outcome!.proposedForFlag.length).toBeGreaterThan(0);
      }
    }
  });

  it('confers the flags the blocs proposed', () => {
    const flags = (year: number) =>
      content.honours
        .find((honour) => honour.data.year === year)!
        .data.decisions.flatMap((decision) => decision.rows)
        .filter((row) => row.title === 'Cờ thi đua của UBND tỉnh')
        .map((row) => (row.recipient.kind === 'collective' ? row.recipient.unit : ''));
    for (const bloc of content.blocs) for (const year of bloc.data.years) expect(flags(year.year)).toEqual(expect.arrayContaining(year.outcome!.proposedForFlag));
  });

  it('is the same corpus each time for the same N', () => {
    const again = mkdtempSync(join(tmpdir(), 'thi-dua-corpus-'));
    try {
      writeCorpus(COUNT, again);
      const file = content.blocs[0].filePath.replace(/^.*\/blocs\//, 'blocs/');
      expect(readFileSync(join(again, file), 'utf8')).toBe(readFileSync(join(folder, file), 'utf8'));
      expect(readFileSync(join(again, shape.sample.file), 'utf8')).toBe(readFileSync(join(folder, shape.sample.file), 'utf8'));
    } finally {
      rmSync(again, { recursive: true, force: true });
    }
  });

  it('names a word of one launch document for the one-document rebuilds, and words no document holds to put in its place', () => {
    expect(readFileSync(join(folder, shape.sample.file), 'utf8')).toContain(shape.sample.word);
    // A rebuilt page showing its edit's word then shows that edit, not an earlier build's page.
    expect(new Set(shape.sample.replacements).size).toBeGreaterThanOrEqual(3);
    const texts = readdirSync(join(folder, 'campaigns'), { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.mdx'))
      .map((name) => readFileSync(join(folder, 'campaigns', name), 'utf8'));
    for (const replacement of shape.sample.replacements) expect(texts.filter((text) => text.includes(replacement))).toEqual([]);
  });

  it('scales its bodies with N like a province: about 100 at 1,000 documents, 400 at 5,000', () => {
    expect(bodiesFor(1000)).toBe(100);
    expect(bodiesFor(5000)).toBe(400);
    expect(bodiesFor(20000)).toBeGreaterThan(400);
  });
});

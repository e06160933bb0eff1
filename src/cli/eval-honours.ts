/**
 * npm run eval:honours: how `npm run import:honours` does on the held-out award annexes
 * (tests/fixtures/honours/held-out*), each collected after the code and labelled from the annex
 * (NN-slug.rows.json). Every annex is imported as an editor would, into a fresh content folder
 * with the illustrative site's catalogue; an annex refused only for want of a year is imported
 * again with `--out <labelled year>.yaml`, as the refusal asks. Prints, per annex and per round:
 * rows right (title as the catalogue resolves it, kind and name), positions and units of
 * individuals, decision fields (number, date, signer), annexes refused.
 *
 *   npm run eval:honours [-- --verbose]
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { indexTitles, resolveTitle, titleKey } from '../lib/honours/catalogue';
import { slugify } from '../lib/text/fold';
import { titleSchema } from '../schemas/title';

export const HONOURS_SETS: Record<string, string> = {
  'annexes, round one (tests/fixtures/honours/held-out)': resolve('tests/fixtures/honours/held-out'),
  'annexes, round two (tests/fixtures/honours/held-out-2)': resolve('tests/fixtures/honours/held-out-2'),
  'annexes, round three (tests/fixtures/honours/held-out-3)': resolve('tests/fixtures/honours/held-out-3'),
};
const CATALOGUE = resolve('tests/fixtures/demo/content/titles.yaml');
const IMPORT = resolve('src/cli/import-honours.ts');

interface Labelled {
  symbol: string | null;
  issued: string | null;
  issuer: string | null;
  year: number;
  rows: { title: string; kind: string; name: string; position: string | null; unit: string | null }[];
}
interface Written {
  decisions: { symbol?: string; issued?: string; issuer?: string; rows: { title: string; recipient: { kind: string; name?: string; position?: string; unit?: string; address?: string } }[] }[];
}

export interface AnnexScore {
  annex: string;
  refusedFirst: boolean;
  refused: boolean;
  rows: number;
  right: number;
  individuals: number;
  positions: number;
  units: { right: number; of: number };
  decision: number;
  wrong: string[];
}

const titles = indexTitles(
  (parse(readFileSync(CATALOGUE, 'utf8')) as unknown[]).map((raw) => {
    const data = titleSchema.parse(raw);
    return { id: data.id, filePath: CATALOGUE, data };
  }),
);
/** A title's catalogue id; a title the catalogue lacks by its folded key (round 2's labelling rule: "compared by folded key"). */
const titleId = (text: string) => titles.byId.get(text)?.data.id ?? resolveTitle(text, titles).entry?.data.id ?? `?${titleKey(text)}`;
const plain = (text: string | null | undefined) => (text ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();

function importAnnex(file: string, content: string, out?: string) {
  const args = ['--import', 'tsx', IMPORT, file, ...(out ? ['--out', out] : [])];
  return spawnSync(process.execPath, args, { env: { ...process.env, THI_DUA_CONTENT: content }, encoding: 'utf8' });
}

/** Imports one annex into a fresh content folder and scores what was written against its labels. */
export function scoreAnnex(dir: string, file: string): AnnexScore {
  const labels = JSON.parse(readFileSync(join(dir, file.replace(/\.txt$/, '.rows.json')), 'utf8')) as Labelled;
  const content = mkdtempSync(join(tmpdir(), 'thi-dua-eval-honours-'));
  try {
    copyFileSync(CATALOGUE, join(content, 'titles.yaml'));
    const out = join(content, 'honours', `${labels.year}.yaml`);
    const first = importAnnex(join(dir, file), content);
    const last = first.status !== 0 && /không ghi "năm/.test(first.stderr) ? importAnnex(join(dir, file), content, out) : first;
    const written = existsSync(out) ? (parse(readFileSync(out, 'utf8')) as Written) : undefined;
    const decision = written?.decisions[0];
    const produced = [...(decision?.rows ?? [])];
    const score: AnnexScore = { annex: file.replace(/\.txt$/, ''), refusedFirst: first.status !== 0, refused: last.status !== 0, rows: labels.rows.length, right: 0, individuals: 0, positions: 0, units: { right: 0, of: 0 }, decision: 0, wrong: [] };
    for (const expected of labels.rows) {
      const key = slugify(expected.name);
      const at = produced.findIndex((row) => slugify(row.recipient.name ?? row.recipient.unit ?? '') === key);
      if (expected.kind === 'individual') score.individuals += 1;
      if (expected.kind !== 'collective' && expected.unit) score.units.of += 1;
      if (at < 0) {
        score.wrong.push(`${expected.name}: không có`);
        continue;
      }
      const [row] = produced.splice(at, 1);
      if (row.recipient.kind === expected.kind && titleId(row.title) === titleId(expected.title)) score.right += 1;
      else score.wrong.push(`${expected.name}: ${row.recipient.kind} "${row.title}" (nhãn: ${expected.kind} "${expected.title}")`);
      if (expected.kind === 'individual' && plain(row.recipient.position) === plain(expected.position)) score.positions += 1;
      if (expected.kind === 'individual' && expected.unit && row.recipient.unit === slugify(expected.unit)) score.units.right += 1;
      if (expected.kind === 'household' && expected.unit && plain(row.recipient.address) === plain(expected.unit)) score.units.right += 1;
    }
    if (written) {
      score.decision += Number(plain(decision?.symbol) === plain(labels.symbol));
      score.decision += Number(plain(decision?.issued) === plain(labels.issued));
      score.decision += Number(plain(decision?.issuer) === plain(labels.issuer));
    }
    return score;
  } finally {
    rmSync(content, { recursive: true, force: true });
  }
}

export function scoreSet(dir: string): AnnexScore[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.txt') && existsSync(join(dir, file.replace(/\.txt$/, '.rows.json'))))
    .sort()
    .map((file) => scoreAnnex(dir, file));
}

if (process.argv[1]?.endsWith('eval-honours.ts')) {
  const verbose = process.argv.includes('--verbose');
  for (const [name, dir] of Object.entries(HONOURS_SETS)) {
    const scores = scoreSet(dir);
    console.log(name);
    for (const score of scores) {
      console.log(`  ${score.annex.padEnd(52)} ${score.refused ? 'từ chối' : score.refusedFirst ? 'cần --out' : 'ghi được'}  ${score.right}/${score.rows}`);
      if (verbose) for (const line of score.wrong) console.log(`      ${line}`);
    }
    const sum = (pick: (score: AnnexScore) => number) => scores.reduce((total, score) => total + pick(score), 0);
    console.log(
      `Total: ${sum((s) => s.right)}/${sum((s) => s.rows)} rows right; ${sum((s) => Number(s.refused))} of ${scores.length} annexes refused (${sum((s) => Number(s.refusedFirst && !s.refused))} more need --out <year>.yaml); positions ${sum((s) => s.positions)}/${sum((s) => s.individuals)}, units ${sum((s) => s.units.right)}/${sum((s) => s.units.of)}, decision fields ${sum((s) => s.decision)}/${scores.length * 3}`,
    );
    console.log('');
  }
}

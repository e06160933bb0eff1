/**
 * npm run bench: what the scale issue (#15) measures, for synthetic province archives of 1,000
 * and 5,000 campaign documents (src/cli/bench/corpus.ts), into tests/benchmarks/results.md:
 *
 * - cold build time and peak memory (max RSS, /usr/bin/time) of the site and of a bare Astro +
 *   MDX site over the same .mdx files, and their ratios;
 * - a one-document rebuild: one word changed in one launch document, rebuilt with the cold
 *   build's cache folder, three times (each a different word; the median kept), and its ratio to
 *   the cold build;
 * - dist bytes in total and per document, and the Pagefind index;
 * - first-query bytes and time to first result in Chromium (./search.ts);
 * - per-document build time at the largest size against the smallest ("linear").
 *
 * Builds at 1,000 documents or fewer run 3 times (median kept), larger ones once. Each size's
 * figures are kept in tests/benchmarks/results.json, so `npm run bench -- 5000` adds its row to
 * the 1,000 row measured earlier; the Markdown table is written from all of them. The machine is
 * shared: the 1-minute load average is recorded beside every build.
 *
 *   npm run bench [-- 1000 5000]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { getHeapStatistics } from 'node:v8';
import { join, resolve } from 'node:path';
import { describeCorpus, writeCorpus, type CorpusShape } from './corpus';
import { folderBytes, kb, measureSearchRuns, msWithRange, type SearchMeasure } from './search';

const sizes = process.argv.slice(2).map(Number).filter(Boolean);
const counts = sizes.length ? sizes : [1000, 5000];
const work = resolve('.tmp/bench');
const RESULTS_JSON = 'tests/benchmarks/results.json';
const RESULTS_MD = 'tests/benchmarks/results.md';
/** Searches measured over each size's last cold build, each in a fresh browser; the table gives the median. */
const SEARCH_RUNS = 3;

interface Measured {
  seconds: number;
  peakMb: number;
  /** 1-minute load average as the build started and as it ended. */
  load: [number, number];
}

/** One size's measurements, as kept in results.json. */
interface SizeResult {
  documents: number;
  date: string;
  node: string;
  corpus: string;
  shape: Pick<CorpusShape, 'bodies' | 'units' | 'blocs' | 'honourRows'>;
  runs: number;
  /** The V8 heap limit the builds of this size ran with, when the default was not enough. */
  heapMb?: number;
  /** A cold build that ran out of memory at Node's default heap limit, before the retry with heapMb. */
  outOfMemory?: Measured;
  ours: Measured[];
  bare: Measured[];
  /** The median one-document rebuild; `changed`: every rebuilt page showed its edit. */
  rebuild: Measured & { changed: boolean };
  /** Every one-document rebuild, in order (absent from results measured before 2026-12-01: one rebuild). */
  rebuilds?: Measured[];
  /**
   * Seconds of the content check `npm run build` runs before Astro (src/cli/check.ts): with an
   * empty cache folder, and after the one-document edit with what the previous check kept.
   * Absent from results measured before 2026-11-30.
   */
  check?: { cold: number; edited: number };
  distBytes: number;
  distFiles: number;
  search: SearchMeasure;
}

/**
 * One-document rebuilds at each size, each a new edit of the sample (its median kept): a rebuild
 * takes seconds, while one run on this shared machine varies by half a second either way.
 */
const REBUILDS = 3;

/** The run with the median time. */
const median = (runs: Measured[]): Measured => [...runs].sort((a, b) => a.seconds - b.seconds)[Math.floor(runs.length / 2)];

/** A build that died: out of memory when V8 reached its heap limit. */
class BuildFailure extends Error {
  constructor(
    message: string,
    readonly measured: Measured,
    readonly outOfMemory: boolean,
  ) {
    super(message);
  }
}

/** Heap limit for a retry when a build runs out of memory at Node's default (about 4 GB here). */
const RETRY_HEAP_MB = 12288;

/** Runs a build under /usr/bin/time: wall seconds and peak resident memory (KB) of the largest process. */
function timedBuild(args: string[], env: NodeJS.ProcessEnv, heapMb?: number): Measured {
  const before = loadavg()[0];
  const started = process.hrtime.bigint();
  const run = spawnSync('/usr/bin/time', ['-f', '%M', 'npx', 'astro', 'build', ...args], {
    encoding: 'utf8',
    // Astro logs every page: at 5,000 documents that is more than spawnSync's default 1 MB.
    maxBuffer: 1024 * 1024 * 1024,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env, ...(heapMb ? { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=${heapMb}`.trim() } : {}) },
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const peakKb = Number(run.stderr?.trim().split('\n').at(-1));
  const measured: Measured = { seconds, peakMb: peakKb / 1024, load: [before, loadavg()[0]] };
  if (run.status !== 0) {
    throw new BuildFailure(`build failed (${args.join(' ')}):\n${run.stdout?.slice(-3000)}\n${run.stderr?.slice(-3000)}`, measured, /heap out of memory/.test(run.stderr ?? ''));
  }
  return measured;
}

/** Seconds of the content check (`npm run check`, the first step of `npm run build`); it must find nothing. */
function timedCheck(env: NodeJS.ProcessEnv): number {
  const started = process.hrtime.bigint();
  const run = spawnSync('npx', ['tsx', 'src/cli/check.ts'], { encoding: 'utf8', env: { ...process.env, ...env } });
  if (run.status !== 0) throw new Error(`content check failed:\n${run.stdout?.slice(-3000)}\n${run.stderr?.slice(-3000)}`);
  return Number(process.hrtime.bigint() - started) / 1e9;
}

/** A bare Astro + MDX site over the same campaign files: one page per entry, no schema, no rules, no index. */
function writeBareSite(root: string, campaigns: string): void {
  rmSync(root, { recursive: true, force: true });
  mkdirSync(join(root, 'src/pages'), { recursive: true });
  writeFileSync(join(root, 'astro.config.mjs'), "import { defineConfig } from 'astro/config';\nimport mdx from '@astrojs/mdx';\nexport default defineConfig({ integrations: [mdx()] });\n");
  writeFileSync(
    join(root, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nexport const collections = { campaigns: defineCollection({ loader: glob({ pattern: '**/*.mdx', base: ${JSON.stringify(campaigns)} }) }) };\n`,
  );
  writeFileSync(
    join(root, 'src/pages/[...slug].astro'),
    "---\nimport { getCollection, render } from 'astro:content';\nexport async function getStaticPaths() {\n  return (await getCollection('campaigns')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));\n}\nconst { Content } = await render(Astro.props.entry);\n---\n<html lang=\"vi\"><head><meta charset=\"utf-8\" /><title>{Astro.props.entry.id}</title></head><body><Content /></body></html>\n",
  );
}

async function measure(count: number): Promise<SizeResult> {
  const root = join(work, `build-${count}`);
  const content = join(root, 'content');
  const dist = join(root, 'dist');
  const cache = join(root, 'cache');
  const shape = writeCorpus(count, content);
  console.log(`${count}: ${describeCorpus(shape)}`);
  const ours: Measured[] = [];
  const bare: Measured[] = [];
  // Builds on this shared 2-core machine vary: up to 1,000 documents each is run three times,
  // ours and bare in turn, and the median kept; above that, a build takes minutes, so once.
  const runs = count <= 1000 ? 3 : 1;
  const site = { THI_DUA_CONTENT: content, THI_DUA_CACHE_DIR: cache };
  let heapMb: number | undefined;
  let outOfMemory: Measured | undefined;
  // The check npm run build runs first, with nothing kept (a cache folder of its own, so the cold
  // builds below stay cold).
  const checkCache = join(root, 'check-cache');
  rmSync(checkCache, { recursive: true, force: true });
  const checkCold = timedCheck({ THI_DUA_CONTENT: content, THI_DUA_CACHE_DIR: checkCache });
  rmSync(checkCache, { recursive: true, force: true });
  console.log(`  content check, nothing kept: ${checkCold.toFixed(1)} s`);
  for (let run = 0; run < runs; run += 1) {
    // Cold builds on both sides: no content-layer or preview-image cache left from an earlier run.
    rmSync(cache, { recursive: true, force: true });
    rmSync(dist, { recursive: true, force: true });
    try {
      ours.push(timedBuild(['--outDir', dist], site, heapMb));
    } catch (error) {
      // Out of memory at Node's default heap: say so, and measure with a larger heap (bare too, alike).
      if (!(error instanceof BuildFailure) || !error.outOfMemory || heapMb) throw error;
      outOfMemory = error.measured;
      heapMb = RETRY_HEAP_MB;
      console.log(`  ours ran out of memory at the default heap after ${error.measured.seconds.toFixed(0)} s (${error.measured.peakMb.toFixed(0)} MB); again with --max-old-space-size=${heapMb}`);
      rmSync(cache, { recursive: true, force: true });
      rmSync(dist, { recursive: true, force: true });
      ours.push(timedBuild(['--outDir', dist], site, heapMb));
    }
    console.log(`  ours, run ${run + 1}: ${ours.at(-1)!.seconds.toFixed(1)} s, ${ours.at(-1)!.peakMb.toFixed(0)} MB`);
    writeBareSite(join(root, 'bare'), join(content, 'campaigns'));
    bare.push(timedBuild(['--root', join(root, 'bare'), '--outDir', join(root, 'bare-dist')], {}, heapMb));
    console.log(`  bare, run ${run + 1}: ${bare.at(-1)!.seconds.toFixed(1)} s, ${bare.at(-1)!.peakMb.toFixed(0)} MB`);
  }
  // What the last cold build wrote: its size, and search over it.
  const { bytes: distBytes, files: distFiles } = folderBytes(dist);
  const search = await measureSearchRuns(dist, SEARCH_RUNS);
  console.log(`  search: first query ${kb(search.first.bytes)}, ${msWithRange(search.first.ms, search.runs?.first)}`);
  // One document changed by a word, checked and rebuilt with the cold build's cache, as npm run
  // build does after an earlier npm run build (whose check kept what it found). Each edit puts
  // another word in the same place, so each rebuild finds one document changed since the last.
  timedCheck(site);
  const file = join(content, shape.sample.file);
  const original = readFileSync(file, 'utf8');
  const page = join(dist, 'phong-trao', shape.sample.file.replace(/^campaigns\//, '').replace(/\.mdx$/, ''), 'index.html');
  const rebuilds: (Measured & { changed: boolean })[] = [];
  const checksEdited: number[] = [];
  try {
    for (const replacement of shape.sample.replacements.slice(0, REBUILDS)) {
      writeFileSync(file, original.replace(shape.sample.word, replacement));
      checksEdited.push(timedCheck(site));
      const timed = timedBuild(['--outDir', dist], site, heapMb);
      const changed = existsSync(page) && readFileSync(page, 'utf8').includes(replacement);
      rebuilds.push({ ...timed, changed });
      console.log(`  edit ${rebuilds.length}: content check ${checksEdited.at(-1)!.toFixed(1)} s, one-document rebuild ${timed.seconds.toFixed(1)} s${changed ? '' : ' (the page did NOT show the change)'}`);
    }
  } finally {
    writeFileSync(file, original);
  }
  const rebuild = { ...median(rebuilds), changed: rebuilds.every((run) => run.changed) };
  const checkEdited = [...checksEdited].sort((a, b) => a - b)[Math.floor(checksEdited.length / 2)];
  console.log(`  one-document rebuild: ${rebuild.seconds.toFixed(1)} s, median of ${rebuilds.length}${range(rebuilds, 1)}`);
  return {
    documents: count,
    date: new Date().toISOString().slice(0, 10),
    node: process.version,
    corpus: describeCorpus(shape),
    shape: { bodies: shape.bodies, units: shape.units, blocs: shape.blocs, honourRows: shape.honourRows },
    runs,
    ...(heapMb ? { heapMb } : {}),
    ...(outOfMemory ? { outOfMemory } : {}),
    ours,
    bare,
    rebuild,
    rebuilds: rebuilds.map(({ seconds, peakMb, load }) => ({ seconds, peakMb, load })),
    check: { cold: checkCold, edited: checkEdited },
    distBytes,
    distFiles,
    search,
  };
}

const mb = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`;
const load = (runs: Measured[]) => {
  const values = runs.flatMap((run) => run.load);
  return `${Math.min(...values).toFixed(1)}–${Math.max(...values).toFixed(1)}`;
};
const range = (runs: Measured[], digits = 0) => (runs.length > 1 ? ` (${Math.min(...runs.map((r) => r.seconds)).toFixed(digits)}–${Math.max(...runs.map((r) => r.seconds)).toFixed(digits)})` : '');

function report(results: SizeResult[]): string {
  const rows = [...results].sort((a, b) => a.documents - b.documents);
  const build = rows.map((row) => {
    const ours = median(row.ours);
    const bare = median(row.bare);
    return `| ${row.documents} | ${row.runs === 1 ? '1 run' : `median of ${row.runs}`}${row.heapMb ? `, heap ${row.heapMb / 1024} GB²` : ''} | ${ours.seconds.toFixed(1)} s${range(row.ours)} | ${((ours.seconds / row.documents) * 1000).toFixed(0)} ms | ${ours.peakMb.toFixed(0)} MB | ${bare.seconds.toFixed(1)} s${range(row.bare)} | ${bare.peakMb.toFixed(0)} MB | ${(ours.seconds / bare.seconds).toFixed(2)} | ${(ours.peakMb / bare.peakMb).toFixed(2)} | ${row.rebuild.seconds.toFixed(1)} s${range(row.rebuilds ?? [], 1)}${row.rebuild.changed ? '' : ' (change not seen!)'} | ${(row.rebuild.seconds / ours.seconds).toFixed(3)} | ${load([...row.ours, ...row.bare, ...(row.rebuilds ?? [row.rebuild])])} | ${row.date} |`;
  });
  const checked = rows.filter((row) => row.check);
  const check = checked.map((row) => {
    const ours = median(row.ours);
    const { cold, edited } = row.check!;
    return `| ${row.documents} | ${cold.toFixed(1)} s | ${edited.toFixed(1)} s | ${(cold + ours.seconds).toFixed(1)} s | ${(edited + row.rebuild.seconds).toFixed(1)} s | ${((edited + row.rebuild.seconds) / (cold + ours.seconds)).toFixed(3)} |`;
  });
  const output = rows.map(
    (row) =>
      `| ${row.documents} | ${mb(row.distBytes)} (${row.distFiles} files) | ${kb(row.distBytes / row.documents)} | ${mb(row.search.index.bytes)} (${row.search.index.files} files) | ${kb(row.search.first.bytes)} | ${msWithRange(row.search.first.ms, row.search.runs?.first)} | ${kb(row.search.following.bytes)}, ${row.search.following.ms.toFixed(0)} ms |`,
  );
  const smallest = rows[0];
  const largest = rows.at(-1)!;
  const perDocument = (row: SizeResult) => median(row.ours).seconds / row.documents;
  const linearity = rows.length > 1 ? perDocument(largest) / perDocument(smallest) : NaN;
  const cpu = cpus();
  return [
    '# Build benchmark',
    '',
    `Synthetic province archives from \`src/cli/bench/corpus.ts\` (deterministic), measured by \`npm run bench\` (\`src/cli/bench/build.ts\`). Machine: ${cpu.length} × ${cpu[0]?.model.trim() ?? 'CPU'}, ${(totalmem() / 1073741824).toFixed(0)} GB, shared with other engineers' builds: the load column is the 1-minute load average at the start and end of each build of that size (on 2 cores, anything above 2 means builds competed for the CPU and times are inflated).`,
    '',
    ...rows.map((row) => `- ${row.documents}: ${row.corpus}. Measured ${row.date}, Node ${row.node}.`),
    '',
    'Cold builds have no content-layer or preview-image cache; ours and bare run in turn. Peak memory is the maximum resident set of the largest process (`/usr/bin/time -f %M`). The one-document rebuild changes one word in one commune\'s launch document and builds again with the cold build\'s cache folder, three times, each time another word in its place (the median is kept, range in brackets; until 2026-12-01 one rebuild).',
    '',
    '| documents | runs¹ | cold build | per document | peak memory | bare Astro + MDX | bare peak memory | time ratio to bare | memory ratio to bare | one-document rebuild | rebuild / cold | load (1-min) | date |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|',
    ...build,
    '',
    '¹ Up to 1,000 documents each build runs three times and the median is kept (range in brackets); above, a build takes minutes and runs once.',
    ...rows
      .filter((row) => row.outOfMemory)
      .map((row) => `² At ${row.documents} documents the cold build ran out of memory at Node's default heap limit (${(getHeapStatistics().heap_size_limit / 1073741824).toFixed(1)} GB on this machine) after ${row.outOfMemory!.seconds.toFixed(0)} s at ${row.outOfMemory!.peakMb.toFixed(0)} MB resident; every build of that size (ours, bare, rebuild) was then run with \`NODE_OPTIONS=--max-old-space-size=${row.heapMb}\`.`),
    '',
    ...(check.length
      ? [
          '`npm run build` checks the content (`src/cli/check.ts`, the same report as `npm run check`) before it starts Astro; the table above times `astro build` alone, as the bare site is. The check keeps what it found in each file in the cache folder: "nothing kept" runs with an empty one, "after the edit" after an earlier check of the unedited set. The last three columns add it to the cold build and the rebuild above.',
          '',
          '| documents | content check, nothing kept | content check after the one-document edit | npm run build, cold | npm run build, one-document rebuild | rebuild / cold |',
          '|---|---|---|---|---|---|',
          ...check,
        ]
      : []),
    '',
    `Output of the last cold build, and search over it in headless Chromium (\`src/cli/bench/search.ts\`): the site is served by Debian's nginx with the shipped configuration (gzip copies sent as they are), bytes are every response as sent, from focusing the box to the results settling (until 2026-11-30 they were counted decompressed, from a bare Node server: 188.9 KB at 5,000 documents then), time is from Enter to the first result shown, the median of ${SEARCH_RUNS} runs in a fresh browser each (range in brackets; until 2026-11-30 one run).`,
    '',
    '| documents | dist | dist per document | Pagefind index | first query “doan ket”: bytes | first query: time to first result | following query “chi thi 34” |',
    '|---|---|---|---|---|---|---|',
    ...output,
    '',
    rows.length > 1
      ? `Per-document build time at ${largest.documents} is ${linearity.toFixed(2)}× that at ${smallest.documents} (${(perDocument(largest) * 1000).toFixed(0)} ms against ${(perDocument(smallest) * 1000).toFixed(0)} ms; target ≤ 1.2: linear).`
      : `Only ${smallest.documents} documents measured: run \`npm run bench -- 5000\` for the linearity figure.`,
    '',
  ].join('\n');
}

const stored: SizeResult[] = existsSync(RESULTS_JSON) ? (JSON.parse(readFileSync(RESULTS_JSON, 'utf8')) as SizeResult[]) : [];
const results = new Map(stored.map((result) => [result.documents, result]));
mkdirSync('tests/benchmarks', { recursive: true });
for (const count of counts) {
  results.set(count, await measure(count));
  // Written after every size, so a long run that is stopped keeps what it measured.
  writeFileSync(RESULTS_JSON, `${JSON.stringify([...results.values()].sort((a, b) => a.documents - b.documents), null, 2)}\n`);
  writeFileSync(RESULTS_MD, report([...results.values()]));
}
console.log(`\n${readFileSync(RESULTS_MD, 'utf8')}`);

/**
 * Search benchmark: serves a built site on loopback with Debian's nginx and the shipped
 * configuration (gzip copies sent as they are, as the site is published) and, in headless
 * Chromium, measures what a reader pays for a first query and for a following one: bytes as
 * sent over the wire (compressed where the server compresses) and time from pressing Enter to
 * the first result shown. `npm run bench` measures its cold build with
 * `measureSearch`; on its own it builds a synthetic province archive first (default 1,000
 * campaign documents).
 *
 *   npm run bench:search [-- <documents> [<runs>]]
 *
 * With several runs (a fresh browser each), each run's first-query time is printed and the table
 * gives the median: one run on this shared 2-core machine can land tens of milliseconds either way.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../../../tests/support/browser';
import { serveWithNginx } from '../../../tests/support/nginx';
import { writeCorpus } from './corpus';

export function folderBytes(folder: string): { bytes: number; files: number } {
  return readdirSync(folder, { withFileTypes: true }).reduce(
    (total, entry) => {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        const inner = folderBytes(path);
        return { bytes: total.bytes + inner.bytes, files: total.files + inner.files };
      }
      return { bytes: total.bytes + statSync(path).size, files: total.files + 1 };
    },
    { bytes: 0, files: 0 },
  );
}

export interface QueryMeasure {
  /** Milliseconds from Enter to the first result shown. */
  ms: number;
  /** Bytes of every response as sent (body after content encoding), from focusing the box to the results settling. */
  bytes: number;
  /** The status line ("12 kết quả ..."). */
  results: string;
}

export interface SearchMeasure {
  index: { bytes: number; files: number };
  /** With several runs: each run's first-query and following-query times, in the order run. */
  runs?: { first: number[]; following: number[] };
  /** Bytes of the search page before any query. */
  pageBytes: number;
  first: QueryMeasure;
  following: QueryMeasure;
}

/** Measures search on a built site in `dist`: a first query ("doan ket") and a following one ("chi thi 34"). */
export async function measureSearch(dist: string): Promise<SearchMeasure> {
  const index = folderBytes(join(dist, 'pagefind'));
  const server = await serveWithNginx(dist, 'bench-search');
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    let bytes = 0;
    page.on('requestfinished', async (request) => {
      const sizes = await request.sizes().catch(() => undefined);
      // Chromium can report a negative body size (seen for the favicon): count it as nothing, not as bytes saved.
      bytes += Math.max(0, sizes?.responseBodySize ?? 0);
    });
    await page.goto(`${server.url}/tim-kiem/`, { waitUntil: 'networkidle' });
    const pageBytes = bytes;

    const query = async (text: string): Promise<QueryMeasure> => {
      bytes = 0;
      // As a person does: click into the box, type at a brisk 60 ms a key, press Enter.
      await page.fill('#q', '');
      await page.click('#q');
      await page.locator('#q').pressSequentially(text, { delay: 60 });
      const start = await page.evaluate(() => performance.now());
      await page.press('#q', 'Enter');
      await page.waitForFunction(
        (previous) => {
          const status = document.querySelector('#trang-thai')?.textContent ?? '';
          return document.querySelector('#ket-qua li') && status.includes(previous);
        },
        text,
        { timeout: 60_000 },
      );
      const ms = (await page.evaluate(() => performance.now())) - start;
      await page.waitForLoadState('networkidle');
      return { ms, bytes, results: (await page.locator('#trang-thai').textContent()) ?? '' };
    };

    const first = await query('doan ket');
    const following = await query('chi thi 34');
    return { index, pageBytes, first, following };
  } finally {
    await browser.close();
    await server.stop();
  }
}

/**
 * Measures search `runs` times, each in a fresh browser (nothing cached), and returns the run
 * whose first-query time is the median, with every run's times: one run on a shared 2-core host
 * lands tens of milliseconds, at times a hundred, either way.
 */
export async function measureSearchRuns(dist: string, runs: number): Promise<SearchMeasure> {
  const measured: SearchMeasure[] = [];
  for (let run = 0; run < Math.max(1, runs); run += 1) measured.push(await measureSearch(dist));
  const byFirstTime = [...measured].sort((a, b) => a.first.ms - b.first.ms);
  const median = byFirstTime[Math.floor((byFirstTime.length - 1) / 2)];
  return { ...median, runs: { first: measured.map((m) => m.first.ms), following: measured.map((m) => m.following.ms) } };
}

/** "212 ms (198–260)": a median and the range of the runs it came from. */
export function msWithRange(ms: number, all: number[] | undefined): string {
  if (!all || all.length < 2) return `${ms.toFixed(0)} ms`;
  return `${ms.toFixed(0)} ms (${Math.min(...all).toFixed(0)}–${Math.max(...all).toFixed(0)})`;
}

export const kb = (value: number) => `${(value / 1024).toFixed(1)} KB`;

if (process.argv[1]?.endsWith('search.ts')) {
  const count = Number(process.argv[2] ?? 1000);
  const root = `.tmp/bench/search-${count}`;
  writeCorpus(count, `${root}/content`);
  const started = Date.now();
  execFileSync('npx', ['astro', 'build', '--outDir', `${root}/dist`], {
    stdio: 'ignore',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', THI_DUA_CONTENT: `${root}/content`, THI_DUA_CACHE_DIR: `${root}/cache` },
  });
  const buildSeconds = (Date.now() - started) / 1000;
  const runs = Math.max(1, Number(process.argv[3] ?? 1));
  const { index, pageBytes, first, following, runs: times } = await measureSearchRuns(`${root}/dist`, runs);
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];
  console.log(`Search benchmark, ${count} campaign documents (build ${buildSeconds.toFixed(1)} s)${runs > 1 ? `, ${runs} runs: first query ${times!.first.map((ms) => `${ms.toFixed(0)} ms`).join(', ')}; median shown (following query median ${median(times!.following).toFixed(0)} ms)` : ''}`);
  console.log(`| measure | value | target |`);
  console.log(`|---|---|---|`);
  console.log(`| index size (dist/pagefind) | ${kb(index.bytes)} in ${index.files} files | |`);
  console.log(`| search page before any query | ${kb(pageBytes)} | |`);
  console.log(`| first query “doan ket”: bytes | ${kb(first.bytes)} | ≤ 150 KB |`);
  console.log(`| first query: time to first result | ${first.ms.toFixed(0)} ms | ≤ 300 ms |`);
  console.log(`| following query “chi thi 34”: bytes | ${kb(following.bytes)} | |`);
  console.log(`| following query: time to first result | ${following.ms.toFixed(0)} ms | |`);
  console.log(`(${first.results} / ${following.results})`);
  console.log('Bytes are every response from focusing the box to the results settling; time is from Enter to the first result shown.');
}

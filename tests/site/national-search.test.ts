import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { BUILT_SITE, DEMO_SITE } from '../setup/built-site';
import { launchChromium } from '../support/browser';
import { serveStatic } from '../support/server';

/**
 * The two provinces are the two sites the global setup built separately: the shipped content
 * (.tmp/site-dist) and the illustrative province (dist-demo). The national site is a third build,
 * of its own small content (tests/fixtures/national), told by THI_DUA_NATIONAL to merge both.
 */
const ROOT = join('.tmp', 'national');
const OUT = join(ROOT, 'dist');
const CAO_BANG = 'https://thidua.caobang.example/';
const MINH_HOA = 'https://thidua.minhhoa.example/';
const CONFIG = {
  name: 'Toàn quốc (minh họa)',
  sites: [
    { id: 'cao-bang', name: 'Tỉnh Cao Bằng', address: CAO_BANG, dist: resolve(BUILT_SITE) },
    { id: 'minh-hoa', name: 'Tỉnh Minh Họa', address: MINH_HOA, dist: resolve(DEMO_SITE) },
  ],
};

/** `astro build` of the national content with a national configuration; exit status and output. */
function nationalBuild(config: unknown, out: string): { status: number | null; output: string } {
  const file = join(ROOT, `${out.replace(/\W+/g, '-')}.json`);
  writeFileSync(file, JSON.stringify(config, null, 2));
  const env = {
    ...process.env,
    THI_DUA_CONTENT: join(ROOT, 'content'),
    THI_DUA_NATIONAL: file,
    THI_DUA_CACHE_DIR: 'node_modules/.astro-national',
    ASTRO_TELEMETRY_DISABLED: '1',
    FORCE_COLOR: '0',
    NO_COLOR: '1',
  };
  const run = spawnSync('npx', ['astro', 'build', '--outDir', out], { env, encoding: 'utf8', timeout: 200_000 });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;
let page: Page;
/** Every address the page requested, to prove the national page asks no other host. */
const requested: string[] = [];

beforeAll(async () => {
  rmSync(ROOT, { recursive: true, force: true });
  mkdirSync(ROOT, { recursive: true });
  cpSync('tests/fixtures/national/content', join(ROOT, 'content'), { recursive: true });
  const built = nationalBuild(CONFIG, OUT);
  if (built.status !== 0) throw new Error(`national build failed:\n${built.output}`);
  server = await serveStatic(OUT);
  browser = await launchChromium();
  page = await browser.newPage();
  page.on('request', (request) => requested.push(request.url()));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Types a query into the one search box and returns the result links (without their highlight fragment). */
async function search(query: string): Promise<string[]> {
  await page.goto(`${server.url}/tim-kiem/`, { waitUntil: 'load' });
  await page.fill('#q', query);
  await page.press('#q', 'Enter');
  return settledLinks(query);
}

async function settledLinks(query: string): Promise<string[]> {
  await page.waitForFunction(
    (wanted) => {
      const text = document.querySelector('#trang-thai')?.textContent ?? '';
      return text !== '' && !text.startsWith('Đang') && text.includes(wanted);
    },
    query,
  );
  const hrefs = await page.locator('#ket-qua a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  return hrefs.map((href) => href.replace(/:~:.*$/, '').replace(/#$/, ''));
}

describe('national search over sites built separately (Chromium)', () => {
  it('publishes each province index on its own host, with the "d" spellings of every site', () => {
    for (const id of ['cao-bang', 'minh-hoa']) {
      expect(existsSync(join(OUT, `pagefind-${id}`, 'pagefind-entry.json')), id).toBe(true);
      // Only the index: the national site's own Pagefind script and WebAssembly read it.
      expect(existsSync(join(OUT, `pagefind-${id}`, 'pagefind.js')), id).toBe(false);
    }
    const dWords = JSON.parse(readFileSync(join(OUT, 'tim-kiem', 'tu-d.json'), 'utf8')) as Record<string, string[]>;
    const province = JSON.parse(readFileSync(join(BUILT_SITE, 'tim-kiem', 'tu-d.json'), 'utf8')) as Record<string, string[]>;
    const demo = JSON.parse(readFileSync(join(DEMO_SITE, 'tim-kiem', 'tu-d.json'), 'utf8')) as Record<string, string[]>;
    for (const [key, spellings] of [...Object.entries(province), ...Object.entries(demo)]) expect(dWords[key]).toEqual(expect.arrayContaining(spellings));
  });

  it('finds a document of each province, and of the national site itself, from one search box, without diacritics', async () => {
    const caoBang = await search('dong bao dan toc thieu so');
    expect(caoBang[0]).toBe(`${CAO_BANG}phong-trao/2023/phat-dong-thi-dua-2023/#noi-dung-2`);
    expect(await page.locator('#ket-qua li').first().textContent()).toContain('Tỉnh Cao Bằng');

    const minhHoa = await search('luong van khai');
    expect(minhHoa[0]).toBe(`${MINH_HOA}bang-vang/2023/#chien-si-thi-dua-co-so-luong-van-khai`);
    expect(await page.locator('#ket-qua li').first().textContent()).toContain('Tỉnh Minh Họa');

    // "đúng" is a word of the illustrative province only: "dung" finds it through that site's "d" spellings.
    const onTime = await search('giai quyet dung han');
    expect(onTime[0].startsWith(MINH_HOA), onTime[0]).toBe(true);
    expect(await page.locator('#ket-qua li').first().textContent()).toMatch(/đúng hạn/i);

    // The national site's own document links on this host.
    expect((await search('sang kien so hoa'))[0]).toBe('/phong-trao/2024/phat-dong-thi-dua-2024/#noi-dung-2');
  });

  it('answers one query from both provinces, each result linking to its own site', async () => {
    const links = await search('doi moi sang tao');
    expect(links.some((link) => link.startsWith(CAO_BANG))).toBe(true);
    expect(links.some((link) => link.startsWith(MINH_HOA))).toBe(true);
    for (const link of links) expect(link.startsWith(CAO_BANG) || link.startsWith(MINH_HOA) || link.startsWith('/'), link).toBe(true);
  });

  it('offers the filter values of every site, and a filter narrows the merged results', async () => {
    const all = await search('thi dua');
    expect(all.some((link) => link.startsWith(CAO_BANG))).toBe(true);
    const years = await page.locator('#loc-nam option').evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
    expect(years).toEqual(['', '2024', '2023', '2022', '2021']);
    const sites = await page.locator('#loc-trang option').evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
    expect(sites).toEqual(['', 'Toàn quốc (minh họa)', 'Tỉnh Cao Bằng', 'Tỉnh Minh Họa']);

    await page.selectOption('#loc-nam', '2022');
    const in2022 = await settledLinks('thi dua');
    expect(new URL(page.url()).searchParams.get('nam')).toBe('2022');
    expect(in2022.length).toBeGreaterThan(0);
    // Only the illustrative province has documents of 2022.
    for (const link of in2022) expect(link.startsWith(MINH_HOA), link).toBe(true);

    await page.goto(`${server.url}/tim-kiem/?${new URLSearchParams({ q: 'thi dua', trang: 'Tỉnh Cao Bằng' })}`, { waitUntil: 'load' });
    const caoBang = await settledLinks('thi dua');
    expect(caoBang.length).toBeGreaterThan(0);
    for (const link of caoBang) expect(link.startsWith(CAO_BANG), link).toBe(true);
    expect(await page.locator('#loc-trang').inputValue()).toBe('Tỉnh Cao Bằng');
  });

  it('requests nothing from any other host', () => {
    expect(requested.length).toBeGreaterThan(0);
    expect(requested.filter((url) => !url.startsWith(server.url))).toEqual([]);
    expect(requested.some((url) => url.includes('/pagefind-cao-bang/'))).toBe(true);
    expect(requested.some((url) => url.includes('/pagefind-minh-hoa/'))).toBe(true);
  });

  it('stops the build, in Vietnamese, when a folder is not a Pagefind index or not of the same version', () => {
    const notIndex = nationalBuild({ sites: [{ id: 'sai', name: 'Sai', address: CAO_BANG, dist: resolve('content') }] }, join(ROOT, 'dist-sai'));
    expect(notIndex.status).not.toBe(0);
    expect(notIndex.output).toContain('không phải chỉ mục tìm kiếm Pagefind');

    const old = join(ROOT, 'old-site');
    cpSync(BUILT_SITE, old, { recursive: true });
    const entryFile = join(old, 'pagefind', 'pagefind-entry.json');
    writeFileSync(entryFile, readFileSync(entryFile, 'utf8').replace(/"version":"[^"]+"/, '"version":"1.0.0"'));
    const oldVersion = nationalBuild({ sites: [{ id: 'cu', name: 'Cũ', address: CAO_BANG, dist: resolve(old) }] }, join(ROOT, 'dist-cu'));
    expect(oldVersion.status).not.toBe(0);
    expect(oldVersion.output).toContain('được dựng bằng Pagefind 1.0.0');
  });
});

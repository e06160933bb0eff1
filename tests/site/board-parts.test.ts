/**
 * A large honour board is indexed in parts (src/lib/search/records.ts): the illustrative set built
 * with three rows per record answers as the suite's build of it, every board whole, does: the same
 * row first at the board's own address, a title filter lists each board once, and the parts' address
 * never reaches a reader.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DEMO_SITE } from '../setup/built-site';
import { launchChromium } from '../support/browser';
import { serveStatic } from '../support/server';
import { astroBuild, contentVariant, type BuildResult } from '../support/build';

let build: BuildResult;
let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;
/** The illustrative site as the suite builds it, every board one record (tests/setup/built-site.ts). */
let whole: Awaited<ReturnType<typeof serveStatic>>;
let page: Page;

beforeAll(async () => {
  const root = contentVariant('board-parts', () => undefined, 'tests/fixtures/demo/content');
  build = await astroBuild({ outDir: join(root, 'site'), content: join(root, 'content'), cacheDir: join(root, 'cache'), env: { THI_DUA_ILLUSTRATIVE: '1', THI_DUA_HONOUR_ROWS_PER_RECORD: '3' } });
  server = await serveStatic(join(root, 'site'));
  whole = await serveStatic(DEMO_SITE);
  browser = await launchChromium();
  page = await browser.newPage();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await whole?.close();
});

/** Result links (without their highlight fragment) for a search URL. */
async function resultsFor(params: Record<string, string>, site = server.url): Promise<string[]> {
  await page.goto(`${site}/tim-kiem/?${new URLSearchParams(params)}`, { waitUntil: 'load' });
  await page.waitForFunction(() => {
    const text = document.querySelector('#trang-thai')?.textContent ?? '';
    return text !== '' && !text.startsWith('Đang');
  });
  const hrefs = await page.locator('#ket-qua a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  return hrefs.map((href) => href.replace(/:~:.*$/, '').replace(/#$/, ''));
}

describe('honour boards indexed in parts (Chromium, illustrative set, three rows a part)', () => {
  it('builds, with more index records than boards', () => {
    expect(build.status, build.output.slice(-3000)).toBe(0);
    const match = /indexed (\d+) records/.exec(build.output);
    expect(Number(match?.[1])).toBeGreaterThan(20);
  });

  it('puts first, for queries on the boards, the row the whole-board build puts first', async () => {
    for (const q of ['luong van khai', 'Lương Văn Khải', 'bang khen', 'chanh thanh tra', 'TTLĐXS 2022']) {
      const [first] = await resultsFor({ q }, whole.url);
      expect(first, q).toMatch(/^\/bang-vang\/\d{4}\/#/);
      expect((await resultsFor({ q }))[0], q).toBe(first);
    }
  });

  it('lists and counts each board once for a title filter, at its own address', async () => {
    expect((await resultsFor({ 'danh-hieu': 'Tập thể lao động xuất sắc' })).sort()).toEqual(['/bang-vang/2021/', '/bang-vang/2022/', '/bang-vang/2023/']);
    expect(await page.locator('#trang-thai').textContent()).toMatch(/^3 văn bản phù hợp/);
    // A title only a later part of its board holds still finds that board.
    const lastTitle = await resultsFor({ 'danh-hieu': 'Tập thể lao động tiên tiến' });
    expect(lastTitle.length).toBeGreaterThan(0);
    expect(lastTitle.every((result) => /^\/bang-vang\/\d{4}\/$/.test(result))).toBe(true);
    expect(new Set(lastTitle).size).toBe(lastTitle.length);
  });

  it('never shows a part’s address', async () => {
    const results = await resultsFor({ q: 'tap the lao dong xuat sac', nam: '2022', loai: 'Bảng vàng' });
    expect(results.filter((result) => result.startsWith('/bang-vang/2022/#tap-the-lao-dong-xuat-sac-')).length).toBeGreaterThan(1);
    expect(results.filter((result) => result.includes('phan='))).toEqual([]);
  });
});

import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { RunningNginx } from '../../src/cli/local-nginx';
import { PLACEHOLDER_SITE } from '../../src/lib/publishing/address';
import { launchChromium, visitInTabs } from '../support/browser';
import { astroBuild } from '../support/build';
import { allPages, select, selectAll } from '../support/html';
import { rawGet, serveWithNginx } from '../support/nginx';
import { run } from '../support/run';

/** A new user's setting: the site published under a sub-path, as Pages and portals give it. */
const SITE = 'https://example.org/thi-dua/';
const BASE = '/thi-dua/';
const OUT = '.tmp/subpath-dist';
const DOC = 'phong-trao/2023/phat-dong-thi-dua-2023/';

let browser: Browser;
let nginx: RunningNginx;
let buildOutput: string;

beforeAll(async () => {
  rmSync(OUT, { recursive: true, force: true });
  const build = await astroBuild({ outDir: OUT, cacheDir: 'node_modules/.astro-subpath', env: { THI_DUA_SITE: SITE } });
  buildOutput = build.output;
  if (build.status !== 0) throw new Error(`build for ${SITE} failed:\n${build.output}`);
  nginx = await serveWithNginx(OUT, 'subpath', BASE);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await nginx?.stop();
});

/** Every address a page names (links, stylesheets, scripts, images, icons, forms), as written. */
function addressesIn(html: ReturnType<typeof allPages>[number]): string[] {
  // The 404 page's canonical link names /404/, which no server answers (at the root as well): not a link to follow.
  const links = html.path === '404.html' ? 'a[href], link[href]:not([rel="canonical"])' : 'a[href], link[href]';
  return [
    ...selectAll(links, html.tree).map((node) => String(node.properties.href)),
    ...selectAll('[src]', html.tree).map((node) => String(node.properties.src)),
    ...selectAll('form[action]', html.tree).map((node) => String(node.properties.action)),
  ];
}

describe(`a build for ${SITE}, served under ${BASE} by nginx`, () => {
  it('says nothing about a placeholder address', () => {
    expect(buildOutput).not.toContain('THI_DUA_SITE');
  });

  it('names only addresses under /thi-dua/ (or the public address under it), every one answering, every anchor there', async () => {
    const problems: string[] = [];
    const pages = allPages(OUT);
    const checked = new Map<string, string>();
    for (const page of pages) {
      const here = new URL(`${BASE}${page.path.replace(/index\.html$/, '')}`, nginx.url);
      for (const written of addressesIn(page)) {
        if (/^(mailto|data):/.test(written)) continue;
        const url = new URL(written, here);
        const local = url.origin === nginx.url;
        const published = url.href.startsWith(SITE);
        if (!(local && url.pathname.startsWith(BASE)) && !published) {
          // Only an official source document's page may be linked elsewhere, as rel="external".
          if (!page.html.includes(`href="${written}" rel="external"`)) problems.push(`${page.path}: ${written}`);
          continue;
        }
        const target = published ? new URL(url.href.slice(SITE.length), `${nginx.url}${BASE}`) : url;
        const key = target.pathname;
        if (!checked.has(key)) {
          const response = await rawGet(nginx.url + key);
          checked.set(key, response.status === 200 ? response.body.toString('utf8') : `status ${response.status}`);
        }
        const body = checked.get(key) ?? '';
        if (body.startsWith('status ')) problems.push(`${page.path}: ${written} → ${body}`);
        const anchor = decodeURIComponent(target.hash.slice(1));
        if (anchor && !body.includes(`id="${anchor}"`)) problems.push(`${page.path}: ${written} (no #${anchor})`);
      }
    }
    expect(problems).toEqual([]);
    expect(checked.size).toBeGreaterThan(pages.length);
  });

  it('gives canonical links, preview cards, the feed, the sitemap, robots.txt and the open data under the public address', () => {
    const page = allPages(OUT).find((built) => built.path === `${DOC}index.html`);
    if (!page) throw new Error('no 2023 page');
    expect(select('link[rel="canonical"]', page.tree)?.properties.href).toBe(`${SITE}${DOC}`);
    expect(select('meta[property="og:url"]', page.tree)?.properties.content).toBe(`${SITE}${DOC}`);
    expect(String(select('meta[property="og:image"]', page.tree)?.properties.content)).toMatch(new RegExp(`^${SITE}xem-truoc/[0-9a-f]{20}\\.png$`));
    expect(select('meta[name="referrer"]', page.tree)?.properties.content).toBe('strict-origin-when-cross-origin');
    const feed = readFileSync(join(OUT, 'nguon-tin.xml'), 'utf8');
    const sitemap = readFileSync(join(OUT, 'sitemap-0.xml'), 'utf8');
    for (const [name, text] of [
      ['feed', feed],
      ['sitemap', sitemap],
      ['sitemap index', readFileSync(join(OUT, 'sitemap-index.xml'), 'utf8')],
      ['robots.txt', readFileSync(join(OUT, 'robots.txt'), 'utf8')],
      ['open data', readFileSync(join(OUT, 'du-lieu/phong-trao.json'), 'utf8')],
    ]) {
      const addresses = [...text.matchAll(/https?:\/\/[^"<\s]+/g)].map((match) => match[0]).filter((address) => !/sitemaps\.org|w3\.org|google\.com|json-schema\.org/.test(address));
      expect(addresses.length, name).toBeGreaterThan(0);
      expect(addresses.filter((address) => !address.startsWith(SITE)), name).toEqual([]);
    }
    expect(sitemap).toContain(`<loc>${SITE}${DOC}</loc>`);
    expect(feed).toContain(`href="${SITE}${DOC}"`);
    expect(readFileSync(join(OUT, '_headers'), 'utf8')).toMatch(/^\/thi-dua\/\*$/m);
    // Apache's 404 page is named from the host's root.
    expect(readFileSync(join(OUT, '.htaccess'), 'utf8')).toMatch(/^ErrorDocument 404 \/thi-dua\/404\.html$/m);
  });

  it('in Chromium: every page loads with no console error, no failed request, nothing outside /thi-dua/', async () => {
    const found: string[] = [];
    const context = await browser.newContext();
    const openTab = async () => {
      const tab = await context.newPage();
      tab.on('console', (message) => message.type() === 'error' && found.push(`${tab.url()} console: ${message.text()}`));
      tab.on('requestfailed', (request) => found.push(`${tab.url()} failed: ${request.url()}`));
      tab.on('request', (request) => !request.url().startsWith(`${nginx.url}${BASE}`) && found.push(`${tab.url()} outside: ${request.url()}`));
      return tab;
    };
    await visitInTabs(allPages(OUT).filter((candidate) => candidate.path !== '404.html'), openTab, async (tab, built) => {
      const response = await tab.goto(`${nginx.url}${BASE}${built.path.replace(/index\.html$/, '')}`, { waitUntil: 'networkidle' });
      if (response?.status() !== 200) found.push(`${built.path}: ${response?.status()}`);
    });
    const page = await openTab();
    const missing = await page.goto(`${nginx.url}${BASE}khong-co/`, { waitUntil: 'networkidle' });
    expect(missing?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBeTruthy();
    await context.close();
    expect(found.filter((line) => !line.includes('/khong-co/ console'))).toEqual([]);
  });

  it('searches, from the header box to a result highlighted on its page, all under /thi-dua/', async () => {
    const page = await browser.newPage();
    await page.goto(`${nginx.url}${BASE}${DOC}`, { waitUntil: 'networkidle' });
    await page.fill('#tim-nhanh', 'doan ket xay dung');
    await Promise.all([page.waitForURL(/\/thi-dua\/tim-kiem\/\?q=/), page.press('#tim-nhanh', 'Enter')]);
    await page.waitForFunction(() => /văn bản phù hợp/.test(document.querySelector('#trang-thai')?.textContent ?? ''), undefined, { timeout: 15_000 });
    const href = (await page.locator('#ket-qua a').first().getAttribute('href')) ?? '';
    expect(decodeURIComponent(href)).toBe(`${BASE}${DOC}#noi-dung-8:~:text=đoàn kết xây dựng`);
    await Promise.all([page.waitForURL(/#noi-dung-8/), page.locator('#ket-qua a').first().click()]);
    expect(new URL(page.url()).pathname).toBe(`${BASE}${DOC}`);
    await page.close();
  });
});

describe('the public address, said and required', () => {
  it('a build without THI_DUA_SITE says once, in Vietnamese, that it uses the placeholder', async () => {
    const env = { ...process.env };
    delete env.THI_DUA_SITE;
    const build = await run('npx', ['astro', 'build', '--outDir', '.tmp/subpath-placeholder'], { env: { ...env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' }, timeout: 200_000 });
    const output = `${build.stdout}${build.stderr}`;
    expect(build.status, output).toBe(0);
    expect(output.split('Chưa đặt THI_DUA_SITE').length - 1).toBe(1);
    expect(output).toContain(PLACEHOLDER_SITE);
    rmSync('.tmp/subpath-placeholder', { recursive: true, force: true });
  });

  it('a production build (THI_DUA_REQUIRE_SITE=1) refuses the placeholder and leaves the published folder as it was', async () => {
    const out = '.tmp/subpath-published';
    rmSync(out, { recursive: true, force: true });
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'index.html'), 'trang đang công bố');
    const env: NodeJS.ProcessEnv = { ...process.env, THI_DUA_REQUIRE_SITE: '1', THI_DUA_OUT: out, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' };
    delete env.THI_DUA_SITE;
    const build = await run('npm', ['run', '-s', 'build'], { env, timeout: 200_000 });
    const output = `${build.stdout}${build.stderr}`;
    expect(build.status).not.toBe(0);
    expect(output).toContain('cần địa chỉ công khai: đặt THI_DUA_SITE');
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('trang đang công bố');
    expect(existsSync(join(out, '404.html'))).toBe(false);
    rmSync(out, { recursive: true, force: true });
  });
});

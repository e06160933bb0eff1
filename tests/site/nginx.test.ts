import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { RunningNginx } from '../../src/cli/local-nginx';
import { policyDirectives } from '../../src/lib/publishing/security-headers';
import { BUILT_SITE, DEMO_SITE } from '../setup/built-site';
import { launchChromium, visitInTabs } from '../support/browser';
import { allPages, select } from '../support/html';
import { rawGet, serveWithNginx } from '../support/nginx';
import { addressOf, builtFiles, EXPECTED_TYPES, FINGERPRINTED, FIVE_MINUTES, headersFilePolicy, REDIRECTS, securityHeaderProblems, YEAR_IMMUTABLE } from '../support/served-files';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe.each([
  ['shipped', BUILT_SITE, 'shipped'],
  ['illustrative', DEMO_SITE, 'demo'],
])('the %s site through nginx with the shipped configuration', (_, root, name) => {
  let nginx: RunningNginx;

  beforeAll(async () => {
    nginx = await serveWithNginx(root, name);
  });

  afterAll(async () => {
    await nginx?.stop();
  });

  it('serves every page with 200 and the CSP of _headers, which agrees with the page’s own meta policy', async () => {
    const policy = headersFilePolicy(root);
    expect(policy).toContain("frame-ancestors 'none'");
    const problems: string[] = [];
    for (const page of allPages(root).filter((built) => built.path !== '404.html')) {
      const address = addressOf(`/${page.path}`);
      const response = await rawGet(nginx.url + address);
      if (response.status !== 200) problems.push(`${address}: ${response.status}`);
      const header = response.headers.get('content-security-policy') ?? '';
      problems.push(...securityHeaderProblems(address, response.headers, policy));
      const meta = policyDirectives(String(select('meta[http-equiv="content-security-policy"]', page.tree)?.properties.content ?? ''));
      const sent = policyDirectives(header);
      for (const [directive, sources] of meta) {
        const withoutHashes = sources.split(' ').filter((source) => !source.startsWith("'sha256-")).join(' ');
        const expected = directive === 'style-src' ? `${withoutHashes} 'unsafe-inline'` : withoutHashes;
        if (sent.get(directive) !== expected) problems.push(`${address}: ${directive} is "${sent.get(directive)}" in the header, "${sources}" in the page`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('sends what every first search downloads (Pagefind’s loader, metadata and wasm) smaller than zlib’s best, with the same content', () => {
    const folder = join(root, 'pagefind');
    const fixed = readdirSync(folder).filter((name) => /^(pagefind\..+\.pf_meta|wasm\..+\.pagefind)$/.test(name));
    expect(fixed).toHaveLength(2);
    const sizes = fixed.map((name) => {
      const content = gunzipSync(readFileSync(join(folder, name)));
      return { name, sent: readFileSync(join(folder, name)).length, zlib: gzipSync(content, { level: 9 }).length, content };
    });
    const loader = readFileSync(join(folder, 'pagefind.js'));
    const loaderCopy = readFileSync(join(folder, 'pagefind.js.gz'));
    expect(gunzipSync(loaderCopy).equals(loader)).toBe(true);
    sizes.push({ name: 'pagefind.js', sent: loaderCopy.length, zlib: gzipSync(loader, { level: 9 }).length, content: loader });
    // Pagefind's metadata is still what its script reads: its own signature, then the index.
    expect(sizes.find((size) => size.name.endsWith('.pf_meta'))?.content.subarray(0, 12).toString()).toBe('pagefind_dcd');
    for (const size of sizes) expect(size.sent, size.name).toBeLessThan(size.zlib);
  });

  it('leaves no gzip copy without its file (a step after the first gzip pass removes the preview list)', () => {
    const copies = readdirSync(root, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile() && entry.name.endsWith('.gz'));
    expect(copies.length).toBeGreaterThan(10);
    const orphans = copies.map((entry) => relative(root, join(entry.parentPath, entry.name))).filter((copy) => !existsSync(join(root, copy.slice(0, -'.gz'.length))));
    expect(orphans).toEqual([]);
  });

  it('serves every built file with its type, caching by kind, and its gzip copy when asked for one', async () => {
    const problems: string[] = [];
    const files = builtFiles(root);
    for (const file of files) {
      const address = addressOf(file);
      const extension = /\.([a-z0-9_]+)$/.exec(file)?.[1] ?? '';
      const plain = await rawGet(nginx.url + address);
      const expectedType = file === '/nguon-tin.xml' ? 'application/atom+xml; charset=utf-8' : EXPECTED_TYPES[extension];
      if (plain.headers.get('content-type') !== expectedType) problems.push(`${file}: type ${plain.headers.get('content-type')}, expected ${expectedType}`);
      const caching = FINGERPRINTED.test(file) ? YEAR_IMMUTABLE : FIVE_MINUTES;
      if (plain.headers.get('cache-control') !== caching) problems.push(`${file}: cache-control ${plain.headers.get('cache-control')}, expected ${caching}`);
      if (plain.headers.get('content-encoding') || !plain.body.equals(readFileSync(join(root, file)))) problems.push(`${file}: not sent as built without Accept-Encoding`);
      const gzip = await rawGet(nginx.url + address, { 'accept-encoding': 'gzip' });
      if (/\.(html|css|js)$/.test(file) && !existsSync(join(root, `${file}.gz`))) problems.push(`${file}: no precompressed copy`);
      if (existsSync(join(root, `${file}.gz`))) {
        if (gzip.headers.get('content-encoding') !== 'gzip' || !gunzipSync(gzip.body).equals(plain.body)) problems.push(`${file}: gzip copy not sent`);
        if (gzip.headers.get('vary') !== 'Accept-Encoding') problems.push(`${file}: no Vary: Accept-Encoding`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('answers an unknown address with 404, the 404 page and the same headers', async () => {
    const response = await rawGet(`${nginx.url}/khong-co-trang-nay/`);
    expect(response.status).toBe(404);
    expect(response.body.toString('utf8')).toBe(readFileSync(join(root, '404.html'), 'utf8'));
    expect(response.headers.get('content-security-policy')).toBe(headersFilePolicy(root));
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect((await rawGet(`${nginx.url}/_astro/khong-co.css`)).status).toBe(404);
  });

  it('redirects an address without its slash, or with index.html, to the one Astro writes, on the same host', async () => {
    for (const [asked, to] of REDIRECTS) {
      const response = await rawGet(nginx.url + asked);
      expect([asked, response.status, response.headers.get('location')]).toEqual([asked, 301, to]);
    }
  });

  it('in Chromium: every page with no console error, no failed request and nothing from another host, and search works', async () => {
    const found: string[] = [];
    const context = await browser.newContext();
    const openTab = async () => {
      const tab = await context.newPage();
      tab.on('console', (message) => message.type() === 'error' && found.push(`${tab.url()} console: ${message.text()}`));
      tab.on('requestfailed', (request) => found.push(`${tab.url()} failed: ${request.url()}`));
      tab.on('request', (request) => !request.url().startsWith(nginx.url) && !request.url().startsWith('data:') && found.push(`${tab.url()} other host: ${request.url()}`));
      return tab;
    };
    await visitInTabs(
      allPages(root).filter((candidate) => candidate.path !== '404.html'),
      openTab,
      async (tab, built) => {
        const response = await tab.goto(nginx.url + addressOf(`/${built.path}`), { waitUntil: 'networkidle' });
        if (response?.status() !== 200) found.push(`${built.path}: ${response?.status()}`);
      },
    );
    const page = await openTab();
    const [query, first] = name === 'shipped' ? ['chi thi 34', '/chi-thi/chi-thi-34-ct-tw/'] : ['luong van khai', '/bang-vang/2023/#chien-si-thi-dua-co-so-luong-van-khai'];
    await page.goto(`${nginx.url}/tim-kiem/?q=${encodeURIComponent(query)}`, { waitUntil: 'load' });
    await page.waitForFunction(() => /văn bản phù hợp/.test(document.querySelector('#trang-thai')?.textContent ?? ''), undefined, { timeout: 15_000 });
    const href = (await page.locator('#ket-qua a').first().getAttribute('href')) ?? '';
    expect(href.replace(/:~:.*$/, '').replace(/#$/, '')).toBe(first);
    await context.close();
    expect(found).toEqual([]);
  });
});

describe('precompression: what a reader saves, measured through nginx', () => {
  let nginx: RunningNginx;

  beforeAll(async () => {
    nginx = await serveWithNginx(BUILT_SITE, 'precompression');
  });

  afterAll(async () => {
    await nginx?.stop();
  });

  /** Every address Chromium fetches for a visit (ending when the page has settled). */
  async function fetchedFor(path: string, settled?: string): Promise<string[]> {
    const page = await browser.newPage();
    const urls: string[] = [];
    page.on('requestfinished', (request) => urls.push(request.url().replace(/#.*$/, '')));
    await page.goto(nginx.url + path, { waitUntil: 'networkidle' });
    if (settled) await page.waitForFunction((text) => (document.querySelector('#trang-thai')?.textContent ?? '').includes(text), settled);
    await page.close();
    return [...new Set(urls)];
  }

  /** Bytes sent for the addresses: as built, gzip as nginx sends it, and what Brotli (not shipped) would send. */
  async function bytesOf(urls: string[]): Promise<{ plain: number; gzip: number; brotli: number }> {
    const total = { plain: 0, gzip: 0, brotli: 0 };
    for (const url of urls) {
      const plain = await rawGet(url);
      const gzip = await rawGet(url, { 'accept-encoding': 'gzip' });
      total.plain += plain.bytes;
      total.gzip += gzip.bytes;
      const compressible = gzip.headers.get('content-encoding') === 'gzip';
      total.brotli += compressible ? brotliCompressSync(plain.body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length : plain.bytes;
    }
    return total;
  }

  it('saves most of the bytes of the 2023 page and of a first search', async () => {
    const figures: string[] = [];
    const visits = [
      ['2023 page', await fetchedFor('/phong-trao/2023/phat-dong-thi-dua-2023/')],
      ['first search', await fetchedFor('/tim-kiem/?q=doan+ket', 'văn bản phù hợp')],
    ] as const;
    for (const [visit, urls] of visits) {
      const bytes = await bytesOf(urls);
      const saved = bytes.plain - bytes.gzip;
      figures.push(
        `${visit} (${urls.length} files): ${(bytes.plain / 1024).toFixed(1)} KB as built, ${(bytes.gzip / 1024).toFixed(1)} KB with gzip: ${(saved / 1024).toFixed(1)} KB saved (${((saved / bytes.plain) * 100).toFixed(0)} %); Brotli would send ${(bytes.brotli / 1024).toFixed(1)} KB`,
      );
      expect(saved, visit).toBeGreaterThan(0.2 * bytes.plain);
    }
    console.log(`Precompression, measured through nginx:\n${figures.join('\n')}`);
  });
});

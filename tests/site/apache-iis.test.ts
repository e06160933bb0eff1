/**
 * A copy of `dist/` on the servers provincial offices run besides nginx: Debian's Apache, reading
 * only the site's own `.htaccess` (with `AllowOverride FileInfo`), and IIS, whose `web.config`
 * is checked against the built files (no IIS runs here). Each must serve every file with its
 * type (IIS refuses an extension it has no type for, so Pagefind's files and search would fail),
 * the security headers of `_headers`, the caching by kind; Apache also the 404 page and the
 * redirects, and search works through it in Chromium.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_SITE } from '../setup/built-site';
import { serveWithApache, type RunningApache } from '../support/apache';
import { launchChromium } from '../support/browser';
import { rawGet } from '../support/nginx';
import { addressOf, builtFiles, EXPECTED_TYPES, FINGERPRINTED, FIVE_MINUTES, headersFilePolicy, REDIRECTS, securityHeaderProblems, YEAR_IMMUTABLE } from '../support/served-files';

const extensionOf = (file: string) => /\.([a-z0-9_]+)$/.exec(file)?.[1] ?? '';
const expectedType = (file: string) => (file === '/nguon-tin.xml' ? 'application/atom+xml; charset=utf-8' : EXPECTED_TYPES[extensionOf(file)]);
/** A redirect's target as a site path with its query ("/chi-thi/?q=1"), whether the server wrote it absolute or not. */
const target = (location: string | null) => (location ? ((url) => url.pathname + url.search)(new URL(location, 'http://may-chu.invalid')) : null);

describe('the illustrative site through Apache with its own .htaccess', () => {
  let apache: RunningApache;

  beforeAll(async () => {
    apache = await serveWithApache(DEMO_SITE, 'demo');
  });

  afterAll(async () => {
    await apache?.stop();
  });

  it('serves every built file with its type and caching by kind, and every page with the headers of _headers', async () => {
    const policy = headersFilePolicy(DEMO_SITE);
    expect(policy).toContain("frame-ancestors 'none'");
    const problems: string[] = [];
    for (const file of builtFiles(DEMO_SITE)) {
      const response = await rawGet(apache.url + addressOf(file));
      if (response.status !== 200) problems.push(`${file}: ${response.status}`);
      if (response.headers.get('content-type') !== expectedType(file)) problems.push(`${file}: type ${response.headers.get('content-type')}, expected ${expectedType(file)}`);
      const caching = FINGERPRINTED.test(file) ? YEAR_IMMUTABLE : FIVE_MINUTES;
      if (response.headers.get('cache-control') !== caching) problems.push(`${file}: cache-control ${response.headers.get('cache-control')}, expected ${caching}`);
      if (!response.body.equals(readFileSync(join(DEMO_SITE, file)))) problems.push(`${file}: not sent as built`);
      if (file.endsWith('.html')) problems.push(...securityHeaderProblems(file, response.headers, policy));
    }
    expect(problems).toEqual([]);
  });

  it('answers an unknown address with 404 and the 404 page, and keeps its own configuration to itself', async () => {
    const response = await rawGet(`${apache.url}/khong-co-trang-nay/`);
    expect(response.status).toBe(404);
    expect(response.body.toString('utf8')).toBe(readFileSync(join(DEMO_SITE, '404.html'), 'utf8'));
    expect(response.headers.get('content-security-policy')).toBe(headersFilePolicy(DEMO_SITE));
    expect((await rawGet(`${apache.url}/_astro/khong-co.css`)).status).toBe(404);
    expect((await rawGet(`${apache.url}/.htaccess`)).status).toBe(403);
  });

  it('redirects an address without its slash, or with index.html, to the one Astro writes', async () => {
    for (const [asked, to] of REDIRECTS) {
      const response = await rawGet(apache.url + asked);
      expect([asked, response.status, target(response.headers.get('location'))]).toEqual([asked, 301, to]);
    }
  });

  it('in Chromium: a page with no failed request, and search finds a person on an honour board', async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const failed: string[] = [];
      page.on('requestfailed', (request) => failed.push(request.url()));
      page.on('response', (response) => response.status() >= 400 && failed.push(`${response.status()} ${response.url()}`));
      await page.goto(`${apache.url}/`, { waitUntil: 'networkidle' });
      await page.goto(`${apache.url}/tim-kiem/?q=${encodeURIComponent('luong van khai')}`, { waitUntil: 'load' });
      await page.waitForFunction(() => /văn bản phù hợp/.test(document.querySelector('#trang-thai')?.textContent ?? ''), undefined, { timeout: 15_000 });
      const href = (await page.locator('#ket-qua a').first().getAttribute('href')) ?? '';
      expect(href.replace(/:~:.*$/, '').replace(/#$/, '')).toBe('/bang-vang/2023/#chien-si-thi-dua-co-so-luong-van-khai');
      expect(failed).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});

/** What web.config says, read by Chromium's XML parser (strict: a file it cannot parse reports a parsererror). */
interface WebConfig {
  errors: number;
  /** The site-wide staticContent's children in order: element, extension, type. */
  types: [string, string | null, string | null][];
  /** The site-wide custom headers. */
  headers: Record<string, string>;
  /** Each <location>: its path, its headers and its types. */
  locations: { path: string; headers: Record<string, string>; types: string[] }[];
}

async function readWebConfig(text: string): Promise<WebConfig> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    return await page.evaluate((source) => {
      const xml = new DOMParser().parseFromString(source, 'application/xml');
      const headersOf = (scope: Element | undefined) =>
        Object.fromEntries([...(scope?.querySelectorAll(':scope > httpProtocol > customHeaders > add') ?? [])].map((add) => [add.getAttribute('name') ?? '', add.getAttribute('value') ?? '']));
      const site = xml.querySelector('configuration > system\\.webServer') ?? undefined;
      return {
        errors: xml.getElementsByTagName('parsererror').length,
        types: [...(site?.querySelectorAll(':scope > staticContent > *') ?? [])].map((child) => [child.tagName, child.getAttribute('fileExtension'), child.getAttribute('mimeType')] as [string, string | null, string | null]),
        headers: headersOf(site),
        locations: [...xml.querySelectorAll('configuration > location')].map((location) => {
          const scope = location.querySelector(':scope > system\\.webServer') ?? undefined;
          return { path: location.getAttribute('path') ?? '', headers: headersOf(scope), types: [...(scope?.querySelectorAll('staticContent > mimeMap') ?? [])].map((map) => map.getAttribute('mimeType') ?? '') };
        }),
      };
    }, text);
  } finally {
    await browser.close();
  }
}

describe('web.config for IIS, against the built files', () => {
  let config: WebConfig;

  beforeAll(async () => {
    config = await readWebConfig(readFileSync(join(DEMO_SITE, 'web.config'), 'utf8'));
  });

  it('is well-formed XML (a broken file is reported as such)', async () => {
    expect(config.errors).toBe(0);
    expect((await readWebConfig('<configuration><system.webServer></configuration>')).errors).toBeGreaterThan(0);
  });

  it('gives every extension of the built site its type, each removed first (IIS refuses a duplicate)', () => {
    const problems: string[] = [];
    for (const extension of new Set(builtFiles(DEMO_SITE).map(extensionOf))) {
      const at = config.types.findIndex(([tag, name]) => tag === 'mimeMap' && name === `.${extension}`);
      if (at < 0) {
        problems.push(`.${extension}: no mimeMap`);
        continue;
      }
      if (config.types[at][2] !== EXPECTED_TYPES[extension]) problems.push(`.${extension}: ${config.types[at][2]}, expected ${EXPECTED_TYPES[extension]}`);
      if (!config.types.slice(0, at).some(([tag, name]) => tag === 'remove' && name === `.${extension}`)) problems.push(`.${extension}: not removed first`);
    }
    expect(problems).toEqual([]);
    expect(config.locations.find((location) => location.path === 'nguon-tin.xml')?.types).toEqual(['application/atom+xml; charset=utf-8']);
  });

  it('sends the headers of _headers and caching by kind: five minutes, a year for fingerprinted folders', () => {
    expect(config.headers).toEqual({
      'Content-Security-Policy': headersFilePolicy(DEMO_SITE),
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'Cache-Control': FIVE_MINUTES,
    });
    const fingerprinted = config.locations.filter((location) => FINGERPRINTED.test(`/${location.path}/`));
    expect(fingerprinted.map((location) => location.path).sort()).toEqual(['_astro', 'pagefind/filter', 'pagefind/fragment', 'pagefind/index', 'xem-truoc']);
    for (const location of fingerprinted) expect(location.headers).toEqual({ 'Cache-Control': YEAR_IMMUTABLE });
  });
});

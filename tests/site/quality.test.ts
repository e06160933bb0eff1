import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { BUILT_SITE, DEMO_SITE } from '../setup/built-site';
import { launchChromium } from '../support/browser';
import { allPages, readPage, selectAll } from '../support/html';
import type { BuiltPage } from '../support/html';
import { BUDGETS, axeViolations, brokenLinks, gzipBytes, htmlErrors } from '../support/quality';
import { serveStatic } from '../support/server';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** Pages checked at once in the accessibility test. */
const TABS = 4;

/** URL path of a built page. */
const urlOf = (page: Pick<BuiltPage, 'path'>) => `/${page.path.replace(/index\.html$/, '')}`;

describe.each([
  ['shipped', BUILT_SITE],
  ['illustrative', DEMO_SITE],
])('every page of the %s site', (_, root) => {
  const pages = allPages(root).filter((page) => page.path !== '404.html');
  let server: Awaited<ReturnType<typeof serveStatic>>;

  beforeAll(async () => {
    server = await serveStatic(root);
  });

  afterAll(async () => {
    await server?.close();
  });

  it('has no accessibility violation at WCAG 2.2 A/AA (axe-core), no console error, no failed request, nothing from another host', async () => {
    const found: string[] = [];
    const context = await browser.newContext();
    const check = async (built: { path: string }) => {
      const page = await context.newPage();
      page.on('console', (message) => message.type() === 'error' && !built.path.startsWith('404') && found.push(`${built.path} console: ${message.text()}`));
      page.on('requestfailed', (request) => found.push(`${built.path} failed: ${request.url()}`));
      page.on('request', (request) => !request.url().startsWith(server.url) && !request.url().startsWith('data:') && found.push(`${built.path} other host: ${request.url()}`));
      await page.goto(server.url + (built.path === '404.html' ? '/khong-co-trang-nay/' : urlOf(built)), { waitUntil: 'networkidle' });
      found.push(...(await axeViolations(page)).map((violation) => `${built.path} ${violation}`));
      await page.close();
    };
    // A few tabs at once: each waits half a second of network quiet, which need not be one after another.
    const queue = [...pages, { path: '404.html' }];
    await Promise.all(Array.from({ length: TABS }, async () => {
      for (let built = queue.shift(); built; built = queue.shift()) await check(built);
    }));
    await context.close();
    expect(found).toEqual([]);
  });

  it('is valid HTML (html-validate, recommended rules)', async () => {
    const errors: string[] = [];
    for (const page of allPages(root)) errors.push(...(await htmlErrors(page.html, page.path)).map((error) => `${page.path}:${error}`));
    expect(errors).toEqual([]);
  });

  it('links only to pages and anchors that exist', () => {
    expect(brokenLinks(allPages(root), root)).toEqual([]);
  });
});

describe('size budgets (gzip), measured in Chromium', () => {
  it('keeps the document page, its CSS and its fonts within budget, and reading pages free of JavaScript', async () => {
    const server = await serveStatic(BUILT_SITE);
    const figures: string[] = [];
    const html = readFileSync(join(BUILT_SITE, 'phong-trao/2023/phat-dong-thi-dua-2023/index.html'));
    expect(gzipBytes(html)).toBeLessThanOrEqual(BUDGETS.documentHtml);
    figures.push(`2023 document HTML: ${(gzipBytes(html) / 1024).toFixed(1)} KB gzip (budget 10 KB)`);
    for (const built of allPages(BUILT_SITE)) {
      const page = await browser.newPage();
      const bytes = { css: 0, font: 0, script: 0 };
      page.on('response', async (response) => {
        const type = response.request().resourceType();
        const body = await response.body().catch(() => Buffer.alloc(0));
        if (type === 'stylesheet') bytes.css += gzipBytes(body);
        if (type === 'font') bytes.font += body.length;
        if (type === 'script') bytes.script += body.length;
      });
      await page.goto(server.url + urlOf(built), { waitUntil: 'networkidle' });
      const inline = selectAll('style', readPage(BUILT_SITE, built.path).tree)
        .map((node) => (node.children[0] as { value?: string } | undefined)?.value ?? '')
        .join('');
      const css = bytes.css + gzipBytes(inline);
      figures.push(`${urlOf(built)}: CSS ${(css / 1024).toFixed(1)} KB, fonts ${(bytes.font / 1024).toFixed(1)} KB, JS ${(bytes.script / 1024).toFixed(1)} KB`);
      expect(css, built.path).toBeLessThanOrEqual(BUDGETS.cssPerPage);
      expect(bytes.font, built.path).toBeLessThanOrEqual(BUDGETS.fontsPerPage);
      if (!built.path.startsWith('tim-kiem/')) expect(bytes.script, built.path).toBe(0);
      await page.close();
    }
    console.log(figures.join('\n'));
    await server.close();
  });
});

describe('the checkers catch what they are for', () => {
  it('axe finds a missing alt text', async () => {
    const page = await browser.newPage();
    await page.setContent('<!DOCTYPE html><html lang="vi"><head><title>x</title></head><body><main><h1>x</h1><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></main></body></html>');
    expect((await axeViolations(page)).some((violation) => violation.startsWith('image-alt'))).toBe(true);
    await page.close();
  });

  it('the link check finds a broken link and a missing anchor', () => {
    const pages = allPages(BUILT_SITE);
    const planted = readPage(BUILT_SITE, 'index.html');
    const html = planted.html.replace('</main>', '<a href="/khong-co/">x</a><a href="/muc-tieu/#nam-1999">y</a></main>');
    const broken = brokenLinks([...pages.filter((page) => page.path !== 'index.html'), { ...planted, html, tree: readPageFromHtml(html) }], BUILT_SITE);
    expect(broken).toEqual(['index.html: /khong-co/', 'index.html: /muc-tieu/#nam-1999 (no #nam-1999)']);
  });

  it('html-validate finds invalid markup', async () => {
    expect(await htmlErrors('<!DOCTYPE html><html lang="vi"><head><title>x</title></head><body><div></span></body></html>')).not.toEqual([]);
  });

  it('the size budget finds an oversized page', () => {
    const page = readFileSync(join(BUILT_SITE, 'phong-trao/2023/phat-dong-thi-dua-2023/index.html'), 'utf8');
    const oversized = page.replace('</main>', `${Array.from({ length: 4000 }, (_, i) => `<p>${i.toString(36)} ${Math.sin(i)}</p>`).join('')}</main>`);
    expect(gzipBytes(oversized)).toBeGreaterThan(BUDGETS.documentHtml);
  });
});

import { fromHtml } from 'hast-util-from-html';
/** A parsed tree for planted HTML. */
function readPageFromHtml(html: string) {
  return fromHtml(html);
}

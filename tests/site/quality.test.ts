import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { BUILT_SITE, DEMO_SITE } from '../setup/built-site';
import { eachInTabs, launchChromium, visitInTabs } from '../support/browser';
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
    /** The address asked for the 404 page: its console reports the 404 status, as it should. */
    const missing = '/khong-co-trang-nay/';
    const openTab = async () => {
      const tab = await context.newPage();
      const path = () => new URL(tab.url()).pathname;
      tab.on('console', (message) => message.type() === 'error' && path() !== missing && found.push(`${path()} console: ${message.text()}`));
      tab.on('requestfailed', (request) => found.push(`${path()} failed: ${request.url()}`));
      tab.on('request', (request) => !request.url().startsWith(server.url) && !request.url().startsWith('data:') && found.push(`${path()} other host: ${request.url()}`));
      return tab;
    };
    await visitInTabs([...pages, { path: '404.html' }], openTab, async (tab, built) => {
      await tab.goto(server.url + (built.path === '404.html' ? missing : urlOf(built)), { waitUntil: 'networkidle' });
      found.push(...(await axeViolations(tab)).map((violation) => `${built.path} ${violation}`));
    });
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
    const measured: { built: BuiltPage; css: number; font: number; script: number }[] = [];
    // A page of its own for each visit: an empty cache, so every file the page needs is counted.
    await eachInTabs(allPages(BUILT_SITE), async (built) => {
      const page = await browser.newPage();
      const bytes = { css: 0, font: 0, script: 0 };
      const counted: Promise<void>[] = [];
      page.on('response', (response) => {
        const type = response.request().resourceType();
        counted.push(
          response.body().then((body) => {
            if (type === 'stylesheet') bytes.css += gzipBytes(body);
            if (type === 'font') bytes.font += body.length;
            if (type === 'script') bytes.script += body.length;
          }, () => undefined),
        );
      });
      await page.goto(server.url + urlOf(built), { waitUntil: 'networkidle' });
      // Every body counted before the page (and its bodies) goes.
      await Promise.all(counted);
      await page.close();
      const inline = selectAll('style', readPage(BUILT_SITE, built.path).tree)
        .map((node) => (node.children[0] as { value?: string } | undefined)?.value ?? '')
        .join('');
      measured.push({ built, css: bytes.css + gzipBytes(inline), font: bytes.font, script: bytes.script });
    });
    for (const { built, css, font, script } of measured.sort((a, b) => (a.built.path < b.built.path ? -1 : 1))) {
      figures.push(`${urlOf(built)}: CSS ${(css / 1024).toFixed(1)} KB, fonts ${(font / 1024).toFixed(1)} KB, JS ${(script / 1024).toFixed(1)} KB`);
      expect(css, built.path).toBeLessThanOrEqual(BUDGETS.cssPerPage);
      expect(font, built.path).toBeLessThanOrEqual(BUDGETS.fontsPerPage);
      if (!built.path.startsWith('tim-kiem/')) expect(script, built.path).toBe(0);
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

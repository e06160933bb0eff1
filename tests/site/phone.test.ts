/**
 * A citizen on a cheap phone (360 × 740): the document comes first, nothing scrolls sideways,
 * the text is not stretched by justification, and an honour board's rows fit the screen.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { BUILT_SITE, DEMO_SITE } from '../setup/built-site';
import { allPages } from '../support/html';
import { launchChromium, visitInTabs } from '../support/browser';
import { serveStatic } from '../support/server';

const PHONE = { width: 360, height: 740 };
const DOC = '/phong-trao/2023/phat-dong-thi-dua-2023/';

let browser: Browser;
let site: Awaited<ReturnType<typeof serveStatic>>;
let demo: Awaited<ReturnType<typeof serveStatic>>;

beforeAll(async () => {
  site = await serveStatic(BUILT_SITE);
  demo = await serveStatic(DEMO_SITE);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await demo?.close();
});

async function open(base: string, path: string): Promise<Page> {
  const page = await browser.newPage({ viewport: PHONE });
  await page.goto(`${base}${path}`);
  return page;
}

/** Every built page's address, from its file. */
function addresses(root: string): string[] {
  return allPages(root)
    .map((page) => `/${page.path.replace(/index\.html$/, '').replace(/\\/g, '/')}`)
    .filter((path) => !path.endsWith('.html') || path.endsWith('404.html'));
}

describe('on a 360 px phone', () => {
  it('shows the document’s title and its first lines on the first screen, before its details', async () => {
    const page = await open(site.url, DOC);
    const top = (selector: string) => page.locator(selector).first().evaluate((element) => element.getBoundingClientRect().top);
    expect(await top('#tieu-de-van-ban')).toBeLessThan(PHONE.height);
    expect(await top('.doc-body p')).toBeLessThan(PHONE.height);
    expect(await top('#thong-tin-van-ban')).toBeGreaterThan(await top('.doc-body p'));
    await page.close();
  });

  it('does not stretch the document’s text by justification', async () => {
    const page = await open(site.url, DOC);
    const aligns = await page.locator('.doc-body p').evaluateAll((paragraphs) => [...new Set(paragraphs.map((p) => getComputedStyle(p).textAlign))]);
    expect(aligns).not.toContain('justify');
    await page.close();
  });

  it('lays an honour board out in rows that fit the screen', async () => {
    const page = await open(demo.url, '/bang-vang/2023/');
    const widths = await page.locator('.meta-table td').evaluateAll((cells) => cells.map((cell) => Math.ceil(cell.getBoundingClientRect().right)));
    expect(widths.length).toBeGreaterThan(5);
    expect(Math.max(...widths)).toBeLessThanOrEqual(PHONE.width);
    await page.close();
  });

  it.each([
    ['shipped', () => site.url, () => addresses(BUILT_SITE)],
    ['illustrative', () => demo.url, () => addresses(DEMO_SITE)],
  ] as const)('scrolls no page of the %s site sideways', async (_name, base, paths) => {
    const overflowing: string[] = [];
    await visitInTabs(paths(), () => browser.newPage({ viewport: PHONE }), async (page, path) => {
      await page.goto(`${base()}${path}`);
      const wide = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (wide > 0) overflowing.push(`${path} (+${wide}px)`);
    });
    expect(overflowing.sort()).toEqual([]);
  });
});

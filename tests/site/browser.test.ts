import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { BUILT_SITE, DEMO_SITE } from '../setup/built-site';
import { launchChromium } from '../support/browser';
import { serveStatic } from '../support/server';

const DOC = '/phong-trao/2023/phat-dong-thi-dua-2023/';
const PAGES = ['/', DOC, '/chi-thi/', '/chi-thi/chi-thi-34-ct-tw/', '/muc-tieu/', '/bang-vang/', '/phong-trao/'];

let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;
let demo: Awaited<ReturnType<typeof serveStatic>>;

beforeAll(async () => {
  server = await serveStatic(BUILT_SITE);
  demo = await serveStatic(DEMO_SITE);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await demo?.close();
});

describe('pages in Chromium', () => {
  it.each(PAGES)('%s requests nothing from another host, loads no script and logs no error', async (path) => {
    const page = await browser.newPage();
    const requests: string[] = [];
    const errors: string[] = [];
    page.on('request', (request) => requests.push(`${request.resourceType()} ${request.url()}`));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    page.on('requestfailed', (request) => errors.push(`failed: ${request.url()}`));
    const response = await page.goto(server.url + path, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(200);
    expect(requests.filter((request) => !request.includes(server.url))).toEqual([]);
    expect(requests.filter((request) => request.startsWith('script'))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('uses the self-hosted Vietnamese font subsets, and only those', async () => {
    const page = await browser.newPage();
    const fonts: string[] = [];
    page.on('request', (request) => request.resourceType() === 'font' && fonts.push(request.url().split('/').at(-1) ?? ''));
    await page.goto(server.url + DOC, { waitUntil: 'networkidle' });
    expect(fonts.some((font) => /be-vietnam-pro-vietnamese-400/.test(font))).toBe(true);
    expect(fonts.some((font) => /latin-ext/.test(font))).toBe(false);
    expect(fonts.some((font) => /tinos/.test(font))).toBe(false);
    await page.close();
  });

  it('fits a 360 px phone screen without sideways scrolling', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    for (const path of PAGES) {
      await page.goto(server.url + path, { waitUntil: 'networkidle' });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await page.close();
  });

  it("keeps an honour row's name apart from its decision on an office screen", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${demo.url}/bang-vang/2022/`, { waitUntil: 'networkidle' });
    const rows = await page.locator('.meta-table tr').evaluateAll((trs) =>
      trs.flatMap((tr) => {
        const cells = tr.querySelectorAll('td');
        if (cells.length < 2) return [];
        const edges = (cell: Element) => {
          const range = document.createRange();
          range.selectNodeContents(cell);
          return [...range.getClientRects()];
        };
        const textRight = Math.max(...edges(cells[0]).map((rect) => rect.right));
        const nextLeft = Math.min(...edges(cells[1]).map((rect) => rect.left));
        return [{ padding: parseFloat(getComputedStyle(cells[0]).paddingRight), gap: nextLeft - textRight }];
      }),
    );
    expect(rows.length).toBeGreaterThan(5);
    for (const row of rows) {
      expect(row.padding).toBeGreaterThanOrEqual(8);
      expect(row.gap).toBeGreaterThanOrEqual(8);
    }
    await page.close();
  });

  it('scrolls a target anchor into view and highlights it', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${server.url}${DOC}#muc-tieu-5`, { waitUntil: 'networkidle' });
    const box = await page.locator('#muc-tieu-5').boundingBox();
    expect(box && box.y >= 0 && box.y < 800).toBe(true);
    expect(await page.locator('#muc-tieu-5').evaluate((node) => getComputedStyle(node).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    await page.close();
  });
});

describe('printing the 2023 document', () => {
  it('prints on A4 in Tinos, without the site chrome', async () => {
    const page = await browser.newPage();
    await page.goto(server.url + DOC, { waitUntil: 'networkidle' });
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => ({
      header: getComputedStyle(document.querySelector('.site-header') as Element).display,
      aside: getComputedStyle(document.querySelector('aside') as Element).display,
      font: getComputedStyle(document.querySelector('.official-doc') as Element).fontFamily,
      size: getComputedStyle(document.querySelector('.official-doc') as Element).fontSize,
    }));
    expect(printed).toMatchObject({ header: 'none', aside: 'none' });
    expect(printed.font).toMatch(/^Tinos/);
    expect(printed.size).toBe('17.3333px');
    const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
    const boxes = [...pdf.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(boxes.length).toBeGreaterThanOrEqual(2);
    for (const [width, height] of boxes) {
      expect(Math.abs(width - 595.3)).toBeLessThan(2);
      expect(Math.abs(height - 841.9)).toBeLessThan(2);
    }
    await page.close();
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { BUILT_SITE, DEMO_SITE } from '../setup/built-site';
import { launchChromium } from '../support/browser';
import { allPages, readPage, select, selectAll } from '../support/html';

const SITE = 'https://thi-dua.example.vn';
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** The <loc>s of a built sitemap (index and parts). */
function sitemapUrls(root: string): string[] {
  const index = readFileSync(join(root, 'sitemap-index.xml'), 'utf8');
  const parts = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]).pathname.slice(1));
  return parts.flatMap((part) => [...readFileSync(join(root, part), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]));
}

describe.each([
  ['shipped', BUILT_SITE],
  ['illustrative', DEMO_SITE],
])('the %s site for machines', (_, root) => {
  it('lists every page exactly once in the sitemap, and robots.txt points to it', () => {
    const urls = sitemapUrls(root);
    const pages = allPages(root)
      .filter((page) => page.path !== '404.html')
      .map((page) => `${SITE}/${page.path.replace(/index\.html$/, '')}`);
    expect(new Set(urls).size).toBe(urls.length);
    expect([...urls].sort()).toEqual([...pages].sort());
    expect(readFileSync(join(root, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${SITE}/sitemap-index.xml`);
  });

  it('publishes an Atom feed that parses as XML with every element RFC 4287 requires', async () => {
    const xml = readFileSync(join(root, 'nguon-tin.xml'), 'utf8');
    const page = await browser.newPage();
    const feed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      const ns = 'http://www.w3.org/2005/Atom';
      const root = doc.documentElement;
      const child = (element: Element, name: string) => Array.from(element.children).filter((node) => node.namespaceURI === ns && node.localName === name);
      return {
        error: doc.getElementsByTagName('parsererror').length > 0,
        root: `${root.namespaceURI} ${root.localName}`,
        feed: ['id', 'title', 'updated', 'author'].map((name) => child(root, name).length),
        entries: child(root, 'entry').map((entry) => ({
          required: ['id', 'title', 'updated'].map((name) => child(entry, name).length),
          link: child(entry, 'link')[0]?.getAttribute('href') ?? '',
          updated: child(entry, 'updated')[0]?.textContent ?? '',
        })),
      };
    }, xml);
    await page.close();
    expect(feed.error).toBe(false);
    expect(feed.root).toBe('http://www.w3.org/2005/Atom feed');
    expect(feed.feed).toEqual([1, 1, 1, 1]);
    expect(feed.entries.length).toBeGreaterThan(0);
    for (const entry of feed.entries) {
      expect(entry.required).toEqual([1, 1, 1]);
      expect(entry.updated).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
      const path = new URL(entry.link).pathname;
      expect(allPages(root).some((built) => `/${built.path.replace(/index\.html$/, '')}` === path), path).toBe(true);
    }
  });

  it('gives every page a title, a description and Open Graph metadata', () => {
    for (const page of allPages(root)) {
      const meta = (selector: string) => String(select(selector, page.tree)?.properties.content ?? '');
      expect(String((select('title', page.tree)?.children[0] as { value?: string } | undefined)?.value ?? ''), page.path).not.toBe('');
      expect(meta('meta[name="description"]'), page.path).not.toBe('');
      expect(meta('meta[property="og:title"]'), page.path).not.toBe('');
      expect(meta('meta[property="og:locale"]'), page.path).toBe('vi_VN');
    }
  });
});

describe('the 2023 document for machines', () => {
  it('describes itself in schema.org JSON-LD: type, identifier, date, issuer, cited documents', () => {
    const page = readPage(BUILT_SITE, 'phong-trao/2023/phat-dong-thi-dua-2023/index.html');
    const scripts = selectAll('script[type="application/ld+json"]', page.tree);
    expect(scripts).toHaveLength(1);
    const data = JSON.parse((scripts[0].children[0] as { value: string }).value);
    expect(data).toMatchObject({
      '@type': 'DigitalDocument',
      identifier: '/PĐTĐ-BDT',
      dateCreated: '2023-01',
      author: { '@type': 'GovernmentOrganization', name: 'Ban Dân tộc tỉnh Cao Bằng' },
    });
    const cited = (data.citation as { legislationIdentifier?: string }[]).map((item) => item.legislationIdentifier).filter(Boolean);
    expect(cited).toEqual(['34-CT/TW', '19/CT-TTg', '05-CT/TW']);
  });
});

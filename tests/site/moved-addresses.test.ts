/**
 * Addresses kept when files are renamed (src/lib/addresses/moved.ts): a document whose file was
 * renamed, a body and a bloc given earlier ids. Each old address answers with a page that sends
 * the reader to the new one (followed by Chromium through nginx), names it, is left out of the
 * sitemap, and the new pages are built as before.
 */
import { existsSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { RunningNginx } from '../../src/cli/local-nginx';
import { serveWithApache, type RunningApache } from '../support/apache';
import { launchChromium } from '../support/browser';
import { astroBuild, contentVariant, replaceIn, type BuildResult } from '../support/build';
import { readPage, select, textAt } from '../support/html';
import { rawGet, serveWithNginx } from '../support/nginx';
import { htmlErrors } from '../support/quality';
import { fromHtml } from 'hast-util-from-html';

const DEMO = 'tests/fixtures/demo/content';
const OLD_DOC = 'phong-trao/2023/so-tu-phap-minh-hoa/phat-dong-thi-dua-nam-2023';
const NEW_DOC = 'phong-trao/2023/so-tu-phap-minh-hoa/phat-dong-phong-trao-thi-dua-2023';

let build: BuildResult;
let nginx: RunningNginx;
let apache: RunningApache;
let browser: Browser;

beforeAll(async () => {
  const root = contentVariant('moved-addresses', (content) => {
    const folder = join(content, 'campaigns/2023/so-tu-phap-minh-hoa');
    renameSync(join(folder, 'phat-dong-thi-dua-nam-2023.mdx'), join(folder, 'phat-dong-phong-trao-thi-dua-2023.mdx'));
    replaceIn(join(folder, 'phat-dong-phong-trao-thi-dua-2023.mdx'), /^role: launch$/m, 'role: launch\nformerly:\n  - 2023/so-tu-phap-minh-hoa/phat-dong-thi-dua-nam-2023');
    replaceIn(join(content, 'units/thanh-tra.yaml'), /^name: /m, 'formerly: [thanh-tra-tinh-minh-hoa]\nname: ');
    replaceIn(join(content, 'blocs/khoi-tham-muu-tong-hop.yaml'), /^name: /m, 'formerly: [khoi-tong-hop]\nname: ');
  }, DEMO);
  build = await astroBuild({ outDir: join(root, 'site'), content: join(root, 'content'), cacheDir: join(root, 'cache'), env: { THI_DUA_ILLUSTRATIVE: '1' } });
  if (build.status !== 0) throw new Error(`build failed:\n${build.output.slice(-3000)}`);
  nginx = await serveWithNginx(build.outDir, 'moved-addresses');
  apache = await serveWithApache(build.outDir, 'moved-addresses');
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await nginx?.stop();
  await apache?.stop();
});

const page = (path: string) => join(build.outDir, path, 'index.html');
const tree = (path: string) => fromHtml(readFileSync(page(path), 'utf8'));

describe('a renamed document, a body and a bloc with earlier ids', () => {
  it('publishes the document at its new address', () => {
    expect(existsSync(page(NEW_DOC))).toBe(true);
    expect(readFileSync(page(NEW_DOC), 'utf8')).toContain('PHONG TRÀO THI ĐUA NĂM 2023');
  });

  it('answers at the old address with a page that leads to the new one and names it', () => {
    const old = tree(OLD_DOC);
    expect(select('meta[http-equiv="refresh"]', old)?.properties.content).toBe(`0; url=/${NEW_DOC}/`);
    expect(select('link[rel="canonical"]', old)?.properties.href).toBe(`https://thi-dua.example.vn/${NEW_DOC}/`);
    expect(select('meta[name="robots"]', old)?.properties.content).toBe('noindex');
    const link = select('main a', old);
    expect(link?.properties.href).toBe(`/${NEW_DOC}/`);
    const built = readPage(build.outDir, `${OLD_DOC}/index.html`);
    expect(textAt(built, 'title')).toBe('Trang đã chuyển: PHÁT ĐỘNG PHONG TRÀO THI ĐUA NĂM 2023');
    expect(textAt(built, 'h1')).toBe('Trang đã chuyển');
    expect(textAt(built, 'main a')).toBe('PHÁT ĐỘNG PHONG TRÀO THI ĐUA NĂM 2023');
  });

  it("keeps a body's and a bloc's old addresses, a bloc's for each of its years", () => {
    expect(select('meta[http-equiv="refresh"]', tree('don-vi/thanh-tra-tinh-minh-hoa'))?.properties.content).toBe('0; url=/don-vi/thanh-tra/');
    for (const year of ['2022', '2023']) {
      expect(select('meta[http-equiv="refresh"]', tree(`khoi-thi-dua/khoi-tong-hop/${year}`))?.properties.content).toBe(`0; url=/khoi-thi-dua/khoi-tham-muu-tong-hop/${year}/`);
    }
  });

  it('writes old-address pages that are valid HTML', async () => {
    for (const path of [OLD_DOC, 'don-vi/thanh-tra-tinh-minh-hoa', 'khoi-thi-dua/khoi-tong-hop/2023']) {
      expect(await htmlErrors(readFileSync(page(path), 'utf8'), path), path).toEqual([]);
    }
  });

  it('leaves the old addresses out of the sitemap, not the new ones', () => {
    const sitemap = readFileSync(join(build.outDir, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain(`/${NEW_DOC}/<`);
    expect(sitemap).not.toContain(`/${OLD_DOC}/<`);
    expect(sitemap).not.toContain('/don-vi/thanh-tra-tinh-minh-hoa/');
    expect(sitemap).not.toContain('/khoi-thi-dua/khoi-tong-hop/');
  });

  it('answers the old addresses through Apache with a permanent redirect, with or without slash or index.html', async () => {
    const asked = [
      [`/${OLD_DOC}/`, `/${NEW_DOC}/`],
      [`/${OLD_DOC}`, `/${NEW_DOC}/`],
      [`/${OLD_DOC}/index.html`, `/${NEW_DOC}/`],
      ['/don-vi/thanh-tra-tinh-minh-hoa/', '/don-vi/thanh-tra/'],
      ['/khoi-thi-dua/khoi-tong-hop/2022/', '/khoi-thi-dua/khoi-tham-muu-tong-hop/2022/'],
      ['/khoi-thi-dua/khoi-tong-hop/2023/', '/khoi-thi-dua/khoi-tham-muu-tong-hop/2023/'],
    ];
    for (const [from, to] of asked) {
      const response = await rawGet(apache.url + from);
      expect([from, response.status, new URL(response.headers.get('location') ?? '', apache.url).pathname]).toEqual([from, 301, to]);
    }
    // A page that was not renamed, and one whose address only begins like an old one, are served as before.
    expect((await rawGet(`${apache.url}/${NEW_DOC}/`)).status).toBe(200);
    expect((await rawGet(`${apache.url}/don-vi/thanh-tra/`)).status).toBe(200);
  });

  it('takes a reader who follows the old address to the new page, with no script', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const tab = await context.newPage();
    await tab.goto(`${nginx.url}/${OLD_DOC}/`);
    await tab.waitForURL(`${nginx.url}/${NEW_DOC}/`);
    expect(await tab.locator('h1').first().textContent()).toContain('PHONG TRÀO THI ĐUA NĂM 2023');
    await context.close();
  });
});

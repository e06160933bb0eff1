import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import { describe, expect, it } from 'vitest';
import { GZIP_FOLDER, keepFirstSearchCopies, precompressIntegrations } from '../../../src/integrations/precompress';

/** Runs one hook of an integration with what these hooks read. */
async function run(integration: AstroIntegration, hook: 'astro:config:done' | 'astro:build:start' | 'astro:build:done', root: string, out: string): Promise<string[]> {
  const logged: string[] = [];
  const logger = { info: (line: string) => logged.push(line), warn: () => undefined, error: () => undefined };
  const config = { cacheDir: pathToFileURL(`${join(root, 'cache')}/`), root: pathToFileURL(`${root}/`) };
  const call = integration.hooks[hook] as ((options: unknown) => unknown) | undefined;
  await call?.({ config, dir: pathToFileURL(`${out}/`), logger });
  return logged;
}

const text = (words: number) => Array.from({ length: words }, (_, i) => `thi đua ${i % 7} khen thưởng`).join(' ');

describe('gzip copies in two passes: the pages first, what came after at the end', () => {
  it('compresses later files, redoes a file rewritten since, drops the copy of a file removed since, and leaves named late files alone', async () => {
    const root = mkdtempSync(join(tmpdir(), 'nen-'));
    const out = join(root, 'dist');
    mkdirSync(join(out, 'tim-kiem'), { recursive: true });
    writeFileSync(join(out, 'index.html'), text(200));
    writeFileSync(join(out, 'doi.html'), text(300));
    writeFileSync(join(out, 'bo.html'), text(250));
    writeFileSync(join(out, 'tim-kiem', 'ban-ghi.json'), JSON.stringify(text(400)));
    const [pages, rest] = precompressIntegrations((path) => path === 'tim-kiem/ban-ghi.json');
    for (const hook of ['astro:config:done', 'astro:build:start'] as const) {
      await run(pages, hook, root, out);
      await run(rest, hook, root, out);
    }
    await run(pages, 'astro:build:done', root, out);
    expect(existsSync(join(out, 'index.html.gz'))).toBe(true);
    expect(existsSync(join(out, 'tim-kiem', 'ban-ghi.json.gz'))).toBe(false);

    // What later steps do: remove the records, rewrite a page, remove another, add a file.
    rmSync(join(out, 'tim-kiem', 'ban-ghi.json'));
    writeFileSync(join(out, 'doi.html'), text(320));
    rmSync(join(out, 'bo.html'));
    writeFileSync(join(out, 'tim-kiem', 'tu-d.json'), JSON.stringify(text(100)));
    const [line] = await run(rest, 'astro:build:done', root, out);

    expect(gunzipSync(readFileSync(join(out, 'doi.html.gz'))).equals(readFileSync(join(out, 'doi.html')))).toBe(true);
    expect(existsSync(join(out, 'bo.html.gz'))).toBe(false);
    expect(gunzipSync(readFileSync(join(out, 'tim-kiem', 'tu-d.json.gz'))).equals(readFileSync(join(out, 'tim-kiem', 'tu-d.json')))).toBe(true);
    expect(gunzipSync(readFileSync(join(out, 'index.html.gz'))).equals(readFileSync(join(out, 'index.html')))).toBe(true);
    // Each file counted once, as it is now: the rewritten page once, the removed one not at all.
    expect(line).toMatch(/^precompressed 3 files/);
  });
});

describe('gzip copies of pages the page cache keeps', () => {
  it('keeps a kept page’s copy under its page key and places it again without reading the page; a page rewritten later is compressed from its bytes', async () => {
    const root = mkdtempSync(join(tmpdir(), 'nen-trang-'));
    const out = join(root, 'dist');
    const page = join(out, 'don-vi', 'index.html');
    const build = async (content: string, rewriteTo?: string) => {
      rmSync(out, { recursive: true, force: true });
      mkdirSync(join(out, 'don-vi'), { recursive: true });
      writeFileSync(page, content);
      const [pages, rest] = precompressIntegrations(() => false, (file) => (file === page ? 'khoa-trang-1' : undefined));
      for (const hook of ['astro:config:done', 'astro:build:start'] as const) {
        await run(pages, hook, root, out);
        await run(rest, hook, root, out);
      }
      await run(pages, 'astro:build:done', root, out);
      if (rewriteTo) writeFileSync(page, rewriteTo);
      await run(rest, 'astro:build:done', root, out);
      return gunzipSync(readFileSync(`${page}.gz`)).toString();
    };

    expect(await build(text(200))).toBe(text(200));
    expect(existsSync(join(root, 'cache', 'thi-dua-gzip', 'trang-khoa-trang-1.gz'))).toBe(true);
    // The same key names the same bytes: the kept copy is placed, the page is not read again
    // (bytes that differ under the same key show it).
    expect(await build(text(210))).toBe(text(200));
    // A later step rewrites the page: the end pass compresses what is there now.
    expect(await build(text(200), text(230))).toBe(text(230));
  });

  it('finds the search index’s metadata compressed already when the index’s thread did it as Pagefind wrote it', async () => {
    const root = mkdtempSync(join(tmpdir(), 'nen-'));
    const out = join(root, 'dist');
    mkdirSync(join(out, 'pagefind'), { recursive: true });
    const meta = join(out, 'pagefind', 'pagefind.vi_abc.pf_meta');
    writeFileSync(meta, gzipSync(Buffer.from(text(3000))));
    writeFileSync(join(out, 'pagefind', 'pagefind-entry.json'), JSON.stringify({ version: '1.4.0', languages: { vi: { hash: 'vi_abc', wasm: 'vi', page_count: 5000 } } }));
    await keepFirstSearchCopies([meta, join(out, 'pagefind', 'pagefind-entry.json')], join(root, 'cache', GZIP_FOLDER));
    const [pages, rest] = precompressIntegrations();
    for (const hook of ['astro:config:done', 'astro:build:start'] as const) {
      await run(pages, hook, root, out);
      await run(rest, hook, root, out);
    }
    await run(pages, 'astro:build:done', root, out);
    const [line] = await run(rest, 'astro:build:done', root, out);
    // Compressed by the thread (the entry file is too small to be worth a copy): the end only places it.
    expect(line).toMatch(/^precompressed 1 files: .*\(1 from the cache;/);
    expect(gunzipSync(readFileSync(meta)).toString()).toBe(text(3000));
  });
});

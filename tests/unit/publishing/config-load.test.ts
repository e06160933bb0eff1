/**
 * astro.config.mjs is imported by Node itself (its TypeScript through tsx's loader), so Astro
 * does not fall back to a Vite server of its own to load it on every build and `astro dev` start;
 * and `astro dev` does not watch what the project's tools write inside it (src/data/dev-watch.ts).
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import picomatch from 'picomatch';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/** What plain Node finds in the configuration, as Astro does first (astro/dist/core/config/vite-load.js; a failure there sends it to Vite). */
let loaded: { integrations: string[]; unwatched: string[] };

beforeAll(() => {
  const script = `const config = (await import(${JSON.stringify(`${ROOT}astro.config.mjs`)})).default; console.log(JSON.stringify({ integrations: config.integrations.map((integration) => integration.name), unwatched: config.vite.server.watch.ignored }));`;
  loaded = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } }).trim().split('\n').at(-1)!);
}, 60_000);

describe('the Astro configuration', () => {
  it('is imported by plain Node, with its integrations', () => {
    expect(loaded.integrations).toEqual(expect.arrayContaining(['thi-dua:site-model', 'thi-dua:pagefind', 'thi-dua:page-cache']));
  });

  it('keeps the dev server from watching the bench’s corpora and built sites, not the content or the code', () => {
    // Vite hands these to its watcher as absolute paths, matched as picomatch patterns.
    const unwatched = picomatch(loaded.unwatched);
    for (const path of ['.tmp/bench/build-5000/content/campaigns/2024/so-noi-vu/phat-dong-thi-dua-2024.mdx', 'dist/phong-trao/index.html', 'dist-moi/index.html', 'dist.cu/index.html']) expect(unwatched(join(ROOT, path)), path).toBe(true);
    for (const path of ['content/campaigns/2024/so-noi-vu/phat-dong-thi-dua-2024.mdx', 'content/honours/2024.yaml', 'src/pages/index.astro', 'src/lib/text/fold.ts']) expect(unwatched(join(ROOT, path)), path).toBe(false);
  });
});

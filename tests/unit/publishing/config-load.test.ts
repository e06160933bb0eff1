/**
 * astro.config.mjs is imported by Node itself (its TypeScript through tsx's loader), so Astro
 * does not fall back to a Vite server of its own to load it on every build and `astro dev` start.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

describe('the Astro configuration', () => {
  it('is imported by plain Node, with its integrations', () => {
    // What Astro does first (astro/dist/core/config/vite-load.js); a failure there sends it to Vite.
    const script = `const config = (await import(${JSON.stringify(`${ROOT}astro.config.mjs`)})).default; console.log(JSON.stringify(config.integrations.map((integration) => integration.name)));`;
    const names = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } }).trim().split('\n').at(-1)!) as string[];
    expect(names).toEqual(expect.arrayContaining(['thi-dua:site-model', 'thi-dua:pagefind', 'thi-dua:page-cache']));
  }, 60_000);
});

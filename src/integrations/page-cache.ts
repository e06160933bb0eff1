/**
 * Keeps the pages of a build for the next one (src/data/page-cache.ts): sets up the shared state
 * when a build starts, with a digest of everything besides content a page depends on, and when it
 * is done keeps each page rendered afresh under its key and drops kept pages no page asked for.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { keptPage, pageCacheState, setPageCacheState } from '../data/page-cache-state';

/** Settings read from the environment that change pages. */
const SETTINGS = ['THI_DUA_SITE', 'THI_DUA_ILLUSTRATIVE', 'THI_DUA_NATIONAL', 'THI_DUA_REQUIRE_SITE'];

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((item) => (item.isDirectory() ? filesUnder(join(folder, item.name)) : [join(folder, item.name)]));
}

/** Digest of the code, the configuration, the packages and the settings: a change to any renders every page again. */
export function codeDigest(root: string, settings: unknown): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify(settings));
  for (const file of [...filesUnder(join(root, 'src')), join(root, 'astro.config.mjs'), join(root, 'package-lock.json')]) {
    hash.update(`\0${file.slice(root.length)}\0`);
    try {
      hash.update(readFileSync(file));
    } catch {
      hash.update('(missing)');
    }
  }
  return hash.digest('hex');
}

export function pageCacheIntegration(): AstroIntegration {
  let folder = '';
  let codeKey = '';
  let base = '/';
  return {
    name: 'thi-dua:page-cache',
    hooks: {
      'astro:config:done': ({ config }) => {
        folder = join(fileURLToPath(config.cacheDir), 'thi-dua-trang');
        base = config.base;
        const env = Object.fromEntries(SETTINGS.map((name) => [name, process.env[name] ?? null]));
        codeKey = codeDigest(fileURLToPath(config.root).replace(/\/$/, ''), { env, site: config.site, base: config.base, trailingSlash: config.trailingSlash, build: config.build.format });
      },
      'astro:build:start': () => {
        mkdirSync(folder, { recursive: true });
        setPageCacheState({ folder, codeKey, fresh: new Map(), reused: new Set() });
      },
      'astro:build:done': ({ dir, logger }) => {
        const state = pageCacheState();
        setPageCacheState(undefined);
        if (!state) return;
        const out = fileURLToPath(dir);
        const prefix = base.replace(/\/?$/, '/');
        for (const [pathname, key] of state.fresh) {
          const path = pathname.startsWith(prefix) ? pathname.slice(prefix.length) : pathname.replace(/^\//, '');
          copyFileSync(join(out, path, 'index.html'), keptPage(state.folder, key));
        }
        const keep = new Set([...state.reused, ...state.fresh.values()]);
        for (const name of readdirSync(state.folder)) if (!keep.has(name.replace(/\.html$/, ''))) rmSync(join(state.folder, name), { force: true });
        logger.info(`${state.reused.size} trang dùng lại từ lần dựng trước, ${state.fresh.size} trang dựng mới (pages reused / rendered)`);
      },
    },
  };
}

/**
 * Keeps the pages of a build for the next one (src/data/page-cache.ts): sets up the shared state
 * when a build starts, with a digest of everything besides content a page depends on and the keys
 * of the pages kept; when it is done, writes the kept pages their routes left out to their
 * addresses (a hard link, or a copy across disks) and lists them for the sitemap
 * (`restoredPageUrls`), keeps each page rendered afresh under its key and drops kept pages no
 * page asked for.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, linkSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { keptPage, pageCacheState, setPageCacheState } from '../data/page-cache-state';

/**
 * The addresses (absolute URLs) of the pages written from the cache in this build, for the
 * sitemap's `customPages` (astro.config.mjs): Astro lists only the pages it rendered. Filled when
 * the build is done, before the sitemap is written; the same array for the whole process.
 */
export const restoredPageUrls: string[] = [];

/**
 * The key of every page file of this build whose bytes are a kept page's (written from the cache,
 * served from it, or rendered afresh and kept), by the file's path: the gzip copies of the pages
 * (src/integrations/precompress.ts) are kept under it rather than under a digest of bytes read
 * again. Filled when the build is done; the same map for the whole process.
 */
export const keptPageKeys = new Map<string, string>();

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
  let site: string | undefined;
  return {
    name: 'thi-dua:page-cache',
    hooks: {
      'astro:config:done': ({ config }) => {
        folder = join(fileURLToPath(config.cacheDir), 'thi-dua-trang');
        base = config.base;
        site = config.site;
        const env = Object.fromEntries(SETTINGS.map((name) => [name, process.env[name] ?? null]));
        codeKey = codeDigest(fileURLToPath(config.root).replace(/\/$/, ''), { env, site: config.site, base: config.base, trailingSlash: config.trailingSlash, build: config.build.format });
      },
      'astro:build:start': () => {
        mkdirSync(folder, { recursive: true });
        const kept = new Set(readdirSync(folder).flatMap((name) => (name.endsWith('.html') ? [name.slice(0, -'.html'.length)] : [])));
        restoredPageUrls.length = 0;
        keptPageKeys.clear();
        setPageCacheState({ folder, codeKey, fresh: new Map(), reused: new Set(), served: new Map(), kept, restored: new Map() });
      },
      'astro:build:done': ({ dir, logger }) => {
        const state = pageCacheState();
        setPageCacheState(undefined);
        if (!state) return;
        const out = fileURLToPath(dir);
        const prefix = base.replace(/\/?$/, '/');
        const started = performance.now();
        const fileOf = (pathname: string) => join(out, pathname.startsWith(prefix) ? pathname.slice(prefix.length) : pathname.replace(/^\//, ''), 'index.html');
        for (const [pathname, key] of state.restored) {
          const target = fileOf(pathname);
          mkdirSync(dirname(target), { recursive: true });
          try {
            linkSync(keptPage(state.folder, key), target);
          } catch {
            copyFileSync(keptPage(state.folder, key), target);
          }
          if (site) restoredPageUrls.push(new URL(pathname, site).href);
          keptPageKeys.set(target, key);
        }
        for (const [pathname, key] of state.served) keptPageKeys.set(fileOf(pathname), key);
        for (const [pathname, key] of state.fresh) {
          copyFileSync(fileOf(pathname), keptPage(state.folder, key));
          keptPageKeys.set(fileOf(pathname), key);
        }
        const keep = new Set([...state.reused, ...state.fresh.values()]);
        for (const name of readdirSync(state.folder)) if (!keep.has(name.replace(/\.html$/, ''))) rmSync(join(state.folder, name), { force: true });
        const ms = Math.round(performance.now() - started);
        logger.info(`${state.reused.size} trang dùng lại từ lần dựng trước, ${state.fresh.size} trang dựng mới; ${ms} ms để đặt và giữ trang (pages reused / rendered; ms placing and keeping them)`);
      },
    },
  };
}

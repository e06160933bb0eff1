/**
 * Keeps the pages of a build for the next one (src/data/page-cache.ts): sets up the shared state
 * when a build starts, with a digest of everything besides content a page depends on and the keys
 * of the pages kept; writes the kept pages their routes leave out to their addresses (a hard link,
 * or a copy across disks) on a thread of its own from when Vite starts bundling, most of them
 * found when the build starts (src/integrations/site-model.ts); when it is done, lists them for
 * the sitemap (`restoredPageUrls`), keeps each page rendered afresh under its key and drops kept
 * pages no page asked for.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { isPageAddress, keptKeyOf, keptPage, pageCacheState, setPageCacheState } from '../data/page-cache-state';
import { GZIP_FOLDER, keptPageCopy, type PlacedCopy } from './precompress';

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

/**
 * The gzip copy the placing thread linked beside a kept page, by the page's file: the page's size
 * and mtime as linked, and the copy's size. Filled when the build is done, for the first pass of
 * ./precompress.ts; the same map for the whole process.
 */
export const placedCopies = new Map<string, PlacedCopy>();

/**
 * Writes kept pages to their addresses on a thread of its own: a hard link each (a copy across
 * disks), by plain blocking calls. On the build's thread (or its thread pool, whose callbacks wait
 * for that thread) thousands of links would wait for Vite's bundling and the pages' rendering to
 * let them through. Messages: a batch of [from, to, copy?] to write, `null` to finish (the thread says
 * how many it wrote, or the first error). `copy` is the page's gzip copy kept by an earlier build
 * (./precompress.ts), linked beside it as `to.gz` when it is there: the build's thread then has
 * nothing to do for that page at its end but take the sizes the thread reports.
 */
const PLACING_THREAD = `
const { parentPort } = require('node:worker_threads');
const { copyFileSync, linkSync, mkdirSync, statSync } = require('node:fs');
const { dirname } = require('node:path');
let written = 0;
const copies = [];
parentPort.on('message', (batch) => {
  if (batch === null) return parentPort.postMessage({ written, copies });
  try {
    for (const [from, to, copy] of batch) {
      mkdirSync(dirname(to), { recursive: true });
      try {
        linkSync(from, to);
      } catch {
        copyFileSync(from, to);
      }
      written += 1;
      if (!copy) continue;
      try {
        linkSync(copy, to + '.gz');
      } catch {
        continue;
      }
      const page = statSync(to);
      copies.push([to, page.size, page.mtimeMs, statSync(to + '.gz').size]);
    }
  } catch (error) {
    parentPort.postMessage({ failed: String(error && error.message || error) });
  }
});
`;

/** What the placing thread wrote: how many pages, and each gzip copy it linked as [page file, its size, its mtimeMs, the copy's size]. */
export interface Placed {
  written: number;
  copies: [string, number, number, number][];
}

/**
 * Kept pages written while Vite bundles and Astro renders the others (PLACING_THREAD). Nothing is
 * written before `start` (Astro empties the output folder when it begins bundling); `done` waits
 * for every page given so far and ends the thread.
 */
export function placingQueue(): { place: (from: string, to: string, copy?: string) => void; start: () => void; done: () => Promise<Placed> } {
  let waiting: [string, string, string | undefined][] = [];
  let thread: Worker | undefined;
  let failure: string | undefined;
  let flushing = false;
  const send = () => {
    flushing = false;
    if (!thread || waiting.length === 0) return;
    thread.postMessage(waiting);
    waiting = [];
  };
  return {
    place: (from, to, copy) => {
      waiting.push([from, to, copy]);
      // The pages found kept in one go are sent together.
      if (thread && !flushing) (flushing = true), queueMicrotask(send);
    },
    start: () => {
      if (thread) return;
      thread = new Worker(PLACING_THREAD, { eval: true });
      thread.unref();
      thread.on('message', (reply: { failed?: string }) => (failure ??= reply.failed));
      send();
    },
    done: async () => {
      if (!thread) {
        if (waiting.length === 0) return { written: 0, copies: [] };
        thread = new Worker(PLACING_THREAD, { eval: true });
        thread.on('message', (reply: { failed?: string }) => (failure ??= reply.failed));
      }
      send();
      const finished = thread;
      const placed = await new Promise<Placed>((resolve, reject) => {
        finished.on('message', (reply: Partial<Placed>) => reply.written !== undefined && resolve(reply as Placed));
        finished.once('error', reject);
        finished.postMessage(null);
      });
      await finished.terminate();
      thread = undefined;
      if (failure) throw new Error(`Không ghi được trang giữ lại (could not write a kept page): ${failure}`);
      return placed;
    },
  };
}

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

/**
 * The file of an address under the site's sub-path `base`: a page's (`/x/y/` → <out>/x/y/index.html)
 * or a file's (`/du-lieu/x.csv` → <out>/du-lieu/x.csv).
 */
export function pageFile(out: string, base: string, pathname: string): string {
  const prefix = base.replace(/\/?$/, '/');
  const path = pathname.startsWith(prefix) ? pathname.slice(prefix.length) : pathname.replace(/^\//, '');
  return isPageAddress(pathname) ? join(out, path, 'index.html') : join(out, path);
}

export function pageCacheIntegration(): AstroIntegration {
  let folder = '';
  /** The kept gzip copies (./precompress.ts). */
  let copies = '';
  let out = '';
  let placing: ReturnType<typeof placingQueue> | undefined;
  let codeKey = '';
  let base = '/';
  let site: string | undefined;
  return {
    name: 'thi-dua:page-cache',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command !== 'build') return;
        // Kept pages are written once Astro has emptied the output folder: when Vite starts bundling.
        updateConfig({ vite: { plugins: [{ name: 'thi-dua:place-kept-pages', apply: 'build', buildStart: () => placing?.start() }] } });
      },
      'astro:config:done': ({ config }) => {
        folder = join(fileURLToPath(config.cacheDir), 'thi-dua-trang');
        copies = join(fileURLToPath(config.cacheDir), GZIP_FOLDER);
        out = fileURLToPath(config.outDir);
        base = config.base;
        site = config.site;
        const env = Object.fromEntries(SETTINGS.map((name) => [name, process.env[name] ?? null]));
        codeKey = codeDigest(fileURLToPath(config.root).replace(/\/$/, ''), { env, site: config.site, base: config.base, trailingSlash: config.trailingSlash, build: config.build.format });
      },
      'astro:build:start': () => {
        mkdirSync(folder, { recursive: true });
        const kept = new Set(readdirSync(folder).map(keptKeyOf));
        restoredPageUrls.length = 0;
        keptPageKeys.clear();
        placedCopies.clear();
        const queue = (placing = placingQueue());
        const place = (pathname: string, key: string) => queue.place(keptPage(folder, key), pageFile(out, base, pathname), keptPageCopy(copies, key));
        setPageCacheState({ folder, codeKey, fresh: new Map(), reused: new Set(), served: new Map(), kept, restored: new Map(), place });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const state = pageCacheState();
        setPageCacheState(undefined);
        if (!state) return;
        const built = fileURLToPath(dir);
        const started = performance.now();
        const fileOf = (pathname: string) => pageFile(built, base, pathname);
        // Written while the pages rendered (into the output folder, which static builds write to).
        const placed = await placing?.done();
        placing = undefined;
        if (placed && resolve(built) === resolve(out)) {
          for (const [file, size, mtimeMs, copySize] of placed.copies) placedCopies.set(file, { size, mtimeMs, copySize });
        }
        if (resolve(built) !== resolve(out)) {
          // Astro wrote the site elsewhere than its output folder: the kept pages go there too.
          for (const [pathname, key] of state.restored) {
            mkdirSync(dirname(fileOf(pathname)), { recursive: true });
            copyFileSync(keptPage(state.folder, key), fileOf(pathname));
          }
        }
        for (const [pathname, key] of state.restored) {
          // Astro's sitemap lists pages, not data files.
          if (site && isPageAddress(pathname)) restoredPageUrls.push(new URL(pathname, site).href);
          keptPageKeys.set(fileOf(pathname), key);
        }
        for (const [pathname, key] of state.served) keptPageKeys.set(fileOf(pathname), key);
        for (const [pathname, key] of state.fresh) {
          copyFileSync(fileOf(pathname), keptPage(state.folder, key));
          keptPageKeys.set(fileOf(pathname), key);
        }
        const keep = new Set([...state.reused, ...state.fresh.values()]);
        for (const name of readdirSync(state.folder)) if (!keep.has(keptKeyOf(name))) rmSync(join(state.folder, name), { force: true });
        const ms = Math.round(performance.now() - started);
        const pages = (keys: Iterable<string>) => [...keys].filter((key) => !key.includes('.')).length;
        const [reusedPages, freshPages] = [pages(state.reused), pages(state.fresh.values())];
        logger.info(
          `${reusedPages} trang dùng lại từ lần dựng trước, ${freshPages} trang dựng mới; tệp dữ liệu: ${state.reused.size - reusedPages} dùng lại, ${state.fresh.size - freshPages} dựng mới; ${ms} ms để đặt và giữ trang (pages reused / rendered; open-data files reused / made; ms placing and keeping them)`,
        );
      },
    },
  };
}

import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { threadId } from 'node:worker_threads';
import { constants, gunzipSync, gzip } from 'node:zlib';
import { gzipAsync as zopfliAsync } from '@gfx/zopfli';
import type { AstroIntegration } from 'astro';
import { isCompressedByPagefind, isCompressible, isOnFirstSearch, isSameInEveryBuild, isWorthKeeping } from '../lib/publishing/precompress';

const gzipAsync = promisify(gzip);

/** gzip bytes of a file: Zopfli for what every first search downloads, zlib's best level for the rest. */
async function compressed(content: Buffer, thorough: boolean): Promise<Buffer> {
  if (!thorough) return gzipAsync(content, { level: constants.Z_BEST_COMPRESSION });
  const bytes = Buffer.from(await zopfliAsync(content, { numiterations: 15 }));
  // The same bytes must come back out, or the file is not touched.
  if (!gunzipSync(bytes).equals(content)) throw new Error('Zopfli: nén lại không ra đúng nội dung ban đầu.');
  return bytes;
}

/** The folder of kept gzip copies, in a build's cache folder. */
export const GZIP_FOLDER = 'thi-dua-gzip';

/** The name the gzip copy of a page the page cache names by its key is kept under (./page-cache.ts). */
function pageCopyKey(pageKey: string): string {
  return `trang-${pageKey}`;
}

/** The kept gzip copy of the page kept under `pageKey`, in the folder of kept copies: linked beside it by the page cache's placing thread when there. */
export function keptPageCopy(folder: string, pageKey: string): string {
  return join(folder, `${pageCopyKey(pageKey)}.gz`);
}

/** A kept page's gzip copy, linked beside it before this pass: the page's size and mtime, and the copy's size. */
export interface PlacedCopy {
  size: number;
  mtimeMs: number;
  copySize: number;
}

/** The name a file's gzip copy is kept under: a digest of its bytes, marked when compressed thoroughly. */
function copyKey(content: Buffer, thorough: boolean): string {
  return `${createHash('sha256').update(content).digest('hex').slice(0, 32)}${thorough ? '-z' : ''}`;
}

/**
 * Compresses the files of the search index every first search downloads and that change with the
 * content (its metadata) into the kept copies (`folder`), as the last pass would: called by the
 * index's thread as soon as Pagefind has written them, so the build's end finds them done instead
 * of spending a second on Zopfli while everything else waits.
 */
export async function keepFirstSearchCopies(files: string[], folder: string): Promise<void> {
  for (const file of files.filter((path) => isOnFirstSearch(path) && !isSameInEveryBuild(path))) {
    const original = readFileSync(file);
    const cached = join(folder, `${copyKey(original, true)}.gz`);
    if (existsSync(cached)) continue;
    const bytes = await compressed(isCompressedByPagefind(file) ? gunzipSync(original) : original, true);
    if (!isWorthKeeping(original.length, bytes.length)) continue;
    await mkdir(folder, { recursive: true });
    await writeFile(`${cached}.${process.pid}-${threadId}`, bytes);
    await rename(`${cached}.${process.pid}-${threadId}`, cached);
  }
}

/** Files compressed at once: zlib works on libuv's thread pool, so the cores share the work. */
const AT_ONCE = 8;

/**
 * Puts a kept gzip copy at `target`: a hard link (no bytes copied; the build after this one
 * removes the output folder's names, never rewrites its files), a copy across disks.
 */
function placeCopy(cached: string, target: string): void {
  rmSync(target, { force: true });
  try {
    linkSync(cached, target);
  } catch {
    copyFileSync(cached, target);
  }
}

/**
 * Every file under a folder, relative paths. Listed synchronously: Node's recursive `readdir`
 * awaits each of a site's thousands of folders in turn through the thread pool (0.55 s for a
 * 5,000-document site's 33,000 entries, against 0.09 s here), and the build's thread waits for it.
 */
async function filesUnder(root: string): Promise<string[]> {
  const entries = readdirSync(root, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

/** How a file looked when a pass compressed it (a later step that rewrites or removes it is seen), and what its copy came to. */
interface Handled {
  size: number;
  mtimeMs: number;
  /** Bytes of the file and of its gzip copy; none when no copy is worth keeping. */
  copy?: { before: number; after: number };
  reused: boolean;
}

/**
 * Writes x.gz beside each text file of the finished build (Node's zlib, best compression), for
 * servers that send it as is (the shipped nginx configuration: gzip_static). The files every first
 * search downloads are compressed with Zopfli instead; of them, Pagefind's own gzip files are
 * recompressed in place (same content, fewer bytes).
 *
 * Two integrations, in two places of the list (astro.config.mjs). The first runs once the pages
 * and the sitemap are written and compresses them while the search index is still being written
 * on its thread (a rebuild otherwise waits for the index, then for this); `late` names the files
 * a later step removes (the preview list), left alone. The second must be the
 * last integration: it compresses what came after (the search index, `_headers`, ...), redoes a
 * file changed since, and removes the gzip copy of a file removed since.
 *
 * A file whose bytes an earlier build compressed already is not compressed again: the gzip copy is
 * kept in the cache folder by a digest of the bytes (a file not worth compressing leaves an empty
 * marker), and copies no build used are removed.
 */
export function precompressIntegrations(
  late: (path: string) => boolean = () => false,
  pageKeyOf: (file: string) => string | undefined = () => undefined,
  placedCopyOf: (file: string) => PlacedCopy | undefined = () => undefined,
): [AstroIntegration, AstroIntegration] {
  let cache = '';
  /**
   * Pagefind's loader and wasm are the same bytes in every build of a Pagefind version: their
   * Zopfli copies (a second each) are kept once for the project, whatever cache folder a build
   * uses (tests and the demo use their own).
   */
  let shared = '';
  let handled = new Map<string, Handled>();
  let used = new Set<string>();
  let pagesMs = 0;

  /**
   * Writes a file's gzip copy; says what it came to. `byPageKey`: a page the page cache names by
   * its key (the same key, the same bytes) has its copy kept under that key, so thousands of kept
   * pages are not read and digested again; only in the first pass, before a later step could
   * rewrite a page.
   */
  const compress = async (file: string, byPageKey: boolean): Promise<Pick<Handled, 'copy' | 'reused'>> => {
    // A copy kept from an earlier build is found and copied synchronously: thousands of them
    // would otherwise wait in Node's thread pool, several round trips each.
    const pageKey = byPageKey ? pageKeyOf(file) : undefined;
    const content = pageKey ? undefined : readFileSync(file);
    const thorough = isOnFirstSearch(file);
    const inPlace = isCompressedByPagefind(file);
    const key = content ? copyKey(content, thorough) : pageCopyKey(pageKey!);
    const folder = isSameInEveryBuild(file) ? shared : cache;
    if (folder === cache) used.add(key);
    const cached = join(folder, `${key}.gz`);
    const skipped = join(folder, `${key}.none`);
    const target = inPlace ? file : `${file}.gz`;
    if (existsSync(skipped)) {
      rmSync(`${file}.gz`, { force: true });
      return { reused: true };
    }
    if (existsSync(cached)) {
      placeCopy(cached, target);
      return { copy: { before: content?.length ?? statSync(file).size, after: statSync(cached).size }, reused: true };
    }
    const original = content ?? readFileSync(file);
    const plain = inPlace ? gunzipSync(original) : original;
    const bytes = await compressed(plain, thorough);
    if (!isWorthKeeping(original.length, bytes.length)) {
      rmSync(`${file}.gz`, { force: true });
      await writeFile(skipped, '');
      return { reused: false };
    }
    // A new file, never an old name's bytes rewritten: it may be a link to a kept copy.
    rmSync(target, { force: true });
    await writeFile(target, bytes);
    // Written whole under another name first: another build may be reading the folder.
    await writeFile(`${cached}.${process.pid}`, bytes);
    await rename(`${cached}.${process.pid}`, cached);
    return { copy: { before: original.length, after: bytes.length }, reused: false };
  };

  const pass = async (all: string[], byPageKey = false) => {
    const files = byPageKey ? all.filter((file) => !tookPlaced(file)) : all;
    for (let start = 0; start < files.length; start += AT_ONCE) {
      await Promise.all(
        files.slice(start, start + AT_ONCE).map(async (file) => {
          const result = await compress(file, byPageKey);
          const { size, mtimeMs } = statSync(file);
          handled.set(file, { size, mtimeMs, ...result });
        }),
      );
    }
  };

  /** A kept page whose copy the page cache linked already: only noted (in the first pass, before a later step could rewrite the page). */
  const tookPlaced = (file: string): boolean => {
    const placed = placedCopyOf(file);
    const pageKey = pageKeyOf(file);
    if (!placed || !pageKey) return false;
    used.add(pageCopyKey(pageKey));
    handled.set(file, { size: placed.size, mtimeMs: placed.mtimeMs, copy: { before: placed.size, after: placed.copySize }, reused: true });
    return true;
  };

  const candidates = async (out: string) => (await filesUnder(out)).filter((file) => isCompressible(file) || (isCompressedByPagefind(file) && isOnFirstSearch(file)));

  const pages: AstroIntegration = {
    name: 'thi-dua:precompress-pages',
    hooks: {
      'astro:config:done': ({ config }) => {
        cache = join(fileURLToPath(config.cacheDir), GZIP_FOLDER);
        shared = join(fileURLToPath(config.root), 'node_modules', '.cache', 'thi-dua-zopfli');
      },
      'astro:build:start': () => {
        handled = new Map();
        used = new Set();
        pagesMs = 0;
      },
      'astro:build:done': async ({ dir }) => {
        await mkdir(cache, { recursive: true });
        await mkdir(shared, { recursive: true });
        const out = fileURLToPath(dir);
        const started = performance.now();
        await pass(
          (await candidates(out)).filter((file) => !late(relative(out, file).split(sep).join('/'))),
          true,
        );
        pagesMs = Math.round(performance.now() - started);
      },
    },
  };

  const rest: AstroIntegration = {
    name: 'thi-dua:precompress',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        await mkdir(cache, { recursive: true });
        await mkdir(shared, { recursive: true });
        const now = await candidates(fileURLToPath(dir));
        const present = new Set(now);
        // Removed by a later step: so is its gzip copy.
        for (const file of [...handled.keys()]) {
          if (present.has(file)) continue;
          rmSync(`${file}.gz`, { force: true });
          handled.delete(file);
        }
        await pass(
          now.filter((file) => {
            const before = handled.get(file);
            if (!before) return true;
            const { size, mtimeMs } = statSync(file);
            return size !== before.size || mtimeMs !== before.mtimeMs;
          }),
        );
        for (const name of await readdir(cache)) if (!used.has(name.replace(/\.(gz|none)$/, ''))) await rm(join(cache, name), { force: true });
        const copies = [...handled.values()].flatMap((file) => (file.copy ? [file.copy] : []));
        const before = copies.reduce((sum, copy) => sum + copy.before, 0);
        const after = copies.reduce((sum, copy) => sum + copy.after, 0);
        const reused = [...handled.values()].filter((file) => file.reused).length;
        logger.info(`precompressed ${copies.length} files: ${(before / 1024).toFixed(0)} KB → ${(after / 1024).toFixed(0)} KB gzip (${reused} from the cache; ${pagesMs} ms with the pages, ${Math.round(performance.now() - started)} ms at the end)`);
      },
    },
  };
  return [pages, rest];
}

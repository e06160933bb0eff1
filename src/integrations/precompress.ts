import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, readFileSync, rmSync, statSync } from 'node:fs';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
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

/** Every file under a folder, relative paths. */
async function filesUnder(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

/**
 * Writes x.gz beside each text file of the finished build (Node's zlib, best compression), for
 * servers that send it as is (the shipped nginx configuration: gzip_static). Must be the last
 * integration, after the search index, the cards and `_headers` are written. The files every first
 * search downloads are compressed with Zopfli instead; of them, Pagefind's own gzip files are
 * recompressed in place (same content, fewer bytes).
 *
 * A file whose bytes an earlier build compressed already is not compressed again: the gzip copy is
 * kept in the cache folder by a digest of the bytes (a file not worth compressing leaves an empty
 * marker), and copies no build used are removed.
 */
export function precompressIntegration(): AstroIntegration {
  let cache = '';
  /**
   * Pagefind's loader and wasm are the same bytes in every build of a Pagefind version: their
   * Zopfli copies (a second each) are kept once for the project, whatever cache folder a build
   * uses (tests and the demo use their own).
   */
  let shared = '';
  return {
    name: 'thi-dua:precompress',
    hooks: {
      'astro:config:done': ({ config }) => {
        cache = join(fileURLToPath(config.cacheDir), 'thi-dua-gzip');
        shared = join(fileURLToPath(config.root), 'node_modules', '.cache', 'thi-dua-zopfli');
      },
      'astro:build:done': async ({ dir, logger }) => {
        await mkdir(cache, { recursive: true });
        await mkdir(shared, { recursive: true });
        const all = await filesUnder(fileURLToPath(dir));
        const files = all.filter((file) => isCompressible(file) || (isCompressedByPagefind(file) && isOnFirstSearch(file)));
        const used = new Set<string>();
        let before = 0;
        let after = 0;
        let written = 0;
        let reused = 0;
        const compress = async (file: string) => {
          // A copy kept from an earlier build is found and copied synchronously: thousands of them
          // would otherwise wait in Node's thread pool, several round trips each.
          const content = readFileSync(file);
          const thorough = isOnFirstSearch(file);
          const inPlace = isCompressedByPagefind(file);
          const key = `${createHash('sha256').update(content).digest('hex').slice(0, 32)}${thorough ? '-z' : ''}`;
          const folder = isSameInEveryBuild(file) ? shared : cache;
          if (folder === cache) used.add(key);
          const cached = join(folder, `${key}.gz`);
          const skipped = join(folder, `${key}.none`);
          const target = inPlace ? file : `${file}.gz`;
          if (existsSync(skipped)) return (reused += 1);
          if (existsSync(cached)) {
            placeCopy(cached, target);
            before += content.length;
            after += statSync(cached).size;
            written += 1;
            return (reused += 1);
          }
          const plain = inPlace ? gunzipSync(content) : content;
          const bytes = await compressed(plain, thorough);
          if (!isWorthKeeping(content.length, bytes.length)) return writeFile(skipped, '');
          await writeFile(target, bytes);
          // Written whole under another name first: another build may be reading the folder.
          await writeFile(`${cached}.${process.pid}`, bytes);
          await rename(`${cached}.${process.pid}`, cached);
          before += content.length;
          after += bytes.length;
          written += 1;
        };
        for (let start = 0; start < files.length; start += AT_ONCE) await Promise.all(files.slice(start, start + AT_ONCE).map(compress));
        for (const name of await readdir(cache)) if (!used.has(name.replace(/\.(gz|none)$/, ''))) await rm(join(cache, name), { force: true });
        logger.info(`precompressed ${written} files: ${(before / 1024).toFixed(0)} KB → ${(after / 1024).toFixed(0)} KB gzip (${reused} from the cache)`);
      },
    },
  };
}

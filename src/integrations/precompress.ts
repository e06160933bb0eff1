import { createHash } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { constants, gzip } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import { isCompressible, isWorthKeeping } from '../lib/publishing/precompress';

const gzipAsync = promisify(gzip);

/** Files compressed at once: zlib works on libuv's thread pool, so the cores share the work. */
const AT_ONCE = 8;

/** Every file under a folder, relative paths. */
async function filesUnder(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

/**
 * Writes x.gz beside each text file of the finished build (Node's zlib, best compression), for
 * servers that send it as is (the shipped nginx configuration: gzip_static). Must be the last
 * integration, after the search index, the cards and `_headers` are written.
 *
 * A file whose bytes an earlier build compressed already is not compressed again: the gzip copy is
 * kept in the cache folder by a digest of the bytes (a file not worth compressing leaves an empty
 * marker), and copies no build used are removed.
 */
export function precompressIntegration(): AstroIntegration {
  let cache = '';
  return {
    name: 'thi-dua:precompress',
    hooks: {
      'astro:config:done': ({ config }) => {
        cache = join(fileURLToPath(config.cacheDir), 'thi-dua-gzip');
      },
      'astro:build:done': async ({ dir, logger }) => {
        await mkdir(cache, { recursive: true });
        const files = (await filesUnder(fileURLToPath(dir))).filter(isCompressible);
        const used = new Set<string>();
        let before = 0;
        let after = 0;
        let written = 0;
        let reused = 0;
        const compress = async (file: string) => {
          const content = await readFile(file);
          const key = createHash('sha256').update(content).digest('hex').slice(0, 32);
          used.add(key);
          const cached = join(cache, `${key}.gz`);
          const skipped = join(cache, `${key}.none`);
          if (existsSync(skipped)) return (reused += 1);
          if (existsSync(cached)) {
            await copyFile(cached, `${file}.gz`);
            const { size } = statSync(cached);
            before += content.length;
            after += size;
            written += 1;
            return (reused += 1);
          }
          const compressed = await gzipAsync(content, { level: constants.Z_BEST_COMPRESSION });
          if (!isWorthKeeping(content.length, compressed.length)) return writeFile(skipped, '');
          await writeFile(`${file}.gz`, compressed);
          await writeFile(cached, compressed);
          before += content.length;
          after += compressed.length;
          written += 1;
        };
        for (let start = 0; start < files.length; start += AT_ONCE) await Promise.all(files.slice(start, start + AT_ONCE).map(compress));
        for (const name of await readdir(cache)) if (!used.has(name.replace(/\.(gz|none)$/, ''))) await rm(join(cache, name), { force: true });
        logger.info(`precompressed ${written} files: ${(before / 1024).toFixed(0)} KB → ${(after / 1024).toFixed(0)} KB gzip (${reused} from the cache)`);
      },
    },
  };
}

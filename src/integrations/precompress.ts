import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { constants, gzip } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import { isCompressible, isWorthKeeping } from '../lib/publishing/precompress';

const gzipAsync = promisify(gzip);

/** Every file under a folder, relative paths. */
async function filesUnder(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

/**
 * Writes x.gz beside each text file of the finished build (Node's zlib, best compression), for
 * servers that send it as is (the shipped nginx configuration: gzip_static). Must be the last
 * integration, after the search index, the cards and `_headers` are written.
 */
export function precompressIntegration(): AstroIntegration {
  return {
    name: 'thi-dua:precompress',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const files = (await filesUnder(fileURLToPath(dir))).filter(isCompressible);
        let before = 0;
        let after = 0;
        let written = 0;
        for (const file of files) {
          const content = await readFile(file);
          const compressed = await gzipAsync(content, { level: constants.Z_BEST_COMPRESSION });
          if (!isWorthKeeping(content.length, compressed.length)) continue;
          await writeFile(`${file}.gz`, compressed);
          before += content.length;
          after += compressed.length;
          written += 1;
        }
        logger.info(`precompressed ${written} files: ${(before / 1024).toFixed(0)} KB → ${(after / 1024).toFixed(0)} KB gzip`);
      },
    },
  };
}

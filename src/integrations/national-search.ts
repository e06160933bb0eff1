import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { loadNational, NATIONAL_ENV } from '../data/national';
import { mergeDWords, mergedIndexPath } from '../lib/search/national';
import { D_WORDS_PATH } from './pagefind';

/**
 * The index itself (entry, metadata, index, filter and fragment chunks): merged indexes run on this
 * site's own Pagefind script and WebAssembly, and precompression writes the .gz copies again.
 */
const isIndexFile = (path: string) => !/(\.js|\.css|\.gz|\/wasm\.[^/]*)$/.test(path);

/**
 * A national site (THI_DUA_NATIONAL names its configuration): after this site's own index is
 * written, publishes each other site's built index on this host under `pagefind-<id>/`, so the
 * search page merges them without requesting any other host, and adds their "d" spellings to
 * this site's. Each index must be of this site's Pagefind version, or the build stops saying so.
 * Without THI_DUA_NATIONAL it does nothing. Runs after the Pagefind integration, before precompression.
 */
export function nationalSearchIntegration(base: string): AstroIntegration {
  return {
    name: 'thi-dua:national-search',
    hooks: {
      // Fail before building anything when the configuration or a site's folder is wrong.
      'astro:build:start': () => {
        loadNational();
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const own = JSON.parse(await readFile(`${out}pagefind/pagefind-entry.json`, 'utf8')) as { version: string };
        const national = loadNational(process.env[NATIONAL_ENV], own.version);
        if (!national) return;
        for (const { site, pagefind } of national.sites) {
          const target = `${out}${mergedIndexPath(base, site.id).slice(base.length)}`;
          await rm(target, { recursive: true, force: true });
          await cp(pagefind, target, { recursive: true, filter: isIndexFile });
        }
        const ownWords = JSON.parse(await readFile(`${out}${D_WORDS_PATH}`, 'utf8')) as Record<string, string[]>;
        await writeFile(`${out}${D_WORDS_PATH}`, JSON.stringify(mergeDWords([ownWords, ...national.sites.map((loaded) => loaded.dWords)])));
        logger.info(`merged the search indexes of ${national.sites.map(({ site }) => `${site.id} (${site.address})`).join(', ')} from ${national.file}`);
      },
    },
  };
}

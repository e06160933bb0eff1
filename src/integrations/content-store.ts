/**
 * Astro turns its whole content store (cacheDir/data-store.json) into one JavaScript module that
 * Vite bundles into the build's server code. For a province's archive that module is tens of MB of
 * source: Rollup parses and bundles all of it, which at 5,000 documents was the build's memory
 * peak and a third of its bundling time. The build only runs that code in this process, right
 * after the store is written, so the module is replaced by one that reads the same file when the
 * pages are rendered: the same entries, parsed by JSON.parse, never bundled.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The id Astro gives the store's module, and the file it makes it from (astro/dist/content/consts.js). */
const STORE_MODULE = '\0astro:data-layer-content';
const STORE_FILE = 'data-store.json';

export function contentStoreIntegration(): AstroIntegration {
  return {
    name: 'thi-dua:content-store',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        const file = join(fileURLToPath(config.cacheDir), STORE_FILE);
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'thi-dua:content-store-from-file',
                apply: 'build',
                transform(_code, id) {
                  if (id !== STORE_MODULE) return undefined;
                  // No file (no collection stored anything): the empty store Astro's own module gives then.
                  const path = JSON.stringify(file);
                  return { code: `import { existsSync, readFileSync } from 'node:fs';\nexport default existsSync(${path}) ? JSON.parse(readFileSync(${path}, 'utf8')) : new Map();\n`, map: null };
                },
              },
            ],
          },
        });
      },
    },
  };
}

/**
 * Astro turns its whole content store (cacheDir/data-store.json) into one JavaScript module that
 * Vite bundles into the build's server code. For a province's archive that module is tens of MB of
 * source: Rollup parses and bundles all of it, which at 5,000 documents was the build's memory
 * peak and a third of its bundling time. The build only runs that code in this process, right
 * after the store is written, so the module is replaced by one that reads the same file when the
 * pages are rendered: the same entries, parsed by JSON.parse, never bundled.
 *
 * Astro's runtime asks for the store's module by name (astro/dist/content/data-store.js); that
 * request is pointed at our module, so Astro's own plugin does not first read the store and print
 * it as code (a 24 MB file parsed and printed, about a second of a rebuild with its garbage) only
 * for the transform to throw that away. Astro's module, if anything else asks for it, is replaced
 * by the same code.
 *
 * The store's file is written at the end of the build (./deferred-store-write.ts): until then the
 * module gives the collections this process synced, from memory, the same Map the file will hold;
 * the file is read only when nothing was synced or changed here (it is then current).
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { holdAstroStoreWrites, startHeldStoreWrites } from './deferred-store-write';

/** The name Astro's runtime imports the store by, and the id Astro gives its module (astro/dist/content/consts.js). */
const STORE_NAME = 'astro:data-layer-content';
const STORE_MODULE = `\0${STORE_NAME}`;
/** Our module in its place. */
const OWN_NAME = 'thi-dua:content-store';
const OWN_MODULE = `\0${OWN_NAME}`;
/** Astro's runtime modules that import the store by name. */
const IMPORTERS = /[\\/]astro[\\/]dist[\\/]content[\\/](mutable-)?data-store\.js$/;
const STORE_FILE = 'data-store.json';

/**
 * Code that gives the store when it runs: the collections synced in this process and not yet
 * written, else the store's file; no file (no collection stored anything): the empty store Astro's
 * own module gives then.
 */
function storeModule(file: string): string {
  const path = JSON.stringify(file);
  return [
    `import { existsSync, readFileSync } from 'node:fs';`,
    `const held = globalThis[Symbol.for('thi-dua.held-store-writes')];`,
    `const synced = held ? [...held.stores].at(-1)?._collections : undefined;`,
    `export default synced ?? (existsSync(${path}) ? JSON.parse(readFileSync(${path}, 'utf8')) : new Map());`,
    '',
  ].join('\n');
}

/** The write of the held store, started when the build is done and awaited by the last integration (`contentStoreWrittenIntegration`). */
let pendingWrite: Promise<void> | undefined;

const WRITE_FAILED = "Không ghi được kho nội dung của Astro vào thư mục bộ nhớ đệm; lần dựng sau sẽ đọc lại mọi tệp nội dung (could not write Astro's content store; the next build reads every content file again)";

export function contentStoreIntegration(): AstroIntegration {
  let storeFile = '';
  return {
    name: 'thi-dua:content-store',
    hooks: {
      'astro:config:setup': async ({ command, config, updateConfig, logger }) => {
        if (command !== 'build') return;
        // Holding the writes only saves time: without it Astro writes the store while it syncs.
        await holdAstroStoreWrites().catch((error: unknown) => logger.warn(`Kho nội dung của Astro được ghi trong lúc đồng bộ như mặc định (Astro's content store is written while syncing, as by default): ${error instanceof Error ? error.message : String(error)}`));
        const file = (storeFile = join(fileURLToPath(config.cacheDir), STORE_FILE));
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'thi-dua:content-store-from-file',
                apply: 'build',
                resolveId: (id) => (id === OWN_NAME ? OWN_MODULE : undefined),
                load: (id) => (id === OWN_MODULE ? { code: storeModule(file), map: null } : undefined),
                transform(code, id) {
                  if (id === STORE_MODULE) return { code: storeModule(file), map: null };
                  if (IMPORTERS.test(id.split('?')[0]) && code.includes(JSON.stringify(STORE_NAME))) return { code: code.replaceAll(JSON.stringify(STORE_NAME), JSON.stringify(OWN_NAME)), map: null };
                  return undefined;
                },
              },
            ],
          },
        });
      },
      'astro:build:done': () => {
        // Printed and written on a thread of its own while the other integrations finish; the
        // last one waits for it. Only the next build reads the file: a failed write costs it
        // time (its loaders store every entry again), not this site.
        const writing = startHeldStoreWrites(storeFile);
        pendingWrite = writing;
        // Reported by the last integration, which waits for it.
        writing.catch(() => undefined);
      },
    },
  };
}

/** Waits for the store's write started by `contentStoreIntegration` (comes last in the list: astro.config.mjs). */
export function contentStoreWrittenIntegration(): AstroIntegration {
  return {
    name: 'thi-dua:content-store-written',
    hooks: {
      'astro:build:done': async ({ logger }) => {
        const writing = pendingWrite;
        pendingWrite = undefined;
        try {
          await writing;
        } catch (error) {
          logger.warn(`${WRITE_FAILED}: ${error instanceof Error ? error.message : String(error)}`);
        }
      },
    },
  };
}

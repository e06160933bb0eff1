/**
 * Astro writes its content store (cacheDir/data-store.json, 24 MB at 5,000 documents) while it
 * syncs the content: once when its debounce timer fires between two collections, once more at the
 * end, each time printing the whole store with devalue and reading the old file back to compare.
 * In a one-document rebuild that was about 1.5 s of the build's thread, spent before the site
 * model, and so the search index, could start. In a build that file is only read by the next
 * build (its loaders compare digests with it): the pages of this one read the entries from memory
 * (./content-store.ts). So a build holds the store's writes and makes them once, at its end
 * (`writeHeldStores`), when the build's thread waits for the search index anyway.
 *
 * A build that fails before its end leaves the previous file: the next build's loaders then find
 * more entries changed and store them again. That costs time, never a wrong page.
 *
 * Astro's MutableDataStore is not exported: it is patched in the module its sync imports
 * (astro/dist/content/mutable-data-store.js). tests/unit/publishing/deferred-store-write.test.ts
 * checks that the installed Astro still writes through `writeToDisk`.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** What the patch needs of Astro's store: its public write and its collections. */
export interface WritableStore {
  writeToDisk(): Promise<void>;
  _collections: Map<string, Map<string, unknown>>;
}

interface Held {
  /** Astro's own write. */
  write: (this: WritableStore) => Promise<void>;
  /** Stores whose writes are held until the end of the build. */
  stores: Set<WritableStore>;
}

const HELD = Symbol.for('thi-dua.held-store-writes');

function held(): Held | undefined {
  return (globalThis as Record<symbol, Held | undefined>)[HELD];
}

/** The file of Astro's store class, as Astro's own sync imports it. */
export function storeModuleFile(): string {
  return join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'dist/content/mutable-data-store.js');
}

/** Makes a store class hold its writes (once per process): each store asking to write is remembered instead. */
export function holdStoreWrites(prototype: WritableStore): void {
  if (held()) return;
  const state: Held = { write: prototype.writeToDisk, stores: new Set() };
  (globalThis as Record<symbol, Held | undefined>)[HELD] = state;
  prototype.writeToDisk = function (this: WritableStore) {
    state.stores.add(this);
    return Promise.resolve();
  };
}

/**
 * Node's own `import()`, of the module Astro's sync imports (the same module, so the same class):
 * Vite's module runner, which loads the configuration and so this module, would otherwise
 * evaluate a second copy, whose class Astro never uses (and is closed by the time hooks run).
 */
const nativeImport = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<unknown>;

/** Holds the writes of Astro's content store for this build process. */
export async function holdAstroStoreWrites(): Promise<void> {
  const module = (await nativeImport(pathToFileURL(storeModuleFile()).href)) as { MutableDataStore?: { prototype: WritableStore } };
  const prototype = module.MutableDataStore?.prototype;
  if (typeof prototype?.writeToDisk !== 'function') throw new Error(`${storeModuleFile()}: Astro không còn ghi kho nội dung qua writeToDisk (Astro no longer writes its content store through writeToDisk).`);
  holdStoreWrites(prototype);
}

/** Makes the held writes, with Astro's own code; the stores are then written as Astro would have. */
export async function writeHeldStores(): Promise<void> {
  const state = held();
  if (!state) return;
  const stores = [...state.stores];
  state.stores.clear();
  for (const store of stores) await state.write.call(store);
}

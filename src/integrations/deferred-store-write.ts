/**
 * Astro writes its content store (cacheDir/data-store.json, 24 MB at 5,000 documents) while it
 * syncs the content: once when its debounce timer fires between two collections, once more at the
 * end, each time printing the whole store with devalue and reading the old file back to compare.
 * In a one-document rebuild that was about 1.5 s of the build's thread, spent before the site
 * model, and so the search index, could start. In a build that file is only read by the next
 * build (its loaders compare digests with it): the pages of this one read the entries from memory
 * (./content-store.ts). So a build holds the store's writes and makes them once, at its end
 * (`startHeldStoreWrites`), printed on a worker thread while the build's thread finishes the
 * other integrations (0.9 s of a 5,000-document rebuild's thread otherwise).
 *
 * A build that fails before its end leaves the previous file: the next build's loaders then find
 * more entries changed and store them again. That costs time, never a wrong page.
 *
 * Astro's MutableDataStore is not exported: it is patched in the module its sync imports
 * (astro/dist/content/mutable-data-store.js). tests/unit/publishing/deferred-store-write.test.ts
 * checks that the installed Astro still writes through `writeToDisk`.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
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
 * Node's own `import()`, of the module Astro's sync imports (the same module, so the same class).
 * astro.config.mjs imports this module through tsx, which leaves packages to Node; were it loaded
 * by Vite's module runner (Astro's fallback for a configuration Node cannot import), a plain
 * import would evaluate a second copy, whose class Astro never uses.
 */
const nativeImport = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<unknown>;

/** Holds the writes of Astro's content store for this build process. */
export async function holdAstroStoreWrites(): Promise<void> {
  const module = (await nativeImport(pathToFileURL(storeModuleFile()).href)) as { MutableDataStore?: { prototype: WritableStore } };
  const prototype = module.MutableDataStore?.prototype;
  if (typeof prototype?.writeToDisk !== 'function') throw new Error(`${storeModuleFile()}: Astro không còn ghi kho nội dung qua writeToDisk (Astro no longer writes its content store through writeToDisk).`);
  holdStoreWrites(prototype);
}

/**
 * Prints a store's collections and writes them as Astro's writeToDisk does (astro 5.18,
 * MutableDataStore: `devalue.stringify(this._collections)`, then the file replaced through
 * `<file>.tmp` unless it already holds those bytes), with the devalue Astro itself imports.
 * Runs on a worker thread: the collections come as a structured clone, which keeps what devalue
 * prints (maps, sets, dates, shared objects).
 */
const WRITING_THREAD = `
const { parentPort, workerData } = require('node:worker_threads');
const { readFileSync, renameSync, writeFileSync } = require('node:fs');
parentPort.once('message', async ({ file, collections }) => {
  try {
    const devalue = await import(workerData.devalue);
    const data = devalue.stringify(collections);
    let old = '';
    try {
      old = readFileSync(file, 'utf8');
    } catch {}
    if (old !== data) {
      writeFileSync(file + '.tmp', data);
      renameSync(file + '.tmp', file);
    }
    parentPort.postMessage({ written: old !== data });
  } catch (error) {
    parentPort.postMessage({ failed: String((error && error.message) || error) });
  }
});
`;

/** The devalue module Astro's store prints with (resolved from Astro's own package). */
export function astroDevalue(): string {
  const fromAstro = createRequire(createRequire(import.meta.url).resolve('astro/package.json'));
  return pathToFileURL(fromAstro.resolve('devalue')).href;
}

/**
 * Is every value under `value` one a structured clone carries to the writing thread exactly as
 * devalue prints it here? Plain objects, arrays, maps, sets, dates, regular expressions and
 * primitives are; a URL or URLSearchParams (cloned as an empty object), a class instance or an
 * object without a prototype (cloned as a plain object), a function or symbol, or an object with
 * symbol keys are not, and the store is then written by Astro's own code instead.
 */
export function clonesFaithfully(value: unknown, seen = new Set<object>()): boolean {
  if (typeof value === 'function' || typeof value === 'symbol') return false;
  if (value === null || typeof value !== 'object') return true;
  if (seen.has(value)) return true;
  seen.add(value);
  if (Object.getOwnPropertySymbols(value).length > 0) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  if (prototype === Date.prototype || prototype === RegExp.prototype) return true;
  if (prototype === Array.prototype) return (value as unknown[]).every((item) => clonesFaithfully(item, seen));
  if (prototype === Map.prototype) {
    for (const [key, item] of value as Map<unknown, unknown>) if (!clonesFaithfully(key, seen) || !clonesFaithfully(item, seen)) return false;
    return true;
  }
  if (prototype === Set.prototype) {
    for (const item of value as Set<unknown>) if (!clonesFaithfully(item, seen)) return false;
    return true;
  }
  return prototype === Object.prototype && Object.values(value).every((item) => clonesFaithfully(item, seen));
}

/**
 * Writes one store to `file` on a worker thread, as Astro would have. The build's thread only
 * clones the collections into the message (0.08 s for a 5,000-document archive's store, against
 * 0.9 s to print, compare and write it here), so it goes on with its other work meanwhile.
 * Rejects when the thread could not write it. The caller makes sure the clone is faithful
 * (`clonesFaithfully`).
 */
export async function writeStoreOnThread(collections: WritableStore['_collections'], file: string): Promise<void> {
  const thread = new Worker(WRITING_THREAD, { eval: true, workerData: { devalue: astroDevalue() } });
  const done = new Promise<void>((resolve, reject) => {
    thread.once('message', (reply: { failed?: string }) => (reply.failed ? reject(new Error(reply.failed)) : resolve()));
    thread.once('error', reject);
    thread.once('exit', (code) => reject(new Error(`luồng ghi kho nội dung dừng (mã ${code}) trước khi xong (the store's writing thread stopped first)`)));
  });
  // Settled here whatever happens: a message that cannot be posted ends the thread, which rejects it.
  done.catch(() => undefined);
  try {
    thread.postMessage({ file, collections });
    await done;
  } finally {
    await thread.terminate();
  }
}

/**
 * Starts the held writes: the store Astro syncs in a build (its content store, at `file`) on a
 * worker thread (`writeStoreOnThread`) when its collections clone faithfully; any other store,
 * or one that does not, with Astro's own code, here. The promise settles when every write is done.
 */
export async function startHeldStoreWrites(file: string): Promise<void> {
  const state = held();
  if (!state) return;
  const stores = [...state.stores];
  state.stores.clear();
  const [first, ...others] = stores;
  const writes = others.map((store) => state.write.call(store));
  if (first) writes.push(clonesFaithfully(first._collections) ? writeStoreOnThread(first._collections, file) : state.write.call(first));
  await Promise.all(writes);
}

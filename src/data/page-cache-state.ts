/** The kept pages' state shared by src/integrations/page-cache.ts and the pages (src/data/page-cache.ts) in one build process. */
import { createHash } from 'node:crypto';
import { join } from 'node:path';

/** What the integration and the pages share within one build process. */
export interface PageCacheState {
  /** The folder of kept pages (in Astro's cache folder). */
  folder: string;
  /** Digest of the code and settings every page depends on. */
  codeKey: string;
  /** Pages rendered in this build: address → key, kept by the integration once written. */
  fresh: Map<string, string>;
  /** Keys served from the folder in this build. */
  reused: Set<string>;
  /** Pages rendered in this build from their kept bytes: address → key. */
  served: Map<string, string>;
  /** Keys of the pages kept in the folder when the build started. */
  kept: Set<string>;
  /** Pages left out of their routes because their kept page is current: address → key, written by the integration. */
  restored: Map<string, string>;
}

const STATE = Symbol.for('thi-dua.page-cache');

export function pageCacheState(): PageCacheState | undefined {
  return (globalThis as Record<symbol, PageCacheState | undefined>)[STATE];
}

export function setPageCacheState(state: PageCacheState | undefined): void {
  (globalThis as Record<symbol, PageCacheState | undefined>)[STATE] = state;
}

/**
 * JSON of plain data, Maps and Sets included (as entries and items), so their contents count. An
 * object of `shared` (a campaign document many pages show) is written as a digest of its own JSON,
 * worked out once per object: the same content, far fewer bytes to hash on every page.
 */
export function viewJson(value: unknown, shared?: WeakSet<object>): string {
  return JSON.stringify(value, (_key, item: unknown) => {
    if (shared && item && typeof item === 'object' && shared.has(item)) return { digest: digestOf(item) };
    return item instanceof Map ? { map: [...item.entries()] } : item instanceof Set ? { set: [...item] } : item;
  });
}

const digests = new WeakMap<object, string>();

/** The digest of an object's JSON, once per object (shared objects are not changed once built). */
function digestOf(item: object): string {
  let digest = digests.get(item);
  if (!digest) digests.set(item, (digest = createHash('sha256').update(viewJson(item)).digest('hex')));
  return digest;
}

/** The file a key's page is kept in. */
export function keptPage(folder: string, key: string): string {
  return join(folder, `${key}.html`);
}

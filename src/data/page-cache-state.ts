/** The kept pages' state shared by src/integrations/page-cache.ts and the pages (src/data/page-cache.ts) in one build process. */
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
}

const STATE = Symbol.for('thi-dua.page-cache');

export function pageCacheState(): PageCacheState | undefined {
  return (globalThis as Record<symbol, PageCacheState | undefined>)[STATE];
}

export function setPageCacheState(state: PageCacheState | undefined): void {
  (globalThis as Record<symbol, PageCacheState | undefined>)[STATE] = state;
}

/** JSON of plain data, Maps and Sets included (as entries and items), so their contents count. */
export function viewJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) => (item instanceof Map ? { map: [...item.entries()] } : item instanceof Set ? { set: [...item] } : item));
}

/** The file a key's page is kept in. */
export function keptPage(folder: string, key: string): string {
  return join(folder, `${key}.html`);
}

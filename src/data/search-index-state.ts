/**
 * The search index is built beside the pages: the Pagefind integration (src/integrations/pagefind.ts)
 * opens its index when the build starts, and the site model hands it the records as soon as the
 * model exists, so Pagefind's own process indexes on another core while Astro renders the pages.
 * Outside `astro build` nobody listens and nothing happens.
 */
import type { SearchRecord } from '../lib/search/records';

export interface SearchIndexState {
  /** Starts indexing these records (once; later calls are ignored). */
  start: (records: () => SearchRecord[]) => void;
}

const STATE = Symbol.for('thi-dua.search-index');

export function searchIndexState(): SearchIndexState | undefined {
  return (globalThis as Record<symbol, SearchIndexState | undefined>)[STATE];
}

export function setSearchIndexState(state: SearchIndexState | undefined): void {
  (globalThis as Record<symbol, SearchIndexState | undefined>)[STATE] = state;
}

/**
 * The entries each collection's loader left in Astro's content store in this process, read from
 * memory when the build starts (src/integrations/site-model.ts). Astro also writes the store to
 * cacheDir/data-store.json, but in 5.18 a write that starts while its debounced write is still
 * running is dropped for that one's older text (MutableDataStore#writeFileAtomic;
 * withastro/astro#15672, not fixed in 5.x), so the file can lag behind what the loaders stored; the next build's loaders then see the difference and store
 * those entries again. Every collection's loader is wrapped (src/content.config.ts).
 */
import type { Loader } from 'astro/loaders';

type Entries = () => { id: string }[];

const SYNCED = Symbol.for('thi-dua.synced-content');

function synced(): Map<string, Entries> {
  return ((globalThis as Record<symbol, Map<string, Entries> | undefined>)[SYNCED] ??= new Map());
}

/** A collection's loader that, once it has loaded, leaves its store to be read from memory. */
export function remembered(name: string, loader: Loader): Loader {
  return {
    ...loader,
    load: async (context) => {
      synced().delete(name);
      await loader.load(context);
      synced().set(name, () => context.store.values());
    },
  };
}

/** Each named collection's entries as its loader left them in this process; undefined when one of them has not loaded here. */
export function syncedEntries(names: string[]): Map<string, { id: string }[]> | undefined {
  const loaded = synced();
  if (!names.every((name) => loaded.has(name))) return undefined;
  return new Map(names.map((name) => [name, loaded.get(name)!()]));
}

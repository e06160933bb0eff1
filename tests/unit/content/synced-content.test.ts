import type { Loader, LoaderContext } from 'astro/loaders';
import { describe, expect, it } from 'vitest';
import { remembered, syncedEntries } from '../../../src/data/synced-content';

/** A loader context whose store is a plain map (what the wrapped loader sees of Astro's). */
function contextWith(entries: Map<string, { id: string; data: unknown }>): LoaderContext {
  return { store: { values: () => [...entries.values()], set: (entry: { id: string; data: unknown }) => entries.set(entry.id, entry) } } as unknown as LoaderContext;
}

describe('the loaders’ entries read from memory when the build starts', () => {
  it('gives each collection’s entries as its loader left them, and nothing until every collection has loaded in this process', async () => {
    const a = new Map<string, { id: string; data: unknown }>();
    const b = new Map<string, { id: string; data: unknown }>();
    const loader = (id: string): Loader => ({ name: 'thu', load: async (context) => void context.store.set({ id, data: { id } }) });
    await remembered('thu-a', loader('mot')).load(contextWith(a));
    expect(syncedEntries(['thu-a', 'thu-b'])).toBeUndefined();
    await remembered('thu-b', loader('hai')).load(contextWith(b));
    const synced = syncedEntries(['thu-a', 'thu-b'])!;
    expect(synced.get('thu-a')).toEqual([{ id: 'mot', data: { id: 'mot' } }]);
    // Read when asked: what a loader stores after (the dev server's watcher) is seen.
    b.set('ba', { id: 'ba', data: {} });
    expect(syncedEntries(['thu-b'])!.get('thu-b')!.map((entry) => entry.id)).toEqual(['hai', 'ba']);
  });

  it('forgets a collection while its loader runs again, so a failed load is never read as done', async () => {
    const failing: Loader = { name: 'hong', load: async () => { throw new Error('YAML hỏng'); } };
    await remembered('thu-c', { name: 'tot', load: async () => undefined }).load(contextWith(new Map()));
    expect(syncedEntries(['thu-c'])).toBeDefined();
    await expect(remembered('thu-c', failing).load(contextWith(new Map()))).rejects.toThrow('YAML hỏng');
    expect(syncedEntries(['thu-c'])).toBeUndefined();
  });
});

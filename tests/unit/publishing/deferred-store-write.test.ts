/**
 * Astro's content store is written once, at the end of a build (src/integrations/deferred-store-write.ts).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { holdStoreWrites, storeModuleFile, writeHeldStores, type WritableStore } from '../../../src/integrations/deferred-store-write';

describe('Astro’s content store written at the end of the build', () => {
  it('holds each store’s writes, then makes them with the store’s own code', async () => {
    const written: string[] = [];
    class Store implements WritableStore {
      _collections = new Map<string, Map<string, unknown>>();
      constructor(readonly name: string) {}
      async writeToDisk(): Promise<void> {
        written.push(this.name);
      }
    }
    const key = Symbol.for('thi-dua.held-store-writes');
    const before = (globalThis as Record<symbol, unknown>)[key];
    delete (globalThis as Record<symbol, unknown>)[key];
    try {
      holdStoreWrites(Store.prototype);
      const [a, b] = [new Store('a'), new Store('b')];
      await a.writeToDisk();
      await a.writeToDisk();
      await b.writeToDisk();
      expect(written).toEqual([]);
      // The runtime's store module finds the last store synced here.
      const held = (globalThis as Record<symbol, { stores: Set<WritableStore> }>)[key];
      expect([...held.stores].at(-1)).toBe(b);
      await writeHeldStores();
      expect(written).toEqual(['a', 'b']);
      await writeHeldStores();
      expect(written).toEqual(['a', 'b']);
    } finally {
      (globalThis as Record<symbol, unknown>)[key] = before;
    }
  });

  it('finds Astro’s store writing through writeToDisk, the method it holds', () => {
    // Astro's sync writes on its debounce timer and when it waits for the save: both through
    // `this.writeToDisk()`. Should a release write another way, the store would be written
    // during the sync again (slower, not wrong), and this test says so.
    const source = readFileSync(storeModuleFile(), 'utf8');
    expect(source).toMatch(/class MutableDataStore/);
    expect(source).toMatch(/async writeToDisk\(\)/);
    expect(source.match(/await this\.writeToDisk\(\)/g)?.length).toBeGreaterThanOrEqual(2);
    expect(source).toMatch(/_collections/);
  });
});

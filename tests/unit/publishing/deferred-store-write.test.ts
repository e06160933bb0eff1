/**
 * Astro's content store is written once, at the end of a build (src/integrations/deferred-store-write.ts).
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { astroDevalue, clonesFaithfully, holdStoreWrites, startHeldStoreWrites, storeModuleFile, writeStoreOnThread, type WritableStore } from '../../../src/integrations/deferred-store-write';

const HELD = Symbol.for('thi-dua.held-store-writes');

/** Runs `test` with a fresh held-writes state of this process and an empty folder, both restored and removed after. */
async function withHeldWrites(test: (folder: string) => Promise<void>): Promise<void> {
  const before = (globalThis as Record<symbol, unknown>)[HELD];
  delete (globalThis as Record<symbol, unknown>)[HELD];
  const folder = mkdtempSync(join(tmpdir(), 'kho-noi-dung-'));
  try {
    await test(folder);
  } finally {
    (globalThis as Record<symbol, unknown>)[HELD] = before;
    rmSync(folder, { recursive: true, force: true });
  }
}

describe('Astro’s content store written at the end of the build', () => {
  it('holds each store’s writes, then prints the store Astro syncs on a thread of its own, into its file', async () => {
    const written: string[] = [];
    class Store implements WritableStore {
      _collections = new Map<string, Map<string, unknown>>();
      constructor(readonly name: string) {}
      async writeToDisk(): Promise<void> {
        written.push(this.name);
      }
    }
    await withHeldWrites(async (folder) => {
      holdStoreWrites(Store.prototype);
      const [a, b] = [new Store('a'), new Store('b')];
      a._collections.set('campaigns', new Map([['2024/x', { id: '2024/x', data: { year: 2024, issued: new Date('2024-01-15') } }]]));
      await a.writeToDisk();
      await a.writeToDisk();
      await b.writeToDisk();
      expect(written).toEqual([]);
      // The runtime's store module finds the last store synced here.
      const held = (globalThis as Record<symbol, { stores: Set<WritableStore> }>)[HELD];
      expect([...held.stores].at(-1)).toBe(b);
      const file = join(folder, 'data-store.json');
      await startHeldStoreWrites(file);
      // The first store (the one Astro's sync holds) printed into the file; any other written by its own code.
      const devalue = (await import(astroDevalue())) as { stringify: (value: unknown) => string };
      expect(readFileSync(file, 'utf8')).toBe(devalue.stringify(a._collections));
      expect(written).toEqual(['b']);
      await startHeldStoreWrites(file);
      expect(written).toEqual(['b']);
    });
  });

  it('writes on its thread exactly what Astro’s own store prints, and leaves an identical file alone', async () => {
    const { MutableDataStore } = (await import(pathToFileURL(storeModuleFile()).href)) as {
      MutableDataStore: new () => { set: (collection: string, key: string, value: unknown) => void; toString: () => string; _collections: WritableStore['_collections'] };
    };
    const store = new MutableDataStore();
    const shared = { name: 'Ban Dân tộc tỉnh Cao Bằng', kind: 'province' };
    store.set('campaigns', '2023/phat-dong', { id: '2023/phat-dong', data: { year: 2023, issued: new Date('2023-02-01'), issuer: shared, targets: [{ item: '1', value: undefined }, , { item: '3' }] }, body: 'Đoàn kết “đổi mới”\n\t</script>', digest: 'abc' });
    store.set('units', 'ban-dan-toc', { id: 'ban-dan-toc', data: shared, tags: new Set(['a', 'b']), extra: new Map([['k', -0]]), note: null, big: 2n ** 70n });
    const folder = mkdtempSync(join(tmpdir(), 'kho-noi-dung-'));
    try {
      const file = join(folder, 'data-store.json');
      writeFileSync(file, 'bản cũ');
      await writeStoreOnThread(store._collections, file);
      expect(readFileSync(file, 'utf8')).toBe(store.toString());
      const inode = statSync(file).ino;
      await writeStoreOnThread(store._collections, file);
      expect(statSync(file).ino).toBe(inode);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('leaves to Astro’s own code a store holding what a structured clone would change (a URL, a class instance, an object without prototype)', async () => {
    const plain = new Map([['units', new Map<string, unknown>([['a', { id: 'a', data: { name: 'Ban Dân tộc', since: new Date(0), tags: new Set(['x']), list: [1, 'hai', null, undefined, 3n] } }]])]]);
    expect(clonesFaithfully(plain)).toBe(true);
    class Unit {
      name = 'Sở Nội vụ';
    }
    const odds: [string, unknown][] = [
      ['URL', new URL('https://thi-dua.example.vn/')],
      ['URLSearchParams', new URLSearchParams('a=1')],
      ['class instance', new Unit()],
      ['no prototype', Object.assign(Object.create(null) as object, { a: 1 })],
      ['symbol key', { [Symbol('k')]: 1 }],
      ['function', () => 1],
    ];
    for (const [name, odd] of odds) expect(clonesFaithfully(new Map([['units', new Map([['a', { id: 'a', data: { odd } }]])]])), name).toBe(false);
    const written: string[] = [];
    class Store implements WritableStore {
      _collections = new Map<string, Map<string, unknown>>([['units', new Map([['a', { id: 'a', data: { site: new URL('https://thi-dua.example.vn/') } }]])]]);
      async writeToDisk(): Promise<void> {
        written.push('astro');
      }
    }
    await withHeldWrites(async (folder) => {
      holdStoreWrites(Store.prototype);
      await new Store().writeToDisk();
      await startHeldStoreWrites(join(folder, 'data-store.json'));
      expect(written).toEqual(['astro']);
    });
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
    // What the thread prints must stay what Astro prints: its store's text is devalue's of its collections.
    expect(source).toMatch(/toString\(\) \{\s*return devalue\.stringify\(this\._collections\);/);
  });
});

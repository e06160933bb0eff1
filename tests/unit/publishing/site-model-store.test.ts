import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as devalue from 'devalue';
import { describe, expect, it } from 'vitest';
import { readStore, storeSite } from '../../../src/integrations/site-model';

/** A store file as Astro's MutableDataStore writes it: devalue of collection → id → entry. */
function storeFile(collections: Record<string, Record<string, object>>): string {
  const file = join(mkdtempSync(join(tmpdir(), 'kho-mo-hinh-')), 'data-store.json');
  const map = new Map(Object.entries(collections).map(([name, entries]) => [name, new Map(Object.entries(entries))]));
  writeFileSync(file, devalue.stringify(map));
  return file;
}

describe('the site model made from Astro’s synced content store when the build starts', () => {
  it('reads each collection’s entries as getCollection gives them: the stored entry, its data’s Dates kept, and its collection named', async () => {
    const issued = new Date('2024-02-01T00:00:00.000Z');
    const read = readStore(storeFile({ campaigns: { '2024/a': { id: '2024/a', data: { year: 2024, issued }, body: 'I. MỤC ĐÍCH', filePath: 'content/campaigns/2024/a.mdx', digest: 'abc' } }, units: {} }));
    const [entry] = await read('campaigns');
    expect(entry).toEqual({ id: '2024/a', data: { year: 2024, issued }, body: 'I. MỤC ĐÍCH', filePath: 'content/campaigns/2024/a.mdx', digest: 'abc', collection: 'campaigns' });
    expect((entry.data as unknown as { issued: unknown }).issued).toBeInstanceOf(Date);
    expect(await read('units')).toEqual([]);
    // A collection the store does not hold (no file in its folder): none, as Astro gives.
    expect(await read('blocs')).toEqual([]);
  });

  it('leaves the pages to read content through Astro, with a warning, when the file is not a store', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'kho-mo-hinh-')), 'data-store.json');
    writeFileSync(file, JSON.stringify({ not: 'a store' }));
    const warnings: string[] = [];
    expect(await storeSite(file, { siteUrl: undefined, codeKey: undefined }, (message) => warnings.push(message))).toBeUndefined();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('Không đọc được kho nội dung');
  });
});

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { contentStoreIntegration } from '../../../src/integrations/content-store';

interface StorePlugin {
  name: string;
  apply?: string;
  resolveId(id: string): string | undefined;
  load(id: string): { code: string } | undefined;
  transform(code: string, id: string): { code: string } | undefined;
}

/** The Vite plugin the integration adds for a build with this cache folder. */
async function pluginFor(cacheDir: string, command: 'build' | 'dev'): Promise<StorePlugin | undefined> {
  let plugins: StorePlugin[] = [];
  const setup = contentStoreIntegration().hooks['astro:config:setup'] as (options: unknown) => Promise<void>;
  // Under Vitest, Node's own import() of Astro's store module is not available: the hook warns
  // and Astro writes its store as by default (src/integrations/deferred-store-write.ts).
  await setup({ command, config: { cacheDir: pathToFileURL(`${cacheDir}/`) }, updateConfig: (config: { vite: { plugins: StorePlugin[] } }) => (plugins = config.vite.plugins), logger: { warn: () => undefined } });
  return plugins[0];
}

describe('Astro’s content store read from its file when the pages render, not bundled as code', () => {
  it('gives the store’s module as code that reads data-store.json: the same entries, at render time', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'kho-'));
    const plugin = (await pluginFor(cacheDir, 'build'))!;
    expect(plugin).toMatchObject({ apply: 'build' });
    expect(plugin.transform('export default 1', '/src/pages/index.astro')).toBeUndefined();
    // Astro's module: the whole store printed as code (tens of MB for a province).
    const module = plugin.transform('export default [["Map",1,2],"campaigns"]', '\0astro:data-layer-content')!;
    expect(module.code.length).toBeLessThan(500);
    const store = [['Map', 1, 2], 'campaigns', ['Map', 3, 4], '2024/a', { id: 3 }];
    writeFileSync(join(cacheDir, 'data-store.json'), JSON.stringify(store));
    const file = join(cacheDir, 'module.mjs');
    writeFileSync(file, module.code);
    // Run by Node as the built pages run it: the entries are the file's, not the printed ones.
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', `const m = await import(${JSON.stringify(pathToFileURL(file).href)}); console.log(JSON.stringify(m.default));`], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual(store);
  });

  it('gives the collections synced in this build and not yet written, rather than the older file', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'kho-'));
    const plugin = (await pluginFor(cacheDir, 'build'))!;
    const module = plugin.transform('export default 1', '\0astro:data-layer-content')!;
    writeFileSync(join(cacheDir, 'data-store.json'), JSON.stringify([['Map', 1, 2], 'campaigns', ['Map', 3, 4], '2024/cu', { id: 3 }]));
    const file = join(cacheDir, 'module.mjs');
    writeFileSync(file, module.code);
    // As src/integrations/deferred-store-write.ts leaves them: Astro's store, its write held.
    const held = `globalThis[Symbol.for('thi-dua.held-store-writes')] = { stores: new Set([{ _collections: new Map([['campaigns', new Map([['2024/moi', { id: '2024/moi' }]])]]) }]) };`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', `${held} const m = await import(${JSON.stringify(pathToFileURL(file).href)}); console.log(JSON.stringify([...m.default.get('campaigns').keys()]));`], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual(['2024/moi']);
  });

  it("points Astro's runtime at that module, so Astro never prints the store as code", async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'kho-'));
    const plugin = (await pluginFor(cacheDir, 'build'))!;
    // Astro's runtime as installed: it imports the store's module by name.
    const file = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'dist/content/data-store.js');
    const runtime = readFileSync(file, 'utf8');
    const redirected = plugin.transform(runtime, file)!;
    expect(redirected.code).not.toContain('astro:data-layer-content');
    const name = /import\("([^"]+)"\)/.exec(redirected.code)![1];
    // The name it imports now resolves to a module of ours, which reads the store's file.
    const id = plugin.resolveId(name)!;
    expect(plugin.load(id)!.code).toBe(plugin.transform('', '\0astro:data-layer-content')!.code);
    // Other modules are left as they are.
    expect(plugin.transform(runtime, '/p/src/data/site.ts')).toBeUndefined();
    expect(plugin.resolveId('astro:content')).toBeUndefined();
  });

  it('leaves the dev server alone (it watches the store itself)', async () => {
    expect(await pluginFor(mkdtempSync(join(tmpdir(), 'kho-')), 'dev')).toBeUndefined();
  });
});

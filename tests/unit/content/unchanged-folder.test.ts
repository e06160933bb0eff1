import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Loader, LoaderContext } from 'astro/loaders';
import { folderFiles, unlessUnchanged } from '../../../src/data/unchanged-folder';

const digest = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);

/** A project with a folder of unit files, its store as the glob loader left it, and a loader that notes each time it runs. */
function project() {
  const root = mkdtempSync(join(tmpdir(), 'thu-muc-yaml-'));
  mkdirSync(join(root, 'content', 'units'), { recursive: true });
  writeFileSync(join(root, 'content', 'units', 'a.yaml'), 'name: Ban Dân tộc\n');
  writeFileSync(join(root, 'content', 'units', 'b.yaml'), 'name: Sở Nội vụ\n');
  const entries = new Map<string, { id: string; filePath?: string; digest?: string }>();
  for (const file of folderFiles(join(root, 'content', 'units'), root, digest)) entries.set(file.filePath, { id: file.filePath, filePath: file.filePath, digest: file.digest });
  const runs: string[] = [];
  const inner: Loader = { name: 'glob-loader', load: async () => void runs.push('load') };
  const context = (watcher?: unknown) => ({ config: { root: pathToFileURL(`${root}/`) }, store: { values: () => [...entries.values()] }, generateDigest: digest, watcher }) as unknown as LoaderContext;
  const load = (watcher?: unknown) => unlessUnchanged('content/units', inner).load(context(watcher));
  return { root, entries, runs, load };
}

describe('a folder of YAML files none of which changed', () => {
  it('leaves the glob loader out of a build, and runs it when a file changed, came or went, or for astro dev', async () => {
    const { root, entries, runs, load } = project();
    try {
      await load();
      expect(runs).toEqual([]);
      expect([...entries.keys()]).toEqual(['content/units/a.yaml', 'content/units/b.yaml']);
      // astro dev: its loader also watches the folder.
      await load({});
      expect(runs).toEqual(['load']);
      writeFileSync(join(root, 'content', 'units', 'b.yaml'), 'name: Sở Nội vụ tỉnh\n');
      await load();
      expect(runs).toEqual(['load', 'load']);
      writeFileSync(join(root, 'content', 'units', 'b.yaml'), 'name: Sở Nội vụ\n');
      await load();
      expect(runs).toHaveLength(2);
      writeFileSync(join(root, 'content', 'units', 'c.yaml'), 'name: Sở Tư pháp\n');
      await load();
      expect(runs).toHaveLength(3);
      rmSync(join(root, 'content', 'units', 'c.yaml'));
      entries.delete('content/units/b.yaml');
      await load();
      expect(runs).toHaveLength(4);
      // An emptied store (Astro clears it when the configuration changes) loads the folder again.
      entries.clear();
      await load();
      expect(runs).toHaveLength(5);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

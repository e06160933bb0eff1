/**
 * Astro's glob loader reads and parses every file of its folder on every build, and only then
 * compares the file's digest with the entry it stored: for a province's 2,105 unit files, its
 * honour boards and blocs, that is 0.5 s of a rebuild's thread (js-yaml, and each file awaited
 * through the thread pool) to learn that nothing changed. A build whose folder holds exactly the
 * files the store's entries came from, each with the same digest, leaves the loader out: the store
 * keeps those entries, as the loader itself would have. Anything else (a file changed, added or
 * removed, an entry without a digest, a cleared store) runs the loader as before. `astro dev` always
 * runs it: its loader also watches the folder.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';

/** A file of the folder as the glob loader stores it: its path from the project root, with "/", and the digest of its text. */
export interface FolderFile {
  filePath: string;
  digest: string;
}

/** The `*.yaml` files of a folder (not hidden), as the glob loader would store their paths and digests. */
export function folderFiles(folder: string, root: string, digestOf: (text: string) => string): FolderFile[] {
  let names: string[];
  try {
    names = readdirSync(folder).filter((name) => name.endsWith('.yaml') && !name.startsWith('.'));
  } catch {
    return [];
  }
  return names.sort().map((name) => ({ filePath: relative(root, join(folder, name)).split(sep).join('/'), digest: digestOf(readFileSync(join(folder, name), 'utf8')) }));
}

/** Does the store hold exactly these files' entries, each with the file's digest? */
export function storeHoldsFiles(entries: Iterable<{ filePath?: string; digest?: string | number }>, files: FolderFile[]): boolean {
  const stored = new Map<string, string | number | undefined>();
  for (const entry of entries) {
    if (!entry.filePath || stored.has(entry.filePath)) return false;
    stored.set(entry.filePath, entry.digest);
  }
  return files.length > 0 && stored.size === files.length && files.every((file) => stored.get(file.filePath) === file.digest);
}

/** The glob loader of a folder of YAML files (`folder` as its base: from the project root), left out of a build when none of its files changed. */
export function unlessUnchanged(folder: string, loader: Loader): Loader {
  return {
    ...loader,
    load: async (context: LoaderContext) => {
      const root = fileURLToPath(context.config.root);
      if (!context.watcher && storeHoldsFiles(context.store.values(), folderFiles(resolve(root, folder), root, context.generateDigest))) return;
      return loader.load(context);
    },
  };
}

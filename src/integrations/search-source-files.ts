/**
 * The search records Pagefind reads as files (./search-index.ts): each record at a plain address
 * written as `<address>index.html` in a folder Pagefind walks. Writing 5,000 files, and removing
 * them, cost about 3 s of the system's time per build on an ext4 disk; the folder is therefore
 * kept in the cache folder from one build to the next, with a list of each file's digest, and a
 * build writes only the files whose HTML changed and removes those no longer wanted.
 *
 * A build takes the kept folder for itself by renaming it into its own folder (`takeSource`), so
 * two builds sharing a cache never write into the same one: the second finds none and writes
 * every file. The list is read and removed before any file is touched, and written again only
 * when the folder holds exactly the records (`syncSource`); a build stopped half-way leaves its
 * own folder, removed as left behind, never a kept folder whose list is wrong. What Pagefind reads
 * is checked against the records whatever the list says: the files under the folder are listed,
 * and any file not wanted is removed.
 */
import { createHash } from 'node:crypto';
import { readdirSync, type Dirent } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';

/** The kept folder, in the cache folder. */
export const KEPT_SOURCE_FOLDER = 'thi-dua-trang-nguon';

/** The list of the files' digests, in the folder (Pagefind reads only `.html` files). */
const LIST = 'thi-dua-danh-sach.json';

/** A page Pagefind reads from a file: its address (a plain path ending in "/") and its HTML. */
export interface SourcePage {
  url: string;
  html: string;
}

/**
 * An address Pagefind gives a page it reads from `<address>index.html` in a folder: a plain path
 * ending in "/", each name with a letter or digit (never "." or ".."), no query or fragment (a
 * board's part, `?phan=2`, is sent as a message instead).
 */
const SOURCE_ADDRESS = /^\/(?:[a-z0-9._~-]*[a-z0-9][a-z0-9._~-]*\/)*$/i;

export function isSourceAddress(url: string): boolean {
  return SOURCE_ADDRESS.test(url);
}

/** The file, relative to the folder, Pagefind gives this address. */
export function sourcePath(url: string): string {
  return `${url.replace(/^\/+/, '')}index.html`;
}

/** Moves the kept folder to `source` (emptied first); none kept, or another build has it: `source` starts empty. */
export async function takeSource(kept: string, source: string): Promise<void> {
  await rm(source, { recursive: true, force: true });
  await mkdir(dirname(source), { recursive: true });
  await rename(kept, source).catch(() => mkdir(source, { recursive: true }));
}

/** Puts the folder back as the kept one, for the next build (replacing one another build kept meanwhile). */
export async function keepSource(source: string, kept: string): Promise<void> {
  await rm(kept, { recursive: true, force: true });
  await rename(source, kept);
}

function digestOf(html: string): string {
  return createHash('sha256').update(html).digest('hex');
}

/** The `.html` files under a folder, relative to it, with "/" between names (listed synchronously: a folder per record, each awaited in turn otherwise). */
async function htmlFilesUnder(folder: string): Promise<string[]> {
  let entries: Dirent[];
  try {
    entries = readdirSync(folder, { recursive: true, withFileTypes: true });
  } catch {
    return [];
  }
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).map((entry) => relative(folder, join(entry.parentPath, entry.name)).split('\\').join('/'));
}

/** Reads and removes the list: from here on the folder is being changed. */
async function takeList(source: string): Promise<Map<string, string>> {
  const file = join(source, LIST);
  try {
    const list = new Map(Object.entries(JSON.parse(await readFile(file, 'utf8')) as Record<string, string>));
    await rm(file, { force: true });
    return list;
  } catch {
    await rm(file, { force: true });
    return new Map();
  }
}

/** Makes `source` hold exactly the pages' files: writes the changed and the missing ones, removes the rest. */
export async function syncSource(source: string, pages: SourcePage[]): Promise<{ written: number; removed: number }> {
  const listed = await takeList(source);
  const wanted = new Map(pages.map((page) => [sourcePath(page.url), page.html]));
  let removed = 0;
  const present = new Set<string>();
  for (const path of await htmlFilesUnder(source)) {
    if (wanted.has(path)) {
      present.add(path);
      continue;
    }
    await rm(join(source, path), { force: true });
    removed++;
  }
  const list: Record<string, string> = {};
  const changed: [string, string][] = [];
  for (const [path, html] of wanted) {
    list[path] = digestOf(html);
    if (!present.has(path) || listed.get(path) !== list[path]) changed.push([path, html]);
  }
  for (const folder of new Set(changed.map(([path]) => dirname(join(source, path))))) await mkdir(folder, { recursive: true });
  for (let start = 0; start < changed.length; start += 64) {
    await Promise.all(changed.slice(start, start + 64).map(([path, html]) => writeFile(join(source, path), html)));
  }
  await writeFile(join(source, LIST), JSON.stringify(list));
  return { written: changed.length, removed };
}

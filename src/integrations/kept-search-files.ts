/**
 * The search index's files kept from one build to the next, so a rebuild writes only what changed.
 *
 * Pagefind names its files by their content: each page's fragment, each chunk of the word index,
 * each filter and the metadata. Writing an index into a folder that already holds a file of that
 * name, it leaves the file as it is: it neither compresses nor writes it again (measured with
 * Pagefind 1.6 at 5,000 documents: 2.9 s to write into the previous index's files against 5.4 s
 * into an empty folder). A build therefore puts hard links to the previous index's files where
 * Pagefind writes (`linkKeptFiles`), and afterwards removes those the new index does not use
 * (`removeUnused`), read off its metadata (`filesInUse`): the folder then holds what a write into
 * an empty folder would have, byte for byte. The kept folder is only a pool of such files: a file
 * missing from it is written again, one too many is removed, so a build stopped half-way or two
 * builds sharing it cost time, never a wrong index.
 *
 * Links are safe because no file is ever changed in place: Pagefind leaves the existing ones alone
 * (tests/unit/publishing/kept-search-files.test.ts checks that it still does), and the files not
 * named by content (pagefind.js, pagefind-entry.json, ...) are never linked, so Pagefind writes
 * them afresh.
 */
import { existsSync } from 'node:fs';
import { link, mkdir, readdir, readFile, rm, unlink } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decode } from 'cborg';

/** The kept files, in the cache folder (one pool for every build using it). */
export const KEPT_SEARCH_FOLDER = 'thi-dua-tep-chi-muc';

/** Pagefind's marker before the CBOR of its metadata, once decompressed. */
const MARKER = 'pagefind_dcd';

/** The folders of files Pagefind names by their content; its metadata (pagefind.<hash>.pf_meta) is the fourth kind. */
const BY_CONTENT = /^(fragment\/[^/]+\.pf_fragment|index\/[^/]+\.pf_index|filter\/[^/]+\.pf_filter|pagefind\.[^/]+\.pf_meta)$/;

/** Whether Pagefind names this file (relative to the index folder) by its content. */
export function isNamedByContent(path: string): boolean {
  return BY_CONTENT.test(path);
}

/** Every file under a folder, relative to it, with "/" between names. */
async function filesUnder(folder: string): Promise<string[]> {
  if (!existsSync(folder)) return [];
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => relative(folder, join(entry.parentPath, entry.name)).split('\\').join('/'));
}

/**
 * Links the kept files named by content into `target` (the folder Pagefind is about to write);
 * returns their paths. All or nothing: if one cannot be linked or the pool cannot be read
 * (another build is changing it, a different disk), none is left and Pagefind writes every file.
 */
export async function linkKeptFiles(kept: string, target: string): Promise<Set<string>> {
  const linked = new Set<string>();
  try {
    const paths = (await filesUnder(kept)).filter(isNamedByContent);
    for (const folder of new Set(paths.map((path) => dirname(path)))) await mkdir(join(target, folder), { recursive: true });
    for (const path of paths) {
      await link(join(kept, path), join(target, path));
      linked.add(path);
    }
  } catch {
    await Promise.all([...linked].map((path) => unlink(join(target, path)).catch(() => undefined)));
    return new Set();
  }
  return linked;
}

/** What Pagefind's files say about themselves: the entry's version and each language's metadata. */
interface Entry {
  version: string;
  languages: Record<string, { hash: string }>;
}

/**
 * The files named by content that the index in `folder` uses: for each language, its metadata and
 * the fragments, word chunks and filters that metadata lists. Throws when the metadata cannot be
 * read as Pagefind 1.x writes it (another version, a damaged file): the caller then writes afresh.
 */
export async function filesInUse(folder: string): Promise<Set<string>> {
  const entry = JSON.parse(await readFile(join(folder, 'pagefind-entry.json'), 'utf8')) as Entry;
  const inUse = new Set<string>();
  for (const { hash } of Object.values(entry.languages)) {
    const metaPath = `pagefind.${hash}.pf_meta`;
    const raw = gunzipSync(await readFile(join(folder, metaPath)));
    if (raw.subarray(0, MARKER.length).toString() !== MARKER) throw new Error(`${metaPath}: không phải siêu dữ liệu Pagefind (not Pagefind metadata)`);
    // MetaIndex (pagefind/src/index/index_metadata.rs): version, pages, word chunks, filters, sorts, ...
    const [version, pages, chunks, filters] = decode(raw.subarray(MARKER.length)) as [string, [string, ...unknown[]][], [string, string, string][], [string, string][]];
    if (version !== entry.version || ![pages, chunks, filters].every(Array.isArray)) throw new Error(`${metaPath}: siêu dữ liệu Pagefind ${String(version)} không đọc được như bản ${entry.version} (unreadable metadata)`);
    inUse.add(metaPath);
    for (const [page] of pages) inUse.add(`fragment/${page}.pf_fragment`);
    for (const [, , chunk] of chunks) inUse.add(`index/${chunk}.pf_index`);
    for (const [, filter] of filters) inUse.add(`filter/${filter}.pf_filter`);
  }
  for (const path of inUse) if (!isNamedByContent(path)) throw new Error(`${path}: tên tệp Pagefind không như mong đợi (unexpected file name)`);
  return inUse;
}

/**
 * Removes from `folder` the linked files its index does not use; throws if a file it uses is
 * missing (the caller then writes afresh).
 */
export async function removeUnused(folder: string, linked: Set<string>, inUse: Set<string>): Promise<number> {
  for (const path of inUse) if (!existsSync(join(folder, path))) throw new Error(`${path}: chỉ mục dùng tệp này nhưng không có (missing index file)`);
  const unused = [...linked].filter((path) => !inUse.has(path));
  for (const path of unused) await unlink(join(folder, path));
  return unused.length;
}

/**
 * Makes the pool hold the files named by content that the index in `folder` uses (`inUse`):
 * links those it lacks, removes those no longer used.
 */
export async function keepFiles(folder: string, kept: string, inUse: Set<string>): Promise<void> {
  const present = new Set(await filesUnder(kept));
  for (const path of inUse) {
    if (present.has(path)) continue;
    await mkdir(dirname(join(kept, path)), { recursive: true });
    await link(join(folder, path), join(kept, path)).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST') throw error;
    });
  }
  for (const path of present) if (!inUse.has(path)) await unlink(join(kept, path)).catch(() => undefined);
}

/** Empties the pool (its files could not be vouched for). */
export async function forgetKeptFiles(kept: string): Promise<void> {
  await rm(kept, { recursive: true, force: true });
}

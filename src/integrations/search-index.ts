/**
 * The search index, built from the site's records by Pagefind's Node API; for a large set on a
 * worker thread (./search-index-worker.mjs, started by ./pagefind.ts): Pagefind's process is fed
 * through its pipe, which only moves while the feeding thread's event loop runs, and the build's
 * thread spends seconds at a time working out pages. On its own thread the index is added,
 * written and closed while the pages render.
 */
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { keepFirstSearchCopies } from './precompress';
import { filesInUse, forgetKeptFiles, keepFiles, linkKeptFiles, removeUnused } from './kept-search-files';
import { buildDWords } from '../lib/search/d-words';
import { recordHtml, recordText } from '../lib/search/records';
import type { SearchRecord } from '../lib/search/records';

/** The "d" spellings of indexed "đ" words, read by the search page. */
export const D_WORDS_PATH = 'tim-kiem/tu-d.json';

/** Records sent to Pagefind at once. */
const BATCH = 64;

/** Throws with every message Pagefind reported, so a broken index fails the build. */
function check(step: string, errors: string[]): void {
  if (errors.length) throw new Error(`Pagefind (${step}): ${errors.join('; ')}`);
}

/** What indexing leaves: Pagefind's files and the "d" spellings, in a folder of their own until the build is done. */
export interface Indexed {
  folder: string;
  records: number;
  /** Milliseconds spent adding the records, then writing the files (the build's log says them). */
  addMs: number;
  writeMs: number;
  /** Files of the previous index Pagefind did not write again (./kept-search-files.ts), of `files` in all. */
  keptFiles: number;
  files: number;
  /** Why the previous index's files could not be used, when they could not (the index was then written afresh). */
  notKept?: string;
}

/**
 * Opens an index, adds the records (a batch at a time rather than one round trip each), writes
 * Pagefind's files and the "d" spellings into `folder`, and closes Pagefind. With `gzipFolder`
 * (the kept gzip copies: ./precompress.ts), the index's metadata is compressed there at once. With
 * `keptFolder`, the previous index's files are reused and this one's kept (./kept-search-files.ts).
 */
export async function indexRecords(records: SearchRecord[], folder: string, gzipFolder?: string, keptFolder?: string): Promise<Indexed> {
  const started = performance.now();
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
    check('createIndex', errors);
    if (!index) throw new Error('Pagefind returned no index.');
    for (let start = 0; start < records.length; start += BATCH) {
      const batch = records.slice(start, start + BATCH);
      const added = await Promise.all(batch.map((record) => index.addHTMLFile({ url: record.url, content: recordHtml(record) })));
      added.forEach((result, i) => check(`addHTMLFile ${batch[i].url}`, result.errors));
    }
    const addedAt = performance.now();
    await rm(folder, { recursive: true, force: true });
    const output = join(folder, 'pagefind');
    const linked = keptFolder ? await linkKeptFiles(keptFolder, output) : new Set<string>();
    // Pagefind writes on its own process while the "d" spellings are listed here.
    const written = index.writeFiles({ outputPath: output });
    const dWords = JSON.stringify(buildDWords(records.map(recordText)));
    check('writeFiles', (await written).errors);
    const kept = await keptOrAfresh(output, linked, async () => check('writeFiles', (await index.writeFiles({ outputPath: output })).errors));
    const { inUse } = kept;
    let { notKept } = kept;
    if (keptFolder) {
      // Keeping files for the next build only saves time: a failure costs that, never this index.
      try {
        await (inUse ? keepFiles(output, keptFolder, inUse) : forgetKeptFiles(keptFolder));
      } catch (error) {
        notKept ??= `không giữ được tệp chỉ mục cho lần dựng sau (could not keep the index files for the next build): ${error instanceof Error ? error.message : String(error)}`;
        await forgetKeptFiles(keptFolder).catch(() => undefined);
      }
    }
    await mkdir(join(folder, D_WORDS_PATH, '..'), { recursive: true });
    await writeFile(join(folder, D_WORDS_PATH), dWords);
    if (gzipFolder) await keepFirstSearchCopies((await readdir(join(folder, 'pagefind'))).map((name) => join(folder, 'pagefind', name)), gzipFolder);
    const keptFiles = inUse ? [...linked].filter((path) => inUse.has(path)).length : 0;
    return { folder, records: records.length, addMs: Math.round(addedAt - started), writeMs: Math.round(performance.now() - addedAt), keptFiles, files: inUse?.size ?? 0, notKept };
  } finally {
    await pagefind.close();
  }
}

/**
 * After Pagefind wrote into a folder holding the previous index's files (`linked`): the files the
 * new index uses, with the unused links removed. When the metadata cannot be read or names a file
 * that is missing, the folder is emptied and written afresh (`writeAfresh`), and `notKept` says why.
 */
async function keptOrAfresh(output: string, linked: Set<string>, writeAfresh: () => Promise<void>): Promise<{ inUse?: Set<string>; notKept?: string }> {
  try {
    const inUse = await filesInUse(output);
    await removeUnused(output, linked, inUse);
    return { inUse };
  } catch (error) {
    const reason = `chỉ mục được ghi lại toàn bộ, không dùng lại tệp của lần dựng trước (the search index was written afresh): ${error instanceof Error ? error.message : String(error)}`;
    if (linked.size === 0) return { notKept: reason };
    await rm(output, { recursive: true, force: true });
    await writeAfresh();
    return { notKept: reason };
  }
}

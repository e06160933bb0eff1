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
}

/**
 * Opens an index, adds the records (a batch at a time rather than one round trip each), writes
 * Pagefind's files and the "d" spellings into `folder`, and closes Pagefind. With `gzipFolder`
 * (the kept gzip copies: ./precompress.ts), the index's metadata is compressed there at once.
 */
export async function indexRecords(records: SearchRecord[], folder: string, gzipFolder?: string): Promise<Indexed> {
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
    // Pagefind writes on its own process while the "d" spellings are listed here.
    const written = index.writeFiles({ outputPath: join(folder, 'pagefind') });
    const dWords = JSON.stringify(buildDWords(records.map(recordText)));
    check('writeFiles', (await written).errors);
    await mkdir(join(folder, D_WORDS_PATH, '..'), { recursive: true });
    await writeFile(join(folder, D_WORDS_PATH), dWords);
    if (gzipFolder) await keepFirstSearchCopies((await readdir(join(folder, 'pagefind'))).map((name) => join(folder, 'pagefind', name)), gzipFolder);
    return { folder, records: records.length, addMs: Math.round(addedAt - started), writeMs: Math.round(performance.now() - addedAt) };
  } finally {
    await pagefind.close();
  }
}

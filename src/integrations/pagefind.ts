import { readdirSync } from 'node:fs';
import { cp, mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { setSearchIndexState } from '../data/search-index-state';
import { removeLeftBehind } from './left-behind';
import type { SearchRecord } from '../lib/search/records';
import { D_WORDS_PATH, indexRecords, type Indexed } from './search-index';
import { GZIP_FOLDER } from './precompress';
import { KEPT_SEARCH_FOLDER } from './kept-search-files';

export { D_WORDS_PATH };

/** The folder (in the cache folder, + the build's process id) indexing writes into until the build is done. */
const INDEX_FOLDER = 'thi-dua-chi-muc-';

/** A build's indexing: `done` settles when the index is written (or failed). */
interface Indexing {
  done: Promise<Indexed>;
  /** The thread indexing a large set; none for a small one, indexed on the build's thread. */
  worker?: Worker;
}

/**
 * From how many records the index is built on a worker thread: below, starting the thread (and
 * its TypeScript loader) costs more than feeding Pagefind from the build's thread.
 * THI_DUA_INDEX_THREAD_FROM sets it (tests set 1 to build a small set's index on the thread).
 */
const THREAD_FROM = Number(process.env.THI_DUA_INDEX_THREAD_FROM ?? 200);

/** Starts the index's worker thread, with its records or (`records` undefined) to be sent them later. */
function startWorker(records: SearchRecord[] | undefined, folder: string, gzipFolder: string, keptFolder: string): Indexing {
  const worker = new Worker(new URL('./search-index-worker.mjs', import.meta.url), { workerData: { records, folder, gzipFolder, keptFolder } });
  worker.unref();
  const done = new Promise<Indexed>((resolve, reject) => {
    worker.once('message', (reply: { indexed?: Indexed; failed?: string }) => (reply.indexed ? resolve(reply.indexed) : reject(new Error(reply.failed))));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`Pagefind: luồng lập chỉ mục dừng (mã ${code}) trước khi xong.`)));
  });
  // Reported when the build is done, not as an unhandled rejection meanwhile.
  done.catch(() => undefined);
  return { done, worker };
}

/** Starts indexing (./search-index.ts): a large set on a worker thread, which does not keep a failed build's process alive; a small one here. */
function startIndexing(records: SearchRecord[], folder: string, gzipFolder: string, keptFolder: string): Indexing {
  if (records.length < THREAD_FROM) {
    const done = indexRecords(records, folder, gzipFolder, keptFolder);
    done.catch(() => undefined);
    return { done };
  }
  return startWorker(records, folder, gzipFolder, keptFolder);
}

/**
 * How many pages the previous build's index had (its kept fragments, one per page): a rebuild of a
 * large index starts its worker thread, Pagefind's process and the kept files' links while Astro
 * syncs the content, before there are records to send (its thread's TypeScript loader and modules
 * took about a second to load, after the model, at 5,000 documents).
 */
function keptPages(keptFolder: string): number {
  try {
    return readdirSync(join(keptFolder, 'fragment')).length;
  } catch {
    return 0;
  }
}

/** Moves what indexing wrote into the built site (copies when the two are on different disks). */
async function moveInto(from: string, out: string, path: string): Promise<void> {
  const target = join(out, path);
  await rm(target, { recursive: true, force: true });
  await mkdir(join(target, '..'), { recursive: true });
  await rename(join(from, path), target).catch(async (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EXDEV') throw error;
    await cp(join(from, path), target, { recursive: true });
  });
}

/**
 * Builds the Pagefind index from the site's search records (one page per campaign document,
 * its items as anchored sections; one per directive; one per honour board) through Pagefind's
 * Node API. The records are handed over as soon as the site model exists
 * (src/data/search-index-state.ts), so Pagefind's process indexes and writes its files (into the
 * cache folder) while Astro renders the pages; when the build is done they are moved into the site.
 * Every page asks for the model (its layout does). Any error fails the build; Pagefind is always
 * closed.
 */
export function pagefindIntegration(): AstroIntegration {
  let indexing: Indexing | undefined;
  /** A worker started before the records (`keptPages`), until they are sent to it. */
  let waiting: Indexing | undefined;
  let building = false;
  let folder = '';
  let cacheDir = '';
  return {
    name: 'thi-dua:pagefind',
    hooks: {
      'astro:config:setup': ({ command }) => {
        building = command === 'build';
      },
      'astro:config:done': async ({ config }) => {
        // One folder per build process: two builds sharing a cache folder do not meet here.
        cacheDir = fileURLToPath(config.cacheDir);
        folder = join(cacheDir, `${INDEX_FOLDER}${process.pid}`);
        indexing = undefined;
        waiting = undefined;
        if (!building) return;
        await removeLeftBehind(cacheDir, INDEX_FOLDER);
        const kept = join(cacheDir, KEPT_SEARCH_FOLDER);
        if (keptPages(kept) >= THREAD_FROM) waiting = startWorker(undefined, folder, join(cacheDir, GZIP_FOLDER), kept);
      },
      'astro:build:start': () => {
        setSearchIndexState({
          start: (records) => {
            if (indexing) return;
            if (waiting) {
              waiting.worker?.postMessage({ records: records() });
              [indexing, waiting] = [waiting, undefined];
              return;
            }
            indexing = startIndexing(records(), folder, join(cacheDir, GZIP_FOLDER), join(cacheDir, KEPT_SEARCH_FOLDER));
          },
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        setSearchIndexState(undefined);
        const out = fileURLToPath(dir);
        try {
          if (!indexing) throw new Error('No page built the site model, so there were no records to index.');
          // The build now waits for it: the thread keeps the process alive until it is done.
          indexing.worker?.ref();
          const indexed = await indexing.done;
          await moveInto(indexed.folder, out, 'pagefind');
          await moveInto(indexed.folder, out, D_WORDS_PATH);
          await rm(indexed.folder, { recursive: true, force: true });
          const ahead = indexed.sentAhead === 'used' ? '; board parts sent before the records, as the previous build had them' : indexed.sentAhead === 'replaced' ? '; board parts sent before the records had changed: index started again' : '';
          logger.info(`indexed ${indexed.records} records (${indexed.addMs} ms adding, ${indexed.writeMs} ms writing; ${indexed.keptFiles} of ${indexed.files} files kept from the previous index${ahead})`);
          if (indexed.notKept) logger.warn(`Chỉ mục tìm kiếm: ${indexed.notKept}`);
        } catch (cause) {
          throw new Error('Failed to build the search index (Pagefind).', { cause });
        } finally {
          await indexing?.worker?.terminate();
          await waiting?.worker?.terminate();
          indexing = undefined;
          waiting = undefined;
        }
      },
    },
  };
}

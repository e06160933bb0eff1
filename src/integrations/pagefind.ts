import { cp, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { setSearchIndexState } from '../data/search-index-state';
import { buildDWords } from '../lib/search/d-words';
import { recordHtml, recordText } from '../lib/search/records';
import { removeLeftBehind } from './left-behind';
import type { SearchRecord } from '../lib/search/records';

/** Where the build writes the records for the index; removed once indexed. */
export const RECORDS_PATH = 'tim-kiem/ban-ghi.json';
/** The "d" spellings of indexed "đ" words, read by the search page. */
export const D_WORDS_PATH = 'tim-kiem/tu-d.json';

/** The folder (in the cache folder, + the build's process id) indexing writes into until the build is done. */
const INDEX_FOLDER = 'thi-dua-chi-muc-';

/** Records sent to Pagefind at once. */
const BATCH = 64;

/** Throws with every message Pagefind reported, so a broken index fails the build. */
function check(step: string, errors: string[]): void {
  if (errors.length) throw new Error(`Pagefind (${step}): ${errors.join('; ')}`);
}

type Index = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>;

/** What indexing leaves: Pagefind's files and the "d" spellings, in a folder of their own until the build is done. */
interface Indexed {
  folder: string;
  records: number;
}

/**
 * Opens an index, adds the records (a batch at a time rather than one round trip each), writes
 * Pagefind's files and the "d" spellings into `folder`, and closes nothing: the build closes
 * Pagefind when it is done. Run as soon as the records exist, so all of it overlaps the pages.
 */
async function indexRecords(records: SearchRecord[], folder: string): Promise<Indexed> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
  check('createIndex', errors);
  if (!index) throw new Error('Pagefind returned no index.');
  for (let start = 0; start < records.length; start += BATCH) {
    const batch = records.slice(start, start + BATCH);
    const added = await Promise.all(batch.map((record) => index.addHTMLFile({ url: record.url, content: recordHtml(record) })));
    added.forEach((result, i) => check(`addHTMLFile ${batch[i].url}`, result.errors));
  }
  await rm(folder, { recursive: true, force: true });
  // Pagefind writes on its own process while the "d" spellings are listed here.
  const written = index.writeFiles({ outputPath: join(folder, 'pagefind') });
  const dWords = JSON.stringify(buildDWords(records.map(recordText)));
  check('writeFiles', (await written).errors);
  await mkdir(join(folder, D_WORDS_PATH, '..'), { recursive: true });
  await writeFile(join(folder, D_WORDS_PATH), dWords);
  return { folder, records: records.length };
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
 * If no page asked for the model, the records are read from the records file then. Any error fails
 * the build; Pagefind is always closed.
 */
export function pagefindIntegration(): AstroIntegration {
  let indexing: Promise<Indexed> | undefined;
  let folder = '';
  let cacheDir = '';
  return {
    name: 'thi-dua:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        // One folder per build process: two builds sharing a cache folder do not meet here.
        cacheDir = fileURLToPath(config.cacheDir);
        folder = join(cacheDir, `${INDEX_FOLDER}${process.pid}`);
      },
      'astro:build:start': async () => {
        indexing = undefined;
        await removeLeftBehind(cacheDir, INDEX_FOLDER);
        setSearchIndexState({
          start: (records) => {
            if (indexing) return;
            indexing = indexRecords(records(), folder);
            // Reported when the build is done, not as an unhandled rejection meanwhile.
            indexing.catch(() => undefined);
          },
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        setSearchIndexState(undefined);
        const out = fileURLToPath(dir);
        const recordsFile = `${out}${RECORDS_PATH}`;
        try {
          const indexed = await (indexing ?? readFile(recordsFile, 'utf8').then((text) => indexRecords(JSON.parse(text) as SearchRecord[], folder)));
          await moveInto(indexed.folder, out, 'pagefind');
          await moveInto(indexed.folder, out, D_WORDS_PATH);
          await rm(indexed.folder, { recursive: true, force: true });
          await rm(recordsFile, { force: true });
          logger.info(`indexed ${indexed.records} records`);
        } catch (cause) {
          throw new Error('Failed to build the search index (Pagefind).', { cause });
        } finally {
          indexing = undefined;
          await pagefind.close();
        }
      },
    },
  };
}

import { readFile, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { setSearchIndexState } from '../data/search-index-state';
import { buildDWords } from '../lib/search/d-words';
import { recordHtml, recordText } from '../lib/search/records';
import type { SearchRecord } from '../lib/search/records';

/** Where the build writes the records for the index; removed once indexed. */
export const RECORDS_PATH = 'tim-kiem/ban-ghi.json';
/** The "d" spellings of indexed "đ" words, read by the search page. */
export const D_WORDS_PATH = 'tim-kiem/tu-d.json';

/** Records sent to Pagefind at once. */
const BATCH = 64;

/** Throws with every message Pagefind reported, so a broken index fails the build. */
function check(step: string, errors: string[]): void {
  if (errors.length) throw new Error(`Pagefind (${step}): ${errors.join('; ')}`);
}

type Index = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>;

/** Opens an index and adds the records, a batch at a time rather than one round trip each. */
async function indexRecords(records: SearchRecord[]): Promise<{ index: Index; records: SearchRecord[] }> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
  check('createIndex', errors);
  if (!index) throw new Error('Pagefind returned no index.');
  for (let start = 0; start < records.length; start += BATCH) {
    const batch = records.slice(start, start + BATCH);
    const added = await Promise.all(batch.map((record) => index.addHTMLFile({ url: record.url, content: recordHtml(record) })));
    added.forEach((result, i) => check(`addHTMLFile ${batch[i].url}`, result.errors));
  }
  return { index, records };
}

/**
 * Builds the Pagefind index from the site's search records (one page per campaign document,
 * its items as anchored sections; one per directive; one per honour board) through Pagefind's
 * Node API. The records are handed over as soon as the site model exists
 * (src/data/search-index-state.ts), so Pagefind's process indexes while Astro renders the
 * pages; if they were not (no page asked for the model), they are read from the records file.
 * The index is written when the build is done. Any error fails the build; the index is always
 * closed.
 */
export function pagefindIntegration(): AstroIntegration {
  let indexing: Promise<{ index: Index; records: SearchRecord[] }> | undefined;
  return {
    name: 'thi-dua:pagefind',
    hooks: {
      'astro:build:start': () => {
        indexing = undefined;
        setSearchIndexState({
          start: (records) => {
            if (indexing) return;
            indexing = indexRecords(records());
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
          const { index, records } = await (indexing ?? readFile(recordsFile, 'utf8').then((text) => indexRecords(JSON.parse(text) as SearchRecord[])));
          const written = await index.writeFiles({ outputPath: `${out}pagefind` });
          check('writeFiles', written.errors);
          await writeFile(`${out}${D_WORDS_PATH}`, JSON.stringify(buildDWords(records.map(recordText))));
          await rm(recordsFile, { force: true });
          logger.info(`indexed ${records.length} records`);
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

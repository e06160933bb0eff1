import { readFile, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
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

/**
 * Builds the Pagefind index from the site's search records (one page per campaign document,
 * its items as anchored sections; one per directive) through Pagefind's Node API at the end
 * of `astro build`. Any error fails the build; the index is always closed.
 */
export function pagefindIntegration(): AstroIntegration {
  return {
    name: 'thi-dua:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const recordsFile = `${out}${RECORDS_PATH}`;
        try {
          const records = JSON.parse(await readFile(recordsFile, 'utf8')) as SearchRecord[];
          const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
          check('createIndex', errors);
          if (!index) throw new Error('Pagefind returned no index.');
          // Sent a batch at a time rather than one request per round trip to Pagefind's process.
          for (let start = 0; start < records.length; start += BATCH) {
            const batch = records.slice(start, start + BATCH);
            const added = await Promise.all(batch.map((record) => index.addHTMLFile({ url: record.url, content: recordHtml(record) })));
            added.forEach((result, i) => check(`addHTMLFile ${batch[i].url}`, result.errors));
          }
          const written = await index.writeFiles({ outputPath: `${out}pagefind` });
          check('writeFiles', written.errors);
          await writeFile(`${out}${D_WORDS_PATH}`, JSON.stringify(buildDWords(records.map(recordText))));
          await rm(recordsFile);
          logger.info(`indexed ${records.length} records`);
        } catch (cause) {
          throw new Error('Failed to build the search index (Pagefind).', { cause });
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}

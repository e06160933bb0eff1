/**
 * The search index's worker thread: indexes the records it was given and says how it went. Started
 * without records (a rebuild of a large index, ./pagefind.ts), it opens Pagefind's index and links
 * the previous index's files at once, then waits for the records in a message.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { SearchRecord } from '../lib/search/records';
import { indexRecords, prepareIndexing } from './search-index';

const { records, folder, gzipFolder, keptFolder } = workerData as { records?: SearchRecord[]; folder: string; gzipFolder?: string; keptFolder?: string };
try {
  const prepared = prepareIndexing(folder, keptFolder);
  const given = records ?? (await new Promise<SearchRecord[]>((resolve) => parentPort?.once('message', (message: { records: SearchRecord[] }) => resolve(message.records))));
  const indexed = await indexRecords(given, folder, gzipFolder, keptFolder, prepared);
  parentPort?.postMessage({ indexed });
} catch (error) {
  parentPort?.postMessage({ failed: error instanceof Error ? (error.stack ?? error.message) : String(error) });
}

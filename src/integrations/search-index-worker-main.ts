/** The search index's worker thread: indexes the records it was given and says how it went. */
import { parentPort, workerData } from 'node:worker_threads';
import type { SearchRecord } from '../lib/search/records';
import { indexRecords } from './search-index';

const { records, folder, gzipFolder, keptFolder } = workerData as { records: SearchRecord[]; folder: string; gzipFolder?: string; keptFolder?: string };
try {
  const indexed = await indexRecords(records, folder, gzipFolder, keptFolder);
  parentPort?.postMessage({ indexed });
} catch (error) {
  parentPort?.postMessage({ failed: error instanceof Error ? (error.stack ?? error.message) : String(error) });
}

/**
 * A drawing worker, off the build's main thread. Two jobs:
 * - "plan": read the content from disk and work out every page's card (what the pages will ask for);
 * - "draw": draw one card into a file, which appears whole (written aside, then renamed) or not at all.
 */
import { renameSync, writeFileSync } from 'node:fs';
import { parentPort, threadId } from 'node:worker_threads';
import { projectCheckCache } from '../../data/check-cache';
import { loadContentFiles } from '../../lib/content/load-files';
import type { CardSite } from '../../lib/preview/card';
import type { PreviewNode } from '../../lib/preview/layout';
import type { PreviewFont } from '../../lib/preview/render';
import { previewsOfContent } from '../../lib/preview/site-previews';

/** A job as the pool sends it. */
export type DrawingJob =
  | { type: 'plan'; root: string; site: CardSite }
  | { type: 'draw'; tree: PreviewNode; file: string; size: { width: number; height: number } };

/**
 * The drawing code and fonts, loaded on the first card to draw: satori alone takes a quarter of
 * a second to load, and a rebuild whose cards are all in the cache draws none.
 */
let drawing: Promise<{ drawPng: typeof import('../../lib/preview/render').drawPng; fonts: PreviewFont[] }> | undefined;
const loadDrawing = () =>
  (drawing ??= Promise.all([import('../../lib/preview/render'), import('./fonts')]).then(([render, fonts]) => ({ drawPng: render.drawPng, fonts: fonts.previewFonts() })));

async function run(job: DrawingJob): Promise<unknown> {
  if (job.type === 'plan') {
    // Each file's YAML as `npm run build`'s check, run just before, read it
    // (src/data/check-cache.ts): thousands of frontmatters are read again only where the check
    // has not kept them. Only read here: gathering them too would add to the build's peak memory.
    const { content } = loadContentFiles(job.root, process.cwd(), projectCheckCache(true).memo);
    return previewsOfContent(job.site, content).all.map(({ key, tree }) => ({ key, tree }));
  }
  const { drawPng, fonts } = await loadDrawing();
  const { png, missing } = await drawPng(job.tree, fonts, job.size);
  const partial = `${job.file}.${process.pid}-${threadId}.tmp`;
  writeFileSync(partial, png);
  renameSync(partial, job.file);
  return missing;
}

parentPort?.on('message', async ({ id, job }: { id: number; job: DrawingJob }) => {
  try {
    parentPort?.postMessage({ id, result: await run(job) });
  } catch (error) {
    parentPort?.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});

/**
 * The body renderer inside a worker thread: the site's Markdown plugins are taken from the
 * project's astro.config.mjs (functions cannot be sent to a thread), the other settings as Astro
 * resolved them come with the worker; each message is one body to render.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';
import { createMdxRenderer, MdxConstructError, type MdxRenderOptions } from '../lib/markdown/render-mdx';

export interface RenderJob {
  id: number;
  source: string;
  path: string;
  frontmatter: Record<string, unknown>;
}

const { root, options } = workerData as { root: string; options: MdxRenderOptions };
const config = (await import(pathToFileURL(join(root, 'astro.config.mjs')).href)).default as { markdown?: Pick<MdxRenderOptions, 'remarkPlugins' | 'rehypePlugins'> };
const render = createMdxRenderer({ ...options, remarkPlugins: config.markdown?.remarkPlugins ?? [], rehypePlugins: config.markdown?.rehypePlugins ?? [] });

parentPort!.on('message', async (job: RenderJob) => {
  try {
    parentPort!.postMessage({ id: job.id, rendered: await render(job.source, job.path, job.frontmatter) });
  } catch (error) {
    if (error instanceof MdxConstructError) parentPort!.postMessage({ id: job.id, constructs: error.constructs });
    else parentPort!.postMessage({ id: job.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
parentPort!.postMessage({ ready: true });

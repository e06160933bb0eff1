/**
 * Campaign bodies rendered on every core: a cold build of a province's archive renders thousands
 * of bodies, and one thread did it while the other cores waited. Each worker runs the same
 * renderer with the same settings (./render-worker-main.ts); results come back in the order asked
 * for by whoever awaits them. Workers do not keep the process alive and are closed when the
 * loader is done.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { MdxConstructError, type MdxRenderOptions, type RenderedBody } from '../lib/markdown/render-mdx';
import type { MdxConstruct } from '../lib/markdown/mdx-constructs';

interface Reply {
  id: number;
  rendered?: RenderedBody;
  constructs?: MdxConstruct[];
  error?: string;
}

/** Settings that can be sent to a thread: the plugin lists are read there from astro.config.mjs. */
function sendable(options: MdxRenderOptions): MdxRenderOptions {
  const { remarkPlugins: _remark, rehypePlugins: _rehype, ...rest } = options;
  return JSON.parse(JSON.stringify(rest)) as MdxRenderOptions;
}

export class RenderPool {
  private readonly workers: Worker[] = [];
  private readonly waiting = new Map<number, { resolve: (body: RenderedBody) => void; reject: (error: Error) => void }>();
  private next = 0;

  constructor(root: string, options: MdxRenderOptions, size = availableParallelism()) {
    for (let i = 0; i < size; i += 1) {
      const worker = new Worker(new URL('./render-worker.mjs', import.meta.url), { workerData: { root, options: sendable(options) } });
      worker.unref();
      worker.on('message', (reply: Reply & { ready?: boolean }) => {
        if (reply.ready) return;
        const waiting = this.waiting.get(reply.id);
        if (!waiting) return;
        this.waiting.delete(reply.id);
        if (reply.rendered) waiting.resolve(reply.rendered);
        else if (reply.constructs) waiting.reject(new MdxConstructError(reply.constructs));
        else waiting.reject(new Error(reply.error));
      });
      worker.on('error', (error) => this.failAll(error));
      this.workers.push(worker);
    }
  }

  render(source: string, path: string, frontmatter: Record<string, unknown> = {}): Promise<RenderedBody> {
    const id = this.next++;
    const worker = this.workers[id % this.workers.length];
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      worker.postMessage({ id, source, path, frontmatter });
    });
  }

  private failAll(error: Error): void {
    for (const waiting of this.waiting.values()) waiting.reject(error);
    this.waiting.clear();
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}

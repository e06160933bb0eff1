import { existsSync, mkdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CardSite } from '../../lib/preview/card';
import { PREVIEW_SIZE, type PreviewNode } from '../../lib/preview/layout';
import type { DrawingJob } from './drawing-worker';

/** A drawn card: its file in the cache, whether it was already there, and text its fonts lack. */
export interface Drawn {
  file: string;
  cached: boolean;
  missing: string[];
}

/** How many cards must wait before another worker is started for them. */
const WORTH_A_WORKER = 60;

interface Queued {
  id: number;
  job: DrawingJob;
  resolve: (result: unknown) => void;
  reject: (error: Error) => void;
}

/**
 * Draws cards into a cache folder, one file per key, with worker threads taking jobs from one
 * queue. While the build runs it uses every core but the build's own; `widen` lets it use them
 * all once the build only waits. A card already in the cache is not drawn again; asking twice
 * for one key draws it once. Idle workers do not keep the process alive.
 */
export class DrawingPool {
  private readonly queue: Queued[] = [];
  private readonly busy = new Map<Worker, Queued | undefined>();
  private readonly drawn = new Map<string, Promise<Drawn>>();
  private next = 0;
  private failure: Error | undefined;

  constructor(
    private readonly folder: string,
    private size = Math.max(1, availableParallelism() - 1),
  ) {
    mkdirSync(folder, { recursive: true });
  }

  /** Works out the site's cards from the content on disk, in a worker, and starts drawing them. */
  async planAndDraw(root: string, site: CardSite): Promise<number> {
    const planned = (await this.run({ type: 'plan', root, site })) as { key: string; tree: PreviewNode }[];
    for (const { key, tree } of planned) this.draw(key, tree).catch(() => undefined);
    return planned.length;
  }

  /** The card's file, drawn unless the cache has it. */
  draw(key: string, tree: PreviewNode): Promise<Drawn> {
    const known = this.drawn.get(key);
    if (known) return known;
    const file = join(this.folder, `${key}.png`);
    const drawing = existsSync(file)
      ? Promise.resolve({ file, cached: true, missing: [] })
      : this.run({ type: 'draw', tree, file, size: PREVIEW_SIZE }).then((missing) => ({ file, cached: false, missing: missing as string[] }));
    this.drawn.set(key, drawing);
    return drawing;
  }

  /** Whether this key was asked for before. */
  has(key: string): boolean {
    return this.drawn.has(key);
  }

  /**
   * Uses up to `size` workers from now on, when enough cards wait to pay for starting them
   * (a worker takes about a second of CPU to start, the time of 25 to 30 cards).
   */
  widen(size = availableParallelism()): void {
    if (this.queue.length < WORTH_A_WORKER) return;
    this.size = Math.max(this.size, size);
    this.dispatch();
  }

  /** Stops every worker; jobs not finished fail. */
  async close(): Promise<void> {
    this.fail(new Error('the drawing pool was closed'));
    await Promise.all([...this.busy.keys()].map((worker) => worker.terminate()));
  }

  private run(job: DrawingJob): Promise<unknown> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.queue.push({ id: (this.next += 1), job, resolve, reject });
      this.dispatch();
    });
  }

  private dispatch(): void {
    while (this.queue.length && !this.failure) {
      const idle = [...this.busy].find(([, queued]) => !queued)?.[0] ?? (this.busy.size < this.size ? this.start() : undefined);
      if (!idle) return;
      const queued = this.queue.shift() as Queued;
      this.busy.set(idle, queued);
      idle.ref();
      idle.postMessage({ id: queued.id, job: queued.job });
    }
  }

  private start(): Worker {
    const worker = new Worker(new URL('./worker.mjs', import.meta.url));
    this.busy.set(worker, undefined);
    worker.on('message', (message: { id: number; result?: unknown; error?: string }) => {
      const queued = this.busy.get(worker);
      this.busy.set(worker, undefined);
      worker.unref();
      if (message.error) queued?.reject(new Error(message.error));
      else queued?.resolve(message.result);
      this.dispatch();
    });
    worker.on('error', (error) => this.fail(error));
    worker.on('exit', (code) => code !== 0 && this.fail(new Error(`a drawing worker stopped (exit code ${code})`)));
    return worker;
  }

  private fail(error: Error): void {
    this.failure ??= error;
    const jobs = [...this.queue.splice(0), ...[...this.busy.values()].filter((queued): queued is Queued => Boolean(queued))];
    for (const worker of this.busy.keys()) this.busy.set(worker, undefined);
    for (const queued of jobs) queued.reject(error);
  }
}

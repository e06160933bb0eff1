/**
 * Keeps a build's memory close to what it holds. After each full collection V8 lets the heap grow
 * to between 1.1 and 4 times what survived before collecting again, choosing the factor from how
 * fast it has been collecting; on a machine with more than 2 GB to give it chooses up to 4. A
 * province's archive keeps about 450 MB alive while its pages are drawn, so the same 5,000-document
 * build peaked anywhere from 1.6 to 2.4 GB resident (six cold builds on one day, nothing else
 * changed), more than the 2 GB a build must fit in.
 *
 * A fixed factor of 2 (V8's --heap-growing-percent, which it reads at every collection, so setting
 * it when the build starts takes effect) gave 1.41-1.60 GB in six builds, the benchmark's
 * included; built in turn with and without it, 108.7 and 108.5 s against 117.1 and 118.6 s, 1,550
 * and 1,513 MB against 1,705 and 1,878 MB. The setting is for the whole process: the build's worker threads (bodies, search index,
 * previews) start after it. `astro dev` is left as it is.
 */
import { setFlagsFromString } from 'node:v8';
import type { AstroIntegration } from 'astro';

/** The heap grows to (1 + this / 100) times what survived the last full collection. */
export const HEAP_GROWING_PERCENT = 100;

export function buildMemoryIntegration(): AstroIntegration {
  return {
    name: 'thi-dua:build-memory',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command === 'build') setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
      },
    },
  };
}

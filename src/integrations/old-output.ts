/**
 * Clears the output folder of an earlier build without holding the build up. Astro empties the
 * output folder synchronously before it bundles: for a province's archive that is tens of
 * thousands of files (pages, their gzip copies, the search index), seconds of a rebuild spent
 * deleting. Here the old entries are moved aside (a rename each, instant) when the build starts
 * and deleted by `rm -rf` in a process of its own (not on Node's thread pool, where its thousands
 * of deletions would queue ahead of the pages being written); the build waits for it only when it
 * is done. Like Astro (whose emptyDir means to spare `.git` but, in 5.18, does not), it spares
 * nothing. `npm run build` builds into a fresh folder, so there this moves nothing.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, rename } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { removeLeftBehind } from './left-behind';

/** Moves every entry of `out` into `aside`; stops at the first that cannot be renamed (Astro then deletes the rest, as it would have). */
export async function moveAside(out: string, aside: string): Promise<number> {
  if (!existsSync(out)) return 0;
  const names = await readdir(out);
  if (names.length === 0) return 0;
  try {
    await mkdir(aside, { recursive: true });
  } catch {
    // No folder can be made beside it (a read-only parent): Astro deletes the entries itself.
    return 0;
  }
  let moved = 0;
  for (const name of names) {
    try {
      await rename(join(out, name), join(aside, name));
      moved += 1;
    } catch {
      break;
    }
  }
  return moved;
}

/** Deletes a folder in a process of its own; rejects if it could not. */
function removed(folder: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('rm', ['-rf', '--', folder], { stdio: 'ignore' });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`rm -rf ${folder}: mã thoát ${code}`))));
  });
}

export function oldOutputIntegration(): AstroIntegration {
  let out = '';
  let removal: Promise<void> | undefined;
  return {
    name: 'thi-dua:old-output',
    hooks: {
      'astro:config:done': ({ config }) => {
        out = fileURLToPath(config.outDir).replace(/\/$/, '');
      },
      'astro:build:start': async () => {
        const prefix = `.${basename(out)}.cu-`;
        const aside = join(dirname(out), `${prefix}${process.pid}`);
        const left = removeLeftBehind(dirname(out), prefix);
        const moved = (await moveAside(out, aside)) > 0;
        removal = Promise.all([left, moved && removed(aside)]).then(() => undefined);
        // Reported when the build is done, not as an unhandled rejection meanwhile.
        removal.catch(() => undefined);
      },
      'astro:build:done': async () => {
        await removal;
        removal = undefined;
      },
    },
  };
}

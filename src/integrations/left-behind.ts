/**
 * Folders a build names after its process (an index being written, an old output being deleted)
 * stay behind when that build stops half-way; the next build removes those whose process is gone.
 */
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';

/** Whether a process is still running. */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes the entries of `folder` named `prefix` + a process id whose process is gone. */
export async function removeLeftBehind(folder: string, prefix: string): Promise<void> {
  const names = await readdir(folder).catch(() => [] as string[]);
  for (const name of names) {
    const pid = name.startsWith(prefix) && /^\d+$/.test(name.slice(prefix.length)) ? Number(name.slice(prefix.length)) : 0;
    if (pid && pid !== process.pid && !running(pid)) await rm(join(folder, name), { recursive: true, force: true });
  }
}

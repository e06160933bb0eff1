import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';

/**
 * Gives each test of the enclosing describe its own empty cache folder (THI_DUA_CACHE_DIR, read
 * by src/data/cache-dir.ts), and puts the variable back afterwards.
 */
export function useFreshCacheFolder(prefix: string): void {
  let previous: string | undefined;
  beforeEach(() => {
    previous = process.env.THI_DUA_CACHE_DIR;
    process.env.THI_DUA_CACHE_DIR = mkdtempSync(join(tmpdir(), prefix));
  });
  afterEach(() => {
    if (previous === undefined) delete process.env.THI_DUA_CACHE_DIR;
    else process.env.THI_DUA_CACHE_DIR = previous;
  });
}

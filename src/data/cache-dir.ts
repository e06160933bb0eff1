import { resolve } from 'node:path';

/**
 * Astro's cache folder (astro.config.mjs `cacheDir`): node_modules/.astro, or THI_DUA_CACHE_DIR
 * so that builds of other content sets (tests, demo, bench) keep their own cache.
 */
export function cacheDir(): string {
  return resolve(process.env.THI_DUA_CACHE_DIR ?? './node_modules/.astro');
}

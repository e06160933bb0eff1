import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';

/**
 * Inside Vitest, getCollection() reads .astro/data-store.json while `astro sync` writes it under
 * the cache dir (node_modules/.astro). Sync once and put the store where Vitest looks.
 */
export default function setup(): void {
  // Astro keeps stored entries whose files did not change, even when a schema imported by the
  // content config did (a new defaulted field would be missing): sync from an empty store.
  rmSync('node_modules/.astro/data-store.json', { force: true });
  execFileSync('npx', ['astro', 'sync'], { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  const store = 'node_modules/.astro/data-store.json';
  if (!existsSync(store)) throw new Error(`astro sync did not write ${store}`);
  mkdirSync('.astro', { recursive: true });
  copyFileSync(store, '.astro/data-store.json');
}

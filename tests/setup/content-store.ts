import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';

/**
 * Inside Vitest, getCollection() reads .astro/data-store.json while `astro sync` writes it under
 * the cache dir (node_modules/.astro). Sync once and put the store where Vitest looks.
 */
export default function setup(): void {
  execFileSync('npx', ['astro', 'sync'], { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  const store = 'node_modules/.astro/data-store.json';
  if (!existsSync(store)) throw new Error(`astro sync did not write ${store}`);
  mkdirSync('.astro', { recursive: true });
  copyFileSync(store, '.astro/data-store.json');
}

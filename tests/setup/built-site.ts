import { rmSync } from 'node:fs';
import { astroBuild } from '../support/build';

/** Where the site tests find the shipped content built once per run. */
export const BUILT_SITE = '.tmp/site-dist';

/** Builds the shipped content once for every site test; a failed build stops the run with its output. */
export default function setup(): void {
  rmSync(BUILT_SITE, { recursive: true, force: true });
  const result = astroBuild({ outDir: BUILT_SITE });
  if (result.status !== 0) throw new Error(`astro build failed:\n${result.output}`);
}

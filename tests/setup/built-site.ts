import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { astroBuild } from '../support/build';

/** Where the site tests find the shipped content built once per run. */
export const BUILT_SITE = '.tmp/site-dist';
/** Where `npm run demo` builds the illustrative content. */
export const DEMO_SITE = 'dist-demo';
/** What those two builds printed, for the test that a clean build warns of nothing. */
export const BUILD_OUTPUT = { site: '.tmp/build-output/site.log', demo: '.tmp/build-output/demo.log' };

/**
 * Builds the shipped content, and the illustrative set through the real `npm run demo`, once
 * for every site test; a failed build stops the run with its output.
 */
export default async function setup(): Promise<void> {
  rmSync(BUILT_SITE, { recursive: true, force: true });
  const result = await astroBuild({ outDir: BUILT_SITE });
  if (result.status !== 0) throw new Error(`astro build failed:\n${result.output}`);
  mkdirSync('.tmp/build-output', { recursive: true });
  writeFileSync(BUILD_OUTPUT.site, result.output);
  rmSync(DEMO_SITE, { recursive: true, force: true });
  const demo = spawnSync('npm', ['run', '-s', 'demo'], { encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
  if (demo.status !== 0) throw new Error(`npm run demo failed:\n${demo.stdout}\n${demo.stderr}`);
  writeFileSync(BUILD_OUTPUT.demo, `${demo.stdout}\n${demo.stderr}`);
  if (!demo.stdout.includes('npm run demo:preview')) throw new Error(`npm run demo did not say how to preview:\n${demo.stdout}`);
}

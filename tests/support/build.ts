import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from './run';

/** Result of one `astro build`: exit status and everything it printed. */
export interface BuildResult {
  status: number | null;
  output: string;
  outDir: string;
}

/**
 * Runs the real `astro build` of this project, optionally on another content folder, into its
 * own output and cache folders, so a test build never touches dist/ or the site's cache.
 * Asynchronous, so the test worker stays responsive while it builds; `env` adds to this process's
 * environment for the build alone.
 */
export async function astroBuild(options: { outDir: string; content?: string; cacheDir?: string; env?: NodeJS.ProcessEnv }): Promise<BuildResult> {
  const env: NodeJS.ProcessEnv = { ...process.env, ...options.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' };
  if (options.content) env.THI_DUA_CONTENT = options.content;
  if (options.cacheDir) env.THI_DUA_CACHE_DIR = options.cacheDir;
  const build = await run('npx', ['astro', 'build', '--outDir', options.outDir], { env, timeout: 200_000 });
  return { status: build.status, output: `${build.stdout}\n${build.stderr}`, outDir: options.outDir };
}

/**
 * A copy of the shipped content (or another set) under .tmp/, changed by `edit`, for a test build.
 * Returns the folder; relative paths keep error messages short and readable.
 */
export function contentVariant(name: string, edit: (root: string) => void, from = 'content'): string {
  const root = join('.tmp', 'build-tests', name);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  cpSync(from, join(root, 'content'), { recursive: true });
  edit(join(root, 'content'));
  return root;
}

/** Replaces text in a file, failing loudly if the text is not there (so a test cannot silently test nothing). */
export function replaceIn(path: string, from: string | RegExp, to: string): void {
  const text = readFileSync(path, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`${path}: nothing matched ${String(from)}`);
  writeFileSync(path, next);
}

/**
 * The bundle Astro renders the pages from (Vite's server build) is made without Rollup's tree
 * shaking. That bundle runs once, inside the build, to write the pages; none of it is published.
 * Tree shaking it is whole-program analysis on every build: at 5,000 documents it was about a
 * tenth of a one-document rebuild's bundling (3.3–4.0 s, 3.1 s without it). It only leaves out
 * code nothing calls, and keeps every module's side effects either way, so the pages are the same
 * bytes (compared on the 5,000-document set: only the edited document's page differed). The
 * browser's script (the client build) is still tree-shaken.
 */
import type { Plugin } from 'vite';

export function serverBundleUntrimmed(): Plugin {
  return {
    name: 'thi-dua:server-bundle-untrimmed',
    apply: 'build',
    config: (_config, env) => (env.isSsrBuild ? { build: { rollupOptions: { treeshake: false } } } : undefined),
  };
}

/**
 * Pages an earlier build rendered, used again when nothing they show changed: a province's
 * archive has thousands of document, body and bloc pages, and a one-word edit changes a few.
 *
 * A page that opts in names what it shows (its view, as plain data) before rendering; the key is a
 * digest of that, the page's address, the layout's facts and the site's code (src/, the config,
 * the lock file, the build's settings: src/integrations/page-cache.ts). When an earlier build
 * rendered the same key, its bytes are the page; otherwise the page renders and the integration
 * keeps it for the next build. Outside `astro build` (dev server, tests of pure code) nothing is
 * cached. tests/site/page-cache.test.ts builds a set, edits it, builds again and compares every
 * file with a cold build of the edited set.
 */
import { existsSync, readFileSync } from 'node:fs';
import { keptPage, keptPageOf, pageCacheState, pageKey } from './page-cache-state';
import type { CachedPage } from './page-views';
import { getSite } from './site';

/**
 * The page an earlier build rendered from the same view, as the response to write; undefined when
 * it must be rendered (and will be kept). `pathname` is the page's address (from `paths`); `view`
 * must hold everything the page shows besides the layout: a value left out would let an old page
 * stand.
 */
export async function reusedPage(pathname: string, view: unknown): Promise<Response | undefined> {
  const state = pageCacheState();
  if (!state) return undefined;
  const key = pageKey(state, await getSite(), pathname, view);
  const file = keptPage(state.folder, key);
  if (existsSync(file)) {
    state.reused.add(key);
    state.served.set(pathname, key);
    return new Response(readFileSync(file), { headers: { 'content-type': 'text/html; charset=utf-8' } });
  }
  state.fresh.set(pathname, key);
  return undefined;
}

/**
 * Of a route's pages (src/data/page-views.ts), those Astro must render, as its getStaticPaths
 * returns them. A page whose kept page has the key its view gives now is left out: Astro would
 * spend a millisecond or two on each of thousands only to write the same bytes. The integration
 * (src/integrations/page-cache.ts) writes the kept page to its address and lists it for the
 * sitemap. Most were worked out when the build started (src/integrations/site-model.ts), from the
 * same lists, and are being written already. With nothing kept (a first build) every page is
 * rendered.
 */
export async function pathsToRender<P>(pages: CachedPage<P>[]): Promise<{ params: Record<string, string>; props: P }[]> {
  const state = pageCacheState();
  const site = state && state.kept.size > 0 ? await getSite() : undefined;
  return pages.flatMap((page) => (state && site && keptPageOf(state, site, page) ? [] : [{ params: page.params, props: page.props() }]));
}

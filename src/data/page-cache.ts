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
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { keptPage, pageCacheState, viewJson, type PageCacheState } from './page-cache-state';
import { getSite, layoutFacts, type Site } from './site';

/**
 * What many pages show whole, digested once per object (src/data/page-cache-state.ts): each
 * campaign document and each of its targets (a bloc's year compares its members' targets), each
 * honour board row and title (a body's history, a bloc's honours). Without it a bloc's key would
 * hash hundreds of KB of JSON.
 */
const shared = new WeakMap<Site, WeakSet<object>>();

function sharedOf(site: Site): WeakSet<object> {
  let set = shared.get(site);
  if (!set) {
    set = new WeakSet<object>();
    for (const document of site.campaigns) {
      set.add(document);
      for (const target of document.targets) set.add(target);
    }
    for (const board of site.boards) {
      for (const group of board.groups) {
        set.add(group.title);
        for (const row of [...group.collectives, ...group.individuals, ...group.households]) set.add(row);
      }
    }
    shared.set(site, set);
  }
  return set;
}

/** A page's key: its address, what it shows, the layout's facts and the site's code. */
function pageKey(state: PageCacheState, site: Site, pathname: string, view: unknown): string {
  return createHash('sha256').update(`${state.codeKey}\0${pathname}\0${viewJson(layoutFacts(site))}\0${viewJson(view, sharedOf(site))}`).digest('hex').slice(0, 32);
}

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
 * Of a route's paths, those Astro must render. A path whose kept page has the key its view gives
 * now is left out: Astro would spend a millisecond or two on each of thousands only to write the
 * same bytes, and the integration (src/integrations/page-cache.ts) writes the kept page to its
 * address when the build is done and lists it for the sitemap. `address` and `view` must be what
 * the page passes to `reusedPage`. With nothing kept (a first build) every path is rendered.
 */
export async function pathsToRender<T>(paths: T[], address: (path: T) => string, view: (path: T) => unknown): Promise<T[]> {
  const state = pageCacheState();
  if (!state || state.kept.size === 0) return paths;
  const site = await getSite();
  return paths.filter((path) => {
    const pathname = address(path);
    const key = pageKey(state, site, pathname, view(path));
    if (!state.kept.has(key)) return true;
    state.restored.set(pathname, key);
    state.reused.add(key);
    return false;
  });
}

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
import { keptPage, pageCacheState, viewJson } from './page-cache-state';
import { getSite, layoutFacts, type Site } from './site';

/** Each model's campaign documents: shown whole by many pages, each digested once (src/data/page-cache-state.ts). */
const documents = new WeakMap<Site, WeakSet<object>>();

function documentsOf(site: Site): WeakSet<object> {
  let set = documents.get(site);
  if (!set) documents.set(site, (set = new WeakSet(site.campaigns)));
  return set;
}

/**
 * The page an earlier build rendered from the same view, as the response to write; undefined when
 * it must be rendered (and will be kept). `view` must hold everything the page shows besides the
 * layout: a value left out would let an old page stand.
 */
export async function reusedPage(url: URL, view: unknown): Promise<Response | undefined> {
  const state = pageCacheState();
  if (!state) return undefined;
  const site = await getSite();
  const key = createHash('sha256').update(`${state.codeKey}\0${url.pathname}\0${viewJson(layoutFacts(site))}\0${viewJson(view, documentsOf(site))}`).digest('hex').slice(0, 32);
  const file = keptPage(state.folder, key);
  if (existsSync(file)) {
    state.reused.add(key);
    return new Response(readFileSync(file), { headers: { 'content-type': 'text/html; charset=utf-8' } });
  }
  state.fresh.set(url.pathname, key);
  return undefined;
}

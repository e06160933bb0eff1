/**
 * The site model of an Astro build (./site-model.ts). Every page asks for it: the one the build
 * made from the synced content store when it started (src/integrations/site-model.ts), or, in the
 * dev server (or when the store could not be read), one read through Astro's content layer by the
 * first page to ask. The search index starts from it at once.
 */
import { getCollection } from 'astro:content';
import { pageCacheState } from './page-cache-state';
import { searchIndexState } from './search-index-state';
import { siteSearchRecords } from './search';
import { buildSite, builtSite, type ReadCollection, type Site } from './site-model';

export { ContentError, layoutFacts, type Site } from './site-model';

const read: ReadCollection = (name) => getCollection(name) as never;

let site: Promise<Site> | undefined;

/** The site model, built once and shared by every page of the build. */
export function getSite(): Promise<Site> {
  site ??= (builtSite() ?? Promise.resolve(undefined))
    .then((built) => built ?? buildSite(read, { siteUrl: import.meta.env.SITE, codeKey: pageCacheState()?.codeKey }))
    .then((built) => {
      searchIndexState()?.start(() => siteSearchRecords(built));
      return built;
    });
  return site;
}

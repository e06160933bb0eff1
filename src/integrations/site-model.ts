/**
 * Makes the site model (src/data/site-model.ts) from Astro's synced content store (the loaders'
 * entries in memory, src/data/synced-content.ts; or its file, cacheDir/data-store.json), and
 * shares it with the pages (`builtSite`): in a rebuild as soon as the build starts, in a first
 * build when the first page asks. Astro's
 * pages could only make it once Vite had bundled them, seconds later; the search index starts
 * from the model, so Pagefind now indexes while Vite bundles. The store holds each collection's
 * entries as the loaders stored them, parsed by their schemas: what Astro's getCollection gives
 * (without its copy of every entry's data, which has no images to resolve here).
 *
 * A content error is the pages' to report, as before: the first page to ask for the model gets it.
 * A store that cannot be read leaves the pages to read content through Astro, with a warning.
 * Must come after the page cache and the search index in the list (astro.config.mjs): the model
 * uses the page cache's code digest, and hands the search index its records.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as devalue from 'devalue';
import { keptPageOf, pageCacheState } from '../data/page-cache-state';
import { cachedPages } from '../data/page-views';
import { searchIndexState } from '../data/search-index-state';
import { siteSearchRecords } from '../data/search';
import { syncedEntries } from '../data/synced-content';
import { buildSite, ContentError, setBuiltSite, type ReadCollection, type Site, type SiteModelOptions } from '../data/site-model';

/** Astro's synced content store, in the cache folder (astro/dist/content/consts.js). */
const STORE_FILE = 'data-store.json';

/** The store's collections: Astro's MutableDataStore writes them with devalue (collection → id → entry). */
export function readStore(file: string): ReadCollection {
  const store = devalue.parse(readFileSync(file, 'utf8')) as unknown;
  if (!(store instanceof Map)) throw new Error(`${file}: không phải kho nội dung của Astro (not Astro's content store)`);
  return async (name) => [...((store as Map<string, Map<string, object>>).get(name)?.values() ?? [])].map((entry) => ({ ...entry, collection: name })) as never;
}

/** The collections the model reads (src/content.config.ts). */
const COLLECTIONS = ['campaigns', 'directives', 'honours', 'units', 'titles', 'blocs'];

/** The entries the loaders left in memory in this process (src/data/synced-content.ts), as getCollection gives them. */
function readSynced(): ReadCollection | undefined {
  const entries = syncedEntries(COLLECTIONS);
  if (!entries) return undefined;
  return async (name) => (entries.get(name) ?? []).map((entry) => ({ ...entry, collection: name })) as never;
}

/**
 * The model from the content the loaders synced: from memory when they ran in this process, else
 * from the store's file; undefined (and a warning) when neither can be read; a content error
 * rejects.
 */
export async function storeSite(file: string, options: SiteModelOptions, warn: (message: string) => void, info: (message: string) => void = () => undefined): Promise<Site | undefined> {
  let read: ReadCollection;
  const started = performance.now();
  try {
    const synced = readSynced();
    read = synced ?? readStore(file);
    info(`mô hình trang dựng từ ${synced ? 'nội dung vừa đồng bộ trong bộ nhớ' : `tệp ${file}`} (site model from ${synced ? 'the synced content in memory' : 'the store file'})`);
  } catch (error) {
    warn(`Không đọc được kho nội dung ${file}; các trang đọc nội dung qua Astro (could not read the content store: ${error instanceof Error ? error.message : String(error)}).`);
    return undefined;
  }
  const site = await buildSite(read, options);
  info(`mô hình trang xong sau ${Math.round(performance.now() - started)} ms (site model built)`);
  return site;
}

/**
 * What can start as soon as the model exists: the search index, with its records; then the page
 * cache's answer for every page it may keep, so that kept pages are written while Vite bundles
 * (src/integrations/page-cache.ts) and the routes find the answer (src/data/page-cache.ts).
 */
function keepPages(site: Site): void {
  searchIndexState()?.start(() => siteSearchRecords(site));
  const state = pageCacheState();
  if (!state || state.kept.size === 0) return;
  for (const page of cachedPages(site)) keptPageOf(state, site, page);
}

export function siteModelIntegration(): AstroIntegration {
  let store = '';
  let siteUrl: string | undefined;
  return {
    name: 'thi-dua:site-model',
    hooks: {
      'astro:config:done': ({ config }) => {
        store = join(fileURLToPath(config.cacheDir), STORE_FILE);
        siteUrl = config.site;
      },
      'astro:build:start': ({ logger }) => {
        if (!existsSync(store) && !syncedEntries(COLLECTIONS)) {
          setBuiltSite(undefined);
          return;
        }
        let site: Promise<Site | undefined> | undefined;
        const make = () => {
          if (site) return site;
          site = storeSite(store, { siteUrl, codeKey: pageCacheState()?.codeKey }, (message) => logger.warn(message), (message) => logger.info(message));
          // The pages report a content error (as they always have); anything else is not for them to hide.
          site.then((built) => built && keepPages(built)).catch((error: unknown) => {
            if (!(error instanceof ContentError)) logger.error(`Lỗi khi dựng mô hình trang (building the site model): ${error instanceof Error ? error.message : String(error)}`);
          });
          return site;
        };
        setBuiltSite(make);
        // A rebuild (pages kept from an earlier build) makes it now, so the index and the kept
        // pages start while Vite bundles. A first build renders every page anyway: it makes it
        // when the first page asks, so that Vite's bundling and the model are not in memory
        // together (at 5,000 documents, 1.8 GB at its peak against 1.5).
        if ((pageCacheState()?.kept.size ?? 0) > 0) make();
      },
      'astro:build:done': () => {
        setBuiltSite(undefined);
      },
    },
  };
}

/** The kept pages' state shared by src/integrations/page-cache.ts and the pages (src/data/page-cache.ts) in one build process. */
import * as crypto from 'node:crypto';
import { join } from 'node:path';
import type { CachedPage } from './page-views';
import { layoutFacts, type Site } from './site-model';

/** What the integration and the pages share within one build process. */
export interface PageCacheState {
  /** The folder of kept pages (in Astro's cache folder). */
  folder: string;
  /** Digest of the code and settings every page depends on. */
  codeKey: string;
  /** Pages rendered in this build: address → key, kept by the integration once written. */
  fresh: Map<string, string>;
  /** Keys served from the folder in this build. */
  reused: Set<string>;
  /** Pages rendered in this build from their kept bytes: address → key. */
  served: Map<string, string>;
  /** Keys of the pages kept in the folder when the build started. */
  kept: Set<string>;
  /** Pages left out of their routes because their kept page is current: address → key, written by the integration. */
  restored: Map<string, string>;
  /** Starts writing a restored page to its address (the integration's queue); the build waits for it when it is done. */
  place?: (pathname: string, key: string) => void;
}

const STATE = Symbol.for('thi-dua.page-cache');

export function pageCacheState(): PageCacheState | undefined {
  return (globalThis as Record<symbol, PageCacheState | undefined>)[STATE];
}

export function setPageCacheState(state: PageCacheState | undefined): void {
  (globalThis as Record<symbol, PageCacheState | undefined>)[STATE] = state;
}

/**
 * JSON of plain data, Maps and Sets included (as entries and items), so their contents count. An
 * object of `shared` (a campaign document many pages show) is written as a digest of its own JSON,
 * worked out once per object: the same content, far fewer bytes to hash on every page. An object
 * met again in the same value (a bloc's member on each of its honour rows, an outline item in a
 * document's contents and targets) is written the first time and then as its place in the order
 * objects were met (`{"ref":n}`): the order is the JSON's own, so the text still says the whole
 * value, in a fraction of the bytes.
 */
export function viewJson(value: unknown, shared?: WeakSet<object>): string {
  const met = new Map<object, number>();
  return JSON.stringify(value, (_key, item: unknown) => {
    if (!item || typeof item !== 'object') return item;
    if (shared?.has(item)) return { digest: digestOf(item) };
    const at = met.get(item);
    if (at !== undefined) return { ref: at };
    met.set(item, met.size);
    return item instanceof Map ? { map: [...item.entries()] } : item instanceof Set ? { set: [...item] } : item;
  });
}

/** SHA-256 of a text, in hex: Node's one-shot `crypto.hash` (five times faster on a short text) where it exists (Node 20.12 and later). */
export const sha256Hex: (text: string) => string =
  typeof crypto.hash === 'function' ? (text) => crypto.hash('sha256', text, 'hex') : (text) => crypto.createHash('sha256').update(text).digest('hex');

const digests = new WeakMap<object, string>();

/** The digest of an object's JSON, once per object (shared objects are not changed once built). */
function digestOf(item: object): string {
  let digest = digests.get(item);
  if (!digest) digests.set(item, (digest = sha256Hex(viewJson(item))));
  return digest;
}

/**
 * The file a key's page is kept in. A page's key is a bare digest (kept as `<key>.html`); a file
 * that is not a page (an open-data export) has its extension in its key (`<digest>.csv`).
 */
export function keptPage(folder: string, key: string): string {
  return join(folder, /\.[a-z]+$/.test(key) ? key : `${key}.html`);
}

/** The key of a kept file from its name in the folder: the inverse of `keptPage`. */
export function keptKeyOf(name: string): string {
  return name.replace(/\.html$/, '');
}

/** Is an address a page's (`/x/y/`, written as `x/y/index.html`), not a file's (`/du-lieu/x.csv`)? */
export function isPageAddress(pathname: string): boolean {
  return pathname.endsWith('/');
}

/**
 * What many pages show whole, digested once per object (`digestOf`): each
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

/** The layout's facts as JSON, once per model: the same for every page. */
const layouts = new WeakMap<Site, string>();

function layoutJson(site: Site): string {
  let json = layouts.get(site);
  if (json === undefined) layouts.set(site, (json = viewJson(layoutFacts(site))));
  return json;
}

/** A page's key: its address, what it shows, the layout's facts and the site's code. */
export function pageKey(state: PageCacheState, site: Site, pathname: string, view: unknown): string {
  return sha256Hex(`${state.codeKey}\0${pathname}\0${layoutJson(site)}\0${viewJson(view, sharedOf(site))}`).slice(0, 32);
}

/**
 * Is the page's kept copy current? Then it is left out of its route, counted as reused and written
 * to its address by the integration (`place`). Asked once per page: when the build starts for
 * every page, and again by the routes, which find the answer.
 */
export function keptPageOf(state: PageCacheState, site: Site, page: CachedPage<unknown>): boolean {
  if (state.restored.has(page.address)) return true;
  return restoreKept(state, page.address, pageKey(state, site, page.address, page.view()));
}

/**
 * Is a file kept under this key? Then it is the file at `address`: counted as reused and written
 * there by the integration (`place`), its route leaving it out.
 */
export function restoreKept(state: PageCacheState, address: string, key: string): boolean {
  if (!state.kept.has(key)) return false;
  state.restored.set(address, key);
  state.reused.add(key);
  state.place?.(address, key);
  return true;
}

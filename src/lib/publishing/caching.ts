/**
 * How long a browser or a proxy may keep each kind of file. Files whose name carries a hash of
 * their content (Astro's /_astro/, the preview cards, Pagefind's index, filters and fragments) never change
 * under their name: a year, immutable. Everything else (pages, exports, feed, sitemap, the search
 * entry files) changes when a document is published: five minutes.
 */

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const SHORT = 'public, max-age=300';

/** A folder of files with a fixed name pattern, site-relative ("/_astro/"), and how long they are kept. */
export interface CacheRule {
  kind: string;
  folder: string;
  cacheControl: string;
}

export const FINGERPRINTED: CacheRule[] = [
  { kind: 'Astro assets (CSS, JS, fonts)', folder: '/_astro/', cacheControl: IMMUTABLE },
  { kind: 'link-preview cards', folder: '/xem-truoc/', cacheControl: IMMUTABLE },
  { kind: 'Pagefind fragments', folder: '/pagefind/fragment/', cacheControl: IMMUTABLE },
  { kind: 'Pagefind index', folder: '/pagefind/index/', cacheControl: IMMUTABLE },
  { kind: 'Pagefind filters', folder: '/pagefind/filter/', cacheControl: IMMUTABLE },
];

/** The Cache-Control a site-relative path gets ("/_astro/x.css", "/phong-trao/"). */
export function cacheControlOf(path: string): string {
  return FINGERPRINTED.find((rule) => path.startsWith(rule.folder))?.cacheControl ?? SHORT;
}

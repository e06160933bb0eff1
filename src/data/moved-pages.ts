/**
 * The old addresses built in this build (src/pages/[...moved].astro) and where each leads: the
 * sitemap leaves them out, and the build's `.htaccess` answers them with a permanent redirect
 * (src/integrations/headers.ts). Both read this in the same process once every page is built.
 */
const MOVED = Symbol.for('thi-dua.moved-pages');

/** Full URL of an old address (as the sitemap sees it) → the path of the page it leads to now. */
function movedPages(): Map<string, string> {
  const holder = globalThis as Record<symbol, Map<string, string> | undefined>;
  return (holder[MOVED] ??= new Map<string, string>());
}

/** Records a built old address (its full URL) and the published path of the page it leads to. */
export function markMovedPage(url: string, target: string): void {
  movedPages().set(url, target);
}

/** Whether a page (its full URL) is an old address. */
export function isMovedPage(url: string): boolean {
  return movedPages().has(url);
}

/** Every old address built, as published paths ("/phong-trao/2023/cu/" → "/phong-trao/2023/moi/"), in path order. */
export function movedPaths(): { from: string; to: string }[] {
  return [...movedPages()].map(([url, to]) => ({ from: new URL(url).pathname, to })).sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}

/**
 * The old addresses built in this build (src/pages/[...moved].astro), so the sitemap leaves them
 * out: the sitemap integration filters pages in the same process once they are all built.
 */
const MOVED = Symbol.for('thi-dua.moved-pages');

function movedPages(): Set<string> {
  const holder = globalThis as Record<symbol, Set<string> | undefined>;
  return (holder[MOVED] ??= new Set<string>());
}

/** Records a built old address (its full URL, as the sitemap sees it). */
export function markMovedPage(url: string): void {
  movedPages().add(url);
}

/** Whether a page (its full URL) is an old address. */
export function isMovedPage(url: string): boolean {
  return movedPages().has(url);
}

/**
 * Which built files get a gzip copy beside them (x.html → x.html.gz), for servers that send it
 * as is (nginx gzip_static) instead of compressing every request. Images, fonts and Pagefind's
 * files are compressed already.
 */

export const COMPRESSIBLE = ['html', 'css', 'js', 'mjs', 'json', 'xml', 'txt', 'csv', 'svg'];

/** Whether a built file is worth a precompressed copy. */
export function isCompressible(path: string): boolean {
  const extension = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase();
  return extension !== undefined && COMPRESSIBLE.includes(extension);
}

/** Whether a compressed copy is worth keeping: smaller than the file. */
export function isWorthKeeping(original: number, compressed: number): boolean {
  return compressed < original;
}

/**
 * Files every reader's first search downloads whatever the query: Pagefind's loader, its entry,
 * its metadata (one entry per indexed page, so it grows with the archive) and its wasm. They are
 * compressed thoroughly (Zopfli: the same gzip format, about a fifth smaller for the metadata),
 * which costs a second at build time and is kept by digest.
 */
export function isOnFirstSearch(path: string): boolean {
  return /(^|\/)pagefind\/(pagefind\.js|pagefind-entry\.json|pagefind\.[^/]+\.pf_meta|wasm\.[^/]+\.pagefind)$/.test(path);
}

/** Pagefind's own files that it writes gzip-compressed already: recompressed in place, never copied. */
export function isCompressedByPagefind(path: string): boolean {
  return /\.(pf_meta|pf_index|pf_filter|pf_fragment|pagefind)$/.test(path);
}

/** Of those, the files that are the same bytes in every build of a Pagefind version (the loader, the wasm). */
export function isSameInEveryBuild(path: string): boolean {
  return /(^|\/)pagefind\/(pagefind\.js|wasm\.[^/]+\.pagefind)$/.test(path);
}

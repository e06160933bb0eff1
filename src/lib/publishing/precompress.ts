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

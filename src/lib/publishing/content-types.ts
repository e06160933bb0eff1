/**
 * The Content-Type of every kind of file the build writes, by extension. Text is UTF-8 and says
 * so (a CSV opened from the server keeps its Vietnamese); Pagefind's own files are compressed
 * binary it reads itself.
 */

export const CONTENT_TYPES: Record<string, string> = {
  html: 'text/html',
  css: 'text/css',
  js: 'text/javascript',
  mjs: 'text/javascript',
  json: 'application/json',
  xml: 'application/xml',
  txt: 'text/plain',
  csv: 'text/csv',
  svg: 'image/svg+xml',
  png: 'image/png',
  ico: 'image/x-icon',
  woff2: 'font/woff2',
  wasm: 'application/wasm',
  pagefind: 'application/octet-stream',
  pf_meta: 'application/octet-stream',
  pf_index: 'application/octet-stream',
  pf_filter: 'application/octet-stream',
  pf_fragment: 'application/octet-stream',
};

/** The Atom feed is XML of its own kind. */
export const FEED_TYPE = 'application/atom+xml';

/** Types sent with "; charset=utf-8". */
export const UTF8_TYPES = ['text/html', 'text/css', 'text/javascript', 'application/json', 'application/xml', FEED_TYPE, 'text/plain', 'text/csv', 'image/svg+xml'];

/** The full Content-Type header a file is served with ("text/csv; charset=utf-8"), or undefined for an unknown extension. */
export function contentTypeOf(path: string, feedPath = '/nguon-tin.xml'): string | undefined {
  const type = path.endsWith(feedPath) ? FEED_TYPE : CONTENT_TYPES[/\.([a-z0-9_]+)$/i.exec(path)?.[1]?.toLowerCase() ?? ''];
  if (!type) return undefined;
  return UTF8_TYPES.includes(type) ? `${type}; charset=utf-8` : type;
}

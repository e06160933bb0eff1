/**
 * What a server must send for each file of a built site, written out here rather than read from
 * the generators in src/lib/publishing: the nginx, Apache and IIS tests hold the servers to it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/** What each kind of file must be served as. */
export const EXPECTED_TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  json: 'application/json; charset=utf-8',
  xml: 'application/xml; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  svg: 'image/svg+xml; charset=utf-8',
  png: 'image/png',
  woff2: 'font/woff2',
  pagefind: 'application/octet-stream',
  pf_meta: 'application/octet-stream',
  pf_index: 'application/octet-stream',
  pf_filter: 'application/octet-stream',
  pf_fragment: 'application/octet-stream',
};
export const YEAR_IMMUTABLE = 'public, max-age=31536000, immutable';
export const FIVE_MINUTES = 'public, max-age=300';
export const FINGERPRINTED = /^\/(_astro|xem-truoc|pagefind\/(fragment|index|filter))\//;

/** The files a host reads from the site's folder as its configuration (Netlify, Apache, IIS), not pages to serve. */
export const HOST_FILES = ['/_headers', '/.htaccess', '/web.config'];

/** Every file the build wrote, as site paths ("/_astro/x.css"), without the precompressed copies and the hosts' files. */
export function builtFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.endsWith('.gz'))
    .map((entry) => `/${relative(root, join(entry.parentPath, entry.name))}`)
    .filter((file) => !HOST_FILES.includes(file));
}

/** The address a built file is read at: a page at its folder, with the trailing slash. */
export const addressOf = (file: string) => file.replace(/(^|\/)index\.html$/, '$1');

/** The policy `_headers` gives every file. */
export function headersFilePolicy(root: string): string {
  return /Content-Security-Policy: (.*)/.exec(readFileSync(join(root, '_headers'), 'utf8'))?.[1] ?? '';
}

/** Addresses a reader may type and the one each must be redirected to (301): without the slash, with index.html. */
export const REDIRECTS: [asked: string, to: string][] = [
  ['/phong-trao', '/phong-trao/'],
  ['/phong-trao/index.html', '/phong-trao/'],
  ['/index.html', '/'],
  ['/chi-thi/index.html?q=1', '/chi-thi/?q=1'],
];

/** What is wrong with a page's security headers: the policy of `_headers`, nosniff, the referrer policy. */
export function securityHeaderProblems(address: string, headers: Headers, policy: string): string[] {
  const problems: string[] = [];
  if (headers.get('content-security-policy') !== policy) problems.push(`${address}: CSP header differs from _headers`);
  if (headers.get('x-content-type-options') !== 'nosniff') problems.push(`${address}: no nosniff`);
  if (headers.get('referrer-policy') !== 'strict-origin-when-cross-origin') problems.push(`${address}: referrer policy`);
  return problems;
}

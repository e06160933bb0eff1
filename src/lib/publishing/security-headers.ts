/**
 * The response headers every file of the site gets, from the one source both `_headers` and the
 * nginx configuration are generated from (so they cannot disagree), and the policy each page's
 * meta tag says as well (src/data/csp.mjs, read by astro.config.mjs).
 */
import { CSP_DIRECTIVES, CSP_SCRIPT_RESOURCES } from '../../data/csp.mjs';

/** Sent as a header and as `<meta name="referrer">`, for hosts that cannot set headers. */
export const REFERRER_POLICY = 'strict-origin-when-cross-origin';

/**
 * The header policy: the meta tag's directives, scripts from the site (and Pagefind's
 * WebAssembly), inline styles (the meta tag, applied as well, narrows them to Astro's hashes),
 * and what only a header can say: no framing by another site.
 */
export function headerPolicy(): string {
  return [...CSP_DIRECTIVES, `script-src ${CSP_SCRIPT_RESOURCES.join(' ')}`, "style-src 'self' 'unsafe-inline'", "frame-ancestors 'none'"].join('; ');
}

/** Name and value of each security header, in the order they are written. */
export function securityHeaders(): [string, string][] {
  return [
    ['Content-Security-Policy', headerPolicy()],
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', REFERRER_POLICY],
  ];
}

/** A policy as directive → sources, whitespace and separators normalised, for comparing two policies. */
export function policyDirectives(policy: string): Map<string, string> {
  const directives = policy
    .split(';')
    .map((part) => part.trim().split(/\s+/))
    .filter((words) => words[0]);
  return new Map(directives.map(([name, ...sources]) => [name.toLowerCase(), sources.join(' ')]));
}

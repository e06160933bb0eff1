import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { CSP_DIRECTIVES, CSP_SCRIPT_RESOURCES } from '../data/csp.mjs';

/**
 * Writes `_headers` for static hosts that read one (Netlify, Cloudflare Pages): the same policy
 * as each page's meta tag, plus what only a header can say (frame-ancestors). Inline styles are
 * allowed here because the meta tag, which browsers apply as well, narrows them to Astro's hashes.
 */
export function headersIntegration(): AstroIntegration {
  return {
    name: 'thi-dua:headers',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const policy = [...CSP_DIRECTIVES, `script-src ${CSP_SCRIPT_RESOURCES.join(' ')}`, "style-src 'self' 'unsafe-inline'", "frame-ancestors 'none'"].join('; ');
        const lines = ['/*', `  Content-Security-Policy: ${policy}`, '  X-Content-Type-Options: nosniff', '  Referrer-Policy: strict-origin-when-cross-origin'];
        await writeFile(fileURLToPath(new URL('_headers', dir)), `${lines.join('\n')}\n`);
      },
    },
  };
}

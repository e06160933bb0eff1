import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { FINGERPRINTED } from '../lib/publishing/caching';
import { securityHeaders } from '../lib/publishing/security-headers';

/**
 * Writes `_headers` for static hosts that read one (Netlify, Cloudflare Pages): the security
 * headers of every file (the same as the nginx configuration, from src/lib/publishing) and long
 * caching for fingerprinted files. Paths are under the site's sub-path `base`.
 */
export function headersIntegration(base = '/'): AstroIntegration {
  return {
    name: 'thi-dua:headers',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const lines = [`${base}*`, ...securityHeaders().map(([name, value]) => `  ${name}: ${value}`)];
        for (const rule of FINGERPRINTED) {
          lines.push(`${base}${rule.folder.slice(1)}*`, `  Cache-Control: ${rule.cacheControl}`);
        }
        await writeFile(fileURLToPath(new URL('_headers', dir)), `${lines.join('\n')}\n`);
      },
    },
  };
}

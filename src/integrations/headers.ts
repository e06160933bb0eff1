import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { movedPaths } from '../data/moved-pages';
import { apacheHtaccess, HTACCESS } from '../lib/publishing/apache';
import { FINGERPRINTED } from '../lib/publishing/caching';
import { iisWebConfig, WEB_CONFIG } from '../lib/publishing/iis';
import { securityHeaders } from '../lib/publishing/security-headers';

/**
 * Writes the files a host reads from the site's own folder, all from src/lib/publishing (the
 * source of the nginx configuration too), so a copy of `dist/` is served alike everywhere:
 * `_headers` for static hosts that read one (Netlify, Cloudflare Pages), `.htaccess` for Apache,
 * `web.config` for IIS: the security headers of every file, long caching for fingerprinted
 * files, the types (Apache, IIS), the 404 page and the permanent redirects of renamed files' old
 * addresses (Apache; elsewhere their own pages lead on). Paths are under the site's sub-path `base`.
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
        await writeFile(fileURLToPath(new URL(HTACCESS, dir)), apacheHtaccess(base, undefined, movedPaths()));
        await writeFile(fileURLToPath(new URL(WEB_CONFIG, dir)), iisWebConfig());
      },
    },
  };
}

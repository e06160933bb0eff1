import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cacheControlOf, IMMUTABLE, SHORT } from '../../../src/lib/publishing/caching';
import { contentTypeOf } from '../../../src/lib/publishing/content-types';
import { localNginxConfig, nginxSiteConfig } from '../../../src/lib/publishing/nginx';
import { isCompressible, isWorthKeeping } from '../../../src/lib/publishing/precompress';
import { headerPolicy, policyDirectives, securityHeaders } from '../../../src/lib/publishing/security-headers';
import { CSP_DIRECTIVES } from '../../../src/data/csp.mjs';

/** Each location block's body, by its match ("^~ /_astro/"), nested ones apart from the outer one. */
function locations(config: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of config.matchAll(/^ {4}location ([^{]+) \{\n([\s\S]*?)^ {4}\}/gm)) found.set(match[1], match[2]);
  const outer = /^location ([^{]+) \{\n([\s\S]*)^\}/m.exec(config);
  if (outer) found.set(outer[1], outer[2].replace(/^ {4}location [\s\S]*?^ {4}\}\n?/gm, ''));
  return found;
}

describe('the nginx configuration', () => {
  it('is shipped as generated: deploy/nginx/thi-dua.conf is what `npm run nginx:config` writes', () => {
    expect(readFileSync('deploy/nginx/thi-dua.conf', 'utf8')).toBe(nginxSiteConfig('/'));
  });

  it('sends every security header in every location (nginx drops inherited add_header where a location adds its own)', () => {
    const blocks = locations(nginxSiteConfig('/'));
    expect([...blocks.keys()]).toEqual(['= /nguon-tin.xml', '^~ /_astro/', '^~ /xem-truoc/', '^~ /pagefind/fragment/', '^~ /pagefind/index/', '^~ /pagefind/filter/', '^~ /']);
    for (const [location, body] of blocks) {
      for (const [name, value] of securityHeaders()) expect(body, location).toContain(`add_header ${name} "${value}" always;`);
      expect(body, location).toMatch(/add_header Cache-Control "[^"]+" always;/);
    }
  });

  it('caches fingerprinted folders for a year, the rest for five minutes', () => {
    const blocks = locations(nginxSiteConfig('/'));
    expect(blocks.get('^~ /_astro/')).toContain(`Cache-Control "${IMMUTABLE}"`);
    expect(blocks.get('^~ /')).toContain(`Cache-Control "${SHORT}"`);
    expect([cacheControlOf('/_astro/a.1.css'), cacheControlOf('/pagefind/fragment/vi_1.pf_fragment'), cacheControlOf('/pagefind/pagefind.js'), cacheControlOf('/phong-trao/')]).toEqual([IMMUTABLE, IMMUTABLE, SHORT, SHORT]);
  });

  it('puts everything under the sub-path of a site published under one', () => {
    const config = nginxSiteConfig('/thi-dua/');
    const matches = [...config.matchAll(/^\s*location (\S+) (\S+) \{/gm)].map((match) => match[2]);
    expect(matches.every((path) => path.startsWith('/thi-dua/'))).toBe(true);
    expect(config).toContain('error_page 404 /thi-dua/404.html;');
    expect(config).toContain('^(/thi-dua/(?:[^?]*/)?)index\\.html');
  });

  it('a local server: loopback, in the foreground, one process, its files in its own folder', () => {
    const config = localNginxConfig({ port: 8123, root: '/srv/site', siteConfig: '/repo/deploy/nginx/thi-dua.conf', workDir: '/tmp/n' });
    expect(config).toContain('listen 127.0.0.1:8123;');
    expect(config).toContain('daemon off;');
    expect(config).toContain('include /repo/deploy/nginx/thi-dua.conf;');
    expect(config.match(/\/\S+/g)?.filter((path) => !/^\/(tmp\/n|srv\/site|repo)\b/.test(path))).toEqual([]);
  });
});

describe('the security headers', () => {
  it('say what the meta tag says, and what only a header can', () => {
    const policy = policyDirectives(headerPolicy());
    for (const directive of CSP_DIRECTIVES) {
      const [name, ...sources] = directive.split(' ');
      expect(policy.get(name)).toBe(sources.join(' '));
    }
    expect(policy.get('frame-ancestors')).toBe("'none'");
    expect(Object.fromEntries(securityHeaders())).toMatchObject({ 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'strict-origin-when-cross-origin' });
  });
});

describe('content types and precompression', () => {
  it('types each kind of file, text in UTF-8', () => {
    expect(contentTypeOf('/du-lieu/muc-tieu.csv')).toBe('text/csv; charset=utf-8');
    expect(contentTypeOf('/nguon-tin.xml')).toBe('application/atom+xml; charset=utf-8');
    expect(contentTypeOf('/sitemap-0.xml')).toBe('application/xml; charset=utf-8');
    expect(contentTypeOf('/pagefind/wasm.unknown.pagefind')).toBe('application/octet-stream');
    expect(contentTypeOf('/pagefind/pagefind.vi_1.pf_meta')).toBe('application/octet-stream');
    expect(contentTypeOf('/x.wasm')).toBe('application/wasm');
    expect(contentTypeOf('/x.unknown')).toBeUndefined();
  });

  it('compresses text, not what is compressed already, and keeps a copy only when smaller', () => {
    expect(['/a/index.html', '/_astro/a.css', '/x.js', '/du-lieu/a.csv', '/nguon-tin.xml', '/favicon.svg'].every(isCompressible)).toBe(true);
    expect(['/a.png', '/a.woff2', '/pagefind/fragment/a.pf_fragment', '/pagefind/wasm.unknown.pagefind', '/a.html.gz'].some(isCompressible)).toBe(false);
    expect([isWorthKeeping(100, 40), isWorthKeeping(20, 40)]).toEqual([true, false]);
  });
});

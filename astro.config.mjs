// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { contentRoot } from './src/data/content-root.ts';
import { cacheDir } from './src/data/cache-dir.ts';
import { CSP_DIRECTIVES, CSP_SCRIPT_RESOURCES } from './src/data/csp.mjs';
import { headersIntegration } from './src/integrations/headers.ts';
import { precompressIntegrations } from './src/integrations/precompress.ts';
import { oldOutputIntegration } from './src/integrations/old-output.ts';
import { isMovedPage } from './src/data/moved-pages.ts';
import { keptPageKeys, pageCacheIntegration, placedCopies, restoredPageUrls } from './src/integrations/page-cache.ts';
import { contentStoreIntegration, contentStoreWrittenIntegration } from './src/integrations/content-store.ts';
import { buildMemoryIntegration } from './src/integrations/build-memory.ts';
import { siteAddressIntegration } from './src/integrations/site-address.ts';
import { serverBundleUntrimmed } from './src/integrations/server-bundle.ts';
import { publicAddress } from './src/lib/publishing/address.ts';
import { pagefindIntegration } from './src/integrations/pagefind.ts';
import { siteModelIntegration } from './src/integrations/site-model.ts';
import { nationalSearchIntegration } from './src/integrations/national-search.ts';
import { MANIFEST_PATH, previewsIntegration } from './src/integrations/previews/index.ts';
import { readDirectiveAliases } from './src/data/directive-aliases.ts';
import { aliasIndex } from './src/lib/directives/aliases.ts';
import { remarkCitationLinks } from './src/lib/markdown/remark-citation-links.ts';
import { remarkOutlineAnchors } from './src/lib/markdown/remark-outline-anchors.ts';

const aliases = aliasIndex(readDirectiveAliases(contentRoot()));
// The public address, with its sub-path ("https://org.example/thi-dua/"): see README, "Publishing".
const address = publicAddress(process.env.THI_DUA_SITE);
// Gzip copies are made in two passes: the pages while the search index is written, the rest last;
// a page the page cache keeps has its copy kept under the page's key.
const [precompressPages, precompressRest] = precompressIntegrations((path) => path === MANIFEST_PATH, (file) => keptPageKeys.get(file), (file) => placedCopies.get(file));

export default defineConfig({
  // The public address, for canonical links, the sitemap and the feed: set THI_DUA_SITE when deploying.
  site: address.site,
  base: address.base,
  trailingSlash: 'always',
  // Builds of other content sets (tests, demo) keep their own cache so they never mix with the site's.
  cacheDir: cacheDir(),
  // Official text is reproduced verbatim: no smart quotes or dashes rewritten into it.
  markdown: { smartypants: false, remarkPlugins: [remarkOutlineAnchors, [remarkCitationLinks, { aliases }]] },
  integrations: [buildMemoryIntegration(), oldOutputIntegration(), contentStoreIntegration(), pageCacheIntegration(), mdx(), sitemap({ customPages: restoredPageUrls, filter: (page) => !/\/404\/?$/.test(page) && !isMovedPage(page) }), precompressPages, pagefindIntegration(), siteModelIntegration(), nationalSearchIntegration(address.base), previewsIntegration(), headersIntegration(address.base), siteAddressIntegration(address, process.env.THI_DUA_REQUIRE_SITE === '1'), precompressRest, contentStoreWrittenIntegration()],
  // The server bundle only renders the pages, in the build: not tree-shaken (src/integrations/server-bundle.ts).
  vite: { plugins: [tailwindcss(), serverBundleUntrimmed()] },
  experimental: {
    csp: { directives: CSP_DIRECTIVES, scriptDirective: { resources: CSP_SCRIPT_RESOURCES } },
  },
});

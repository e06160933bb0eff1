// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { register } from 'tsx/esm/api';

// The integrations are TypeScript, which Node 20 cannot import. Without a loader Astro falls back
// to loading this file through a Vite server of its own, transforming the 140 modules behind it
// on every build and every `astro dev` start (half a second of a rebuild at 5,000 documents).
// tsx's loader, registered for this process (the build's worker threads register it too),
// imports them directly. Packages are imported as Node imports them: the same instances as Astro's.
/** @type {typeof import('./src/integrations/site-config.ts')} */
const config = await (register(), import('./src/integrations/site-config.ts'));
const {
  contentRoot, cacheDir, DEV_UNWATCHED, CSP_DIRECTIVES, CSP_SCRIPT_RESOURCES, headersIntegration, precompressIntegrations, oldOutputIntegration, isMovedPage,
  keptPageKeys, pageCacheIntegration, placedCopies, restoredPageUrls, contentStoreIntegration, contentStoreWrittenIntegration, buildMemoryIntegration,
  siteAddressIntegration, serverBundleUntrimmed, publicAddress, pagefindIntegration, siteModelIntegration, nationalSearchIntegration, MANIFEST_PATH,
  previewsIntegration, readDirectiveAliases, aliasIndex, remarkCitationLinks, remarkOutlineAnchors,
} = config;

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
  vite: {
    // The server bundle only renders the pages, in the build: not tree-shaken (src/integrations/server-bundle.ts).
    plugins: [tailwindcss(), serverBundleUntrimmed()],
    // `astro dev` leaves alone what the project's tools write inside it (src/data/dev-watch.ts).
    server: { watch: { ignored: DEV_UNWATCHED } },
  },
  experimental: {
    csp: { directives: CSP_DIRECTIVES, scriptDirective: { resources: CSP_SCRIPT_RESOURCES } },
  },
});

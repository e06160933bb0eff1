/**
 * What astro.config.mjs uses from the project's TypeScript, in one module it imports through tsx
 * (see there why).
 */
export { contentRoot } from '../data/content-root';
export { cacheDir } from '../data/cache-dir';
export { DEV_UNWATCHED } from '../data/dev-watch';
export { CSP_DIRECTIVES, CSP_SCRIPT_RESOURCES } from '../data/csp.mjs';
export { headersIntegration } from './headers';
export { precompressIntegrations } from './precompress';
export { oldOutputIntegration } from './old-output';
export { isMovedPage } from '../data/moved-pages';
export { keptPageKeys, pageCacheIntegration, placedCopies, restoredPageUrls } from './page-cache';
export { contentStoreIntegration, contentStoreWrittenIntegration } from './content-store';
export { buildMemoryIntegration } from './build-memory';
export { siteAddressIntegration } from './site-address';
export { serverBundleUntrimmed } from './server-bundle';
export { publicAddress } from '../lib/publishing/address';
export { pagefindIntegration } from './pagefind';
export { siteModelIntegration } from './site-model';
export { nationalSearchIntegration } from './national-search';
export { MANIFEST_PATH, previewsIntegration } from './previews/index';
export { readDirectiveAliases } from '../data/directive-aliases';
export { aliasIndex } from '../lib/directives/aliases';
export { remarkCitationLinks } from '../lib/markdown/remark-citation-links';
export { remarkOutlineAnchors } from '../lib/markdown/remark-outline-anchors';

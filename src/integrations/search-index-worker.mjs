// A worker thread building the search index (./search-index.ts). Worker threads do not inherit a
// TypeScript loader, so tsx (the project's TypeScript runner) is registered first.
const { register } = await import('tsx/esm/api');
register();
await import('./search-index-worker-main.ts');

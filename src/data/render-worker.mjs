// A worker thread rendering campaign bodies for the loader (./render-pool.ts). Worker threads do
// not inherit a TypeScript loader, so tsx (the project's TypeScript runner) is registered before
// the renderer itself is loaded.
const { register } = await import('tsx/esm/api');
register();
await import('./render-worker-main.ts');

/**
 * What `astro dev` does not watch: the folders the project's own tools write inside it, as
 * .gitignore leaves them out. `npm run bench` leaves its corpora with their builds and caches in
 * .tmp/ (1.2 GB at 5,000 documents), and a built site in dist/ is tens of thousands of files.
 * Vite's watcher walked them all as the dev server started, and every file the server read
 * queued behind that walk on Node's thread pool: 23 s to the first page after a bench, 5 s
 * without .tmp/. Vite adds these to its own (.git, node_modules, its cache).
 */
export const DEV_UNWATCHED = ['**/.tmp/**', '**/dist/**', '**/dist-*/**', '**/dist.*/**'];

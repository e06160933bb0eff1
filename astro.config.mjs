// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { remarkOutlineAnchors } from './src/lib/markdown/remark-outline-anchors.ts';

export default defineConfig({
  site: 'https://thi-dua.example.vn',
  trailingSlash: 'always',
  // Builds of other content sets (tests, demo) keep their own cache so they never mix with the site's.
  cacheDir: process.env.THI_DUA_CACHE_DIR ?? './node_modules/.astro',
  // Official text is reproduced verbatim: no smart quotes or dashes rewritten into it.
  markdown: { smartypants: false, remarkPlugins: [remarkOutlineAnchors] },
  integrations: [mdx()],
  vite: { plugins: [tailwindcss()] },
});

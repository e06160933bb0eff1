/**
 * The campaign renderer against MDX itself: the same .mdx compiled by @astrojs/mdx (through
 * Vite, with the site's astro.config) and rendered by Astro must give byte for byte the HTML
 * the renderer stores. The bodies: the shipped document, the illustrative set, every
 * real document the importer reads, and a file holding every Markdown, GFM and MDX feature.
 * If this fails, the renderer is wrong, not the test.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { getContainerRenderer } from '@astrojs/mdx';
import { loadRenderers } from 'astro:container';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDirectiveAliases } from '../../../src/data/directive-aliases';
import { aliasIndex } from '../../../src/lib/directives/aliases';
import { importDocument, readSource } from '../../../src/lib/importer';
import { parseFrontmatter, splitMdxFile } from '../../../src/lib/markdown/mdx-file';
import { remarkCitationLinks } from '../../../src/lib/markdown/remark-citation-links';
import { remarkOutlineAnchors } from '../../../src/lib/markdown/remark-outline-anchors';
import { createMdxRenderer } from '../../../src/lib/markdown/render-mdx';
import { CONTEXT } from '../../support/importer';

// As astro.config.mjs builds them (the aliases of the shipped content, which the unit project builds with).
const render = createMdxRenderer({ remarkPlugins: [remarkOutlineAnchors, [remarkCitationLinks, { aliases: aliasIndex(readDirectiveAliases('content')) }]], gfm: true, smartypants: false });

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create({ renderers: await loadRenderers([getContainerRenderer()]) });
});

/** The HTML of an .mdx file as a page showed it when bodies were MDX modules. */
async function asMdxModule(path: string): Promise<string> {
  const module = (await import(/* @vite-ignore */ path)) as { default: Parameters<AstroContainer['renderToString']>[0] };
  return container.renderToString(module.default);
}

/** The HTML the campaign loader stores for the same file. */
async function asData(path: string): Promise<string> {
  const parts = splitMdxFile(readFileSync(path, 'utf8'));
  return (await render(parts.source, path, parseFrontmatter(parts.frontmatter))).html;
}

/** Where two renderings part, with some context on each side: a byte-level diff is unreadable in one line. */
function firstDifference(data: string, mdx: string): string {
  let at = 0;
  while (at < data.length && data[at] === mdx[at]) at += 1;
  return `differs at ${at}:\n  as data: ${JSON.stringify(data.slice(Math.max(0, at - 80), at + 120))}\n  as MDX:  ${JSON.stringify(mdx.slice(Math.max(0, at - 80), at + 120))}`;
}

const mdxFiles = (folder: string): string[] =>
  readdirSync(folder, { withFileTypes: true }).flatMap((item) => (item.isDirectory() ? mdxFiles(join(folder, item.name)) : item.name.endsWith('.mdx') ? [join(folder, item.name)] : []));

/** Every real document of the importer's fixtures, imported as `npm run import` would write it. */
async function importedDocuments(): Promise<string[]> {
  const out = resolve('.tmp/unit-fidelity');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const sources = ['tests/fixtures/real/docs', 'tests/fixtures/real/held-out', 'tests/fixtures/real/held-out-2', 'tests/fixtures/real/held-out-3', 'tests/fixtures/importer'].flatMap((folder) => readdirSync(folder).filter((name) => name.endsWith('.txt')).map((name) => join(folder, name)));
  const written: string[] = [];
  for (const source of sources) {
    const name = source.split('/').pop()!;
    const result = importDocument(await readSource(new Uint8Array(readFileSync(source)), name), name, CONTEXT);
    const path = join(out, name.replace(/\.txt$/, '.mdx'));
    writeFileSync(path, result.mdx);
    written.push(path);
  }
  return written;
}

describe('a body rendered as data is the HTML MDX gave', () => {
  it.each([
    ['the shipped document', resolve('content/campaigns/2023/phat-dong-thi-dua-2023.mdx')],
    ['every Markdown, GFM and MDX feature', resolve('tests/unit/markdown/fidelity.mdx')],
    ...mdxFiles(resolve('tests/fixtures/demo/content/campaigns')).map((path) => [`illustrative ${path.split('/').pop()}`, path]),
  ])('%s', async (_, path) => {
    const [data, mdx] = [await asData(path), await asMdxModule(path)];
    expect(data, firstDifference(data, mdx)).toBe(mdx);
  });

  it('every real document the importer reads', { timeout: 60_000 }, async () => {
    const paths = await importedDocuments();
    expect(paths.length).toBeGreaterThanOrEqual(30);
    for (const path of paths) {
      const [data, mdx] = [await asData(path), await asMdxModule(path)];
      expect(data, `${path} ${firstDifference(data, mdx)}`).toBe(mdx);
    }
  });
});

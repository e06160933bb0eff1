import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import type { Root } from 'hast';

/** A built page: its path under the output folder, raw HTML and parsed tree. */
export interface BuiltPage {
  path: string;
  html: string;
  tree: Root;
}

/** Reads and parses one built page ("phong-trao/2023/x/index.html"). */
export function readPage(outDir: string, path: string): BuiltPage {
  const html = readFileSync(join(outDir, path), 'utf8');
  return { path, html, tree: fromHtml(html) };
}

/** Every HTML file under the output folder. */
export function allPages(outDir: string): BuiltPage[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? walk(join(dir, entry.name)) : entry.name.endsWith('.html') ? [join(dir, entry.name)] : [],
    );
  return walk(outDir).map((file) => readPage(outDir, relative(outDir, file)));
}

/** Visible text of the first element matching a selector, whitespace collapsed. */
export function textAt(page: BuiltPage, selector: string): string {
  const node = select(selector, page.tree);
  if (!node) throw new Error(`${page.path}: no element matches ${selector}`);
  return toText(node, { whitespace: 'normal' }).replace(/\s+/g, ' ').trim();
}

export { select, selectAll };

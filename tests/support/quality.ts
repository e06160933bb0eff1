import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { HtmlValidate } from 'html-validate';
import type { Page } from 'playwright-core';
import { selectAll } from './html';
import type { BuiltPage } from './html';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
/** WCAG 2.2 levels A and AA, as axe tags them. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** axe-core's WCAG 2.2 A/AA violations on the page as loaded, one line each: rule, target, help. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return result.violations.flatMap((violation) => violation.nodes.map((node) => `${violation.id} ${node.target.join(' ')}: ${violation.help}`));
  }, WCAG_TAGS);
  return violations;
}

// Astro leaves spaces at line ends where templates break lines between expressions: harmless, so not checked.
const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'no-trailing-whitespace': 'off' } });

/** html-validate errors of a page's HTML, one line each. */
export async function htmlErrors(html: string, name = 'page.html'): Promise<string[]> {
  const report = await validator.validateString(html, name);
  return report.results.flatMap((result) => result.messages.map((message) => `${message.line}:${message.column} ${message.ruleId} ${message.message}`));
}

/** Internal links whose page or anchor does not exist among the built pages (or, for data files and feeds, in `root`). */
export function brokenLinks(pages: BuiltPage[], root?: string): string[] {
  const ids = new Map(pages.map((page) => [page.path, new Set(selectAll('[id]', page.tree).map((node) => String(node.properties.id)))]));
  const broken: string[] = [];
  for (const page of pages) {
    const base = `/${page.path.replace(/index\.html$/, '')}`;
    for (const link of selectAll('a[href]', page.tree)) {
      const href = String(link.properties.href);
      if (/^[a-z]+:/i.test(href)) continue;
      const url = new URL(href, `http://site${base}`);
      const target = url.pathname.endsWith('/') ? `${url.pathname.slice(1)}index.html` : url.pathname.slice(1);
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (!ids.has(target)) {
        if (!(root && !target.endsWith('.html') && existsSync(join(root, decodeURIComponent(target))))) broken.push(`${page.path}: ${href}`);
      }
      else if (anchor && !ids.get(target)?.has(anchor)) broken.push(`${page.path}: ${href} (no #${anchor})`);
    }
  }
  return broken;
}

/** Size in bytes once gzipped, as a host would serve it. */
export function gzipBytes(content: string | Buffer): number {
  return gzipSync(content, { level: 9 }).length;
}

/** Budgets a page must keep (gzip, bytes), from issue 8. */
export const BUDGETS = { documentHtml: 10 * 1024, cssPerPage: 12 * 1024, fontsPerPage: 70 * 1024 };

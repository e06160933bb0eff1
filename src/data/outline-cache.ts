/**
 * Outlines of campaign bodies kept between builds, beside their HTML (src/data/campaign-html.ts)
 * and under the same key: the entry's digest, which names the file's text and the code that reads
 * it (src/lib included). Parsing every body's outline, and finding the citations in it, is seconds
 * of each build of a province's archive although a rebuild changes a few bodies; a kept outline and
 * its citations are read instead. A file that cannot be read is worked out again, and the next
 * build keeps it.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { citationsInOutline, rememberCitations } from '../lib/directives/passages';
import type { Citation } from '../lib/citations';
import { outlineOf, rememberOutline } from '../lib/outline/of-entry';
import type { Outline } from '../lib/outline/types';
import { campaignHtmlPath } from './campaign-html';

/** Where an entry's outline is kept: beside its HTML. */
export function outlinePath(key: string): string {
  return campaignHtmlPath(key).replace(/\.html$/, '.outline.json');
}

/** Where the citations of an entry's outline are kept: beside it. */
export function outlineCitationsPath(key: string): string {
  return campaignHtmlPath(key).replace(/\.html$/, '.citations.json');
}

/** Writes a file whole (under another name first), or not at all: a cache that cannot be written costs the next build the work, nothing else. */
function keep(path: string, value: unknown): void {
  try {
    const partial = `${path}.${process.pid}`;
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(partial, JSON.stringify(value));
    renameSync(partial, path);
  } catch {
    // Left for the next build.
  }
}

/**
 * Reads the kept outline and citations of each entry that has a key (a digest from the campaign
 * loader) and gives them to `outlineOf` and `citationsInOutline`; works out and keeps the others'
 * (`keyOf` gives an entry's key).
 */
export function restoreOutlines<T extends object & { body?: string }>(entries: T[], keyOf: (entry: T) => string | undefined): void {
  for (const entry of entries) {
    const key = keyOf(entry);
    if (!key) continue;
    let outline: Outline;
    try {
      outline = JSON.parse(readFileSync(outlinePath(key), 'utf8')) as Outline;
    } catch {
      // Not kept yet (a new or changed body), or unreadable: parse it now, find its citations, keep both.
      outline = outlineOf(entry);
      keep(outlinePath(key), outline);
      keep(outlineCitationsPath(key), citationsInOutline(outline));
      continue;
    }
    rememberOutline(entry, outline);
    try {
      rememberCitations(outline, JSON.parse(readFileSync(outlineCitationsPath(key), 'utf8')) as Citation[]);
    } catch {
      keep(outlineCitationsPath(key), citationsInOutline(outline));
    }
  }
}

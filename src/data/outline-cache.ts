/**
 * Outlines of campaign bodies kept between builds, beside their HTML (src/data/campaign-html.ts)
 * and under the same key: the entry's digest, which names the file's text and the code that reads
 * it (src/lib included). Parsing every body's outline is seconds of each build of a province's
 * archive although a rebuild changes a few bodies; a kept outline is read instead. A file that
 * cannot be read is parsed again, and the next build keeps it.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { outlineOf, rememberOutline } from '../lib/outline/of-entry';
import type { Outline } from '../lib/outline/types';
import { campaignHtmlPath } from './campaign-html';

/** Where an entry's outline is kept: beside its HTML. */
export function outlinePath(key: string): string {
  return campaignHtmlPath(key).replace(/\.html$/, '.outline.json');
}

/**
 * Reads the kept outline of each entry that has a key (a digest from the campaign loader) and
 * gives it to `outlineOf`; parses and keeps the others' (`keyOf` gives an entry's key).
 */
export function restoreOutlines<T extends object & { body?: string }>(entries: T[], keyOf: (entry: T) => string | undefined): void {
  for (const entry of entries) {
    const key = keyOf(entry);
    if (!key) continue;
    const path = outlinePath(key);
    try {
      rememberOutline(entry, JSON.parse(readFileSync(path, 'utf8')) as Outline);
      continue;
    } catch {
      // Not kept yet (a new or changed body), or unreadable: parse it now and keep it.
    }
    try {
      const partial = `${path}.${process.pid}`;
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(partial, JSON.stringify(outlineOf(entry)));
      renameSync(partial, path);
    } catch {
      // A cache that cannot be written costs the next build the parse, nothing else.
    }
  }
}

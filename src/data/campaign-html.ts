/**
 * The rendered HTML of campaign bodies, kept as files in the cache folder beside Astro's content
 * store rather than inside it: Astro turns the whole store into one JavaScript module that Vite
 * bundles and every page's process holds, so thousands of bodies there cost build time and
 * memory although each page shows one. The campaign loader writes a body's file when its text or
 * the renderer changes; the document's page reads its own.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cacheDir } from './cache-dir';

const FOLDER = 'thi-dua-noi-dung';

/** Where a body's HTML is kept, by the key the loader stored as the entry's digest (the file's and the renderer's). */
export function campaignHtmlPath(key: string, folder = join(cacheDir(), FOLDER)): string {
  return join(folder, `${key}.html`);
}

/** The cache folder the loader writes into, from Astro's configured cache folder. */
export function campaignHtmlFolder(astroCacheDir: string): string {
  return join(astroCacheDir, FOLDER);
}

export function writeCampaignHtml(folder: string, key: string, html: string): void {
  mkdirSync(folder, { recursive: true });
  writeFileSync(campaignHtmlPath(key, folder), html);
}

/** Removes the files (HTML, outline) of bodies no longer in the store (changed or deleted documents). */
export function pruneCampaignHtml(folder: string, keep: Set<string>): void {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  // A body's HTML, its outline and their citations (src/data/outline-cache.ts) and its checks (src/data/body-checks-cache.ts) go together.
  for (const name of names) {
    const key = /^(.+?)\.(html|(?:outline|citations|checks)\.json(\.\d+)?)$/.exec(name)?.[1];
    if (key && !keep.has(key)) rmSync(join(folder, name), { force: true });
  }
}

/** The key of a campaign entry's HTML: the digest the loader stored with it (Astro's entry type leaves it out). */
export function campaignHtmlKey(entry: { id: string }): string | undefined {
  const digest = (entry as { digest?: unknown }).digest;
  return typeof digest === 'string' ? digest : undefined;
}

/** A document's rendered body, for its page: from an entry of the campaigns collection, or its id and key. */
export function campaignHtml(entry: { id: string; digest?: string }): string {
  const key = entry.digest ?? campaignHtmlKey(entry);
  if (!key) throw new Error(`${entry.id}: nội dung văn bản chưa được dựng (no rendered body in the cache); dựng lại trang (build again).`);
  return readFileSync(campaignHtmlPath(key), 'utf8');
}

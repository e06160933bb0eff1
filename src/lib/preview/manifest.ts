import { paths } from '../urls';
import type { Preview, SitePreviews } from './site-previews';

/** A card to draw, and the pages that show it (named in any warning about it). */
export interface ManifestEntry {
  key: string;
  tree: Preview['tree'];
  pages: string[];
}

/** Every distinct card of the site with the pages that show it. */
export function previewManifest(site: { previews: SitePreviews; campaigns: { id: string; url: string }[] }): ManifestEntry[] {
  const pages = new Map<string, string[]>();
  const add = (preview: Preview | undefined, page: string) => preview && pages.set(preview.key, [...(pages.get(preview.key) ?? []), page]);
  for (const page of [paths.campaigns, paths.directives, paths.targets, paths.honours, paths.data]) add(site.previews.site, page);
  add(site.previews.home, paths.home);
  for (const document of site.campaigns) add(site.previews.documents.get(document.id), document.url);
  for (const [year, preview] of site.previews.years) add(preview, paths.year(year));
  for (const [year, preview] of site.previews.boards) add(preview, paths.honourYear(year));
  return site.previews.all.map((preview) => ({ key: preview.key, tree: preview.tree, pages: pages.get(preview.key) ?? [] }));
}

import { basePath } from './publishing/address';

/**
 * The sub-path the site is published under, from the public address THI_DUA_SITE: "/" at the
 * root of a host, "/thi-dua/" on a portal or a git host's Pages. Every path below starts with it.
 */
export const BASE = basePath(globalThis.process?.env?.THI_DUA_SITE);

/** A path inside the site ("/chi-thi/") as published ("/thi-dua/chi-thi/" under a sub-path). */
export const published = (path: string): string => `${BASE}${path.replace(/^\//, '')}`;

/** Site paths, diacritic-free and with a trailing slash, in one place so links never disagree. */
export const paths = {
  home: published('/'),
  campaigns: published('/phong-trao/'),
  year: (year: number) => published(`/phong-trao/${year}/`),
  /** A document's address is its file's path under content/campaigns: "2023/phat-dong-thi-dua-2023", "2023/so-tu-phap/phat-dong-thi-dua-2023". */
  campaign: (id: string) => published(`/phong-trao/${id}/`),
  bodies: published('/don-vi/'),
  directives: published('/chi-thi/'),
  directive: (key: string) => published(`/chi-thi/${key}/`),
  targets: published('/muc-tieu/'),
  /** A province's targets of one year (a single body's site has them all on /muc-tieu/, by year). */
  targetsOfYear: (year: number) => published(`/muc-tieu/${year}/`),
  honours: published('/bang-vang/'),
  honourYear: (year: number) => published(`/bang-vang/${year}/`),
  unit: (id: string) => published(`/don-vi/${id}/`),
  blocs: published('/khoi-thi-dua/'),
  blocYear: (id: string, year: number) => published(`/khoi-thi-dua/${id}/${year}/`),
  data: published('/du-lieu/'),
  dataFile: (name: string, format: 'csv' | 'json') => published(`/du-lieu/${name}.${format}`),
  dataSchema: (name: string) => published(`/du-lieu/schema/${name}.schema.json`),
  search: published('/tim-kiem/'),
  feed: published('/nguon-tin.xml'),
  sitemap: published('/sitemap-index.xml'),
  favicon: published('/favicon.svg'),
} as const;

/**
 * National search: one search page over the indexes of sites built separately (each province's
 * site on its own machine). The national build takes each site's built `pagefind/` folder and
 * publishes it on its own host under `pagefind-<id>/`, so the page never requests another host;
 * Pagefind's `mergeIndex` then searches them together, and each result links to the site it
 * came from (`baseUrl`). Pure functions here; reading the folders is `src/data/national.ts`.
 */
import { searchFacets } from './facets';
import type { SearchFilter, SearchRecord } from './records';

/** The filter a merged search adds to every page: the name of the site that published it. */
export const SITE_FILTER = 'trang';

/** One site merged into the national search, as written in the national configuration file. */
export interface NationalSite {
  /** Lower-case letters, digits and "-": its index is published at `pagefind-<id>/`. */
  id: string;
  /** How readers name the site ("Tỉnh Cao Bằng"): the "Trang công bố" filter's value. */
  name: string;
  /** The site's public address (its THI_DUA_SITE): result links go there. */
  address: string;
  /** The site's built folder (its dist/, or a copy of its pagefind/ and tim-kiem/ folders). */
  dist: string;
}

/** The national configuration (THI_DUA_NATIONAL names its file). */
export interface NationalConfig {
  /** The name of this site's own documents in the "Trang công bố" filter; none: they have no value there. */
  name?: string;
  sites: NationalSite[];
}

/** What the search page needs of a merged index: where it is on this host, where its links go, its name. */
export interface MergedIndex {
  path: string;
  baseUrl: string;
  name: string;
}

/** The filter values a site publishes beside its index (`tim-kiem/bo-loc.json`), for the national page's selects. */
export type PublishedFacets = Partial<Record<SearchFilter, string[]>>;

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Reads and checks the national configuration (the parsed JSON of `file`). Throws one Vietnamese
 * message listing every problem, naming the file and what to write instead.
 */
export function parseNationalConfig(value: unknown, file: string): NationalConfig {
  const problems: string[] = [];
  const config = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) problems.push('tệp phải là một đối tượng JSON { "name": ..., "sites": [...] }');
  if (config.name !== undefined && (typeof config.name !== 'string' || !config.name.trim())) problems.push('"name" (tên trang này trong bộ lọc "Trang công bố") phải là chuỗi không rỗng, hoặc bỏ đi');
  const list = Array.isArray(config.sites) ? config.sites : [];
  if (!Array.isArray(config.sites) || list.length === 0) problems.push('"sites" phải là danh sách (ít nhất một trang) các { "id", "name", "address", "dist" }');
  const seen = new Set<string>();
  const sites: NationalSite[] = [];
  list.forEach((entry, index) => {
    const site = (typeof entry === 'object' && entry !== null ? entry : {}) as Record<string, unknown>;
    const where = `sites[${index}]`;
    const { id, name, address, dist } = site;
    if (typeof id !== 'string' || !ID.test(id)) problems.push(`${where}.id: cần mã chỉ gồm chữ thường không dấu, số và "-" (ví dụ "cao-bang"), thấy ${JSON.stringify(id)}`);
    else if (seen.has(id)) problems.push(`${where}.id: "${id}" đã dùng cho một trang khác`);
    else seen.add(id);
    if (typeof name !== 'string' || !name.trim()) problems.push(`${where}.name: cần tên trang, ví dụ "Tỉnh Cao Bằng"`);
    let normalized: string | undefined;
    try {
      normalized = siteAddress(address);
    } catch (error) {
      problems.push(`${where}.address: ${(error as Error).message}`);
    }
    if (typeof dist !== 'string' || !dist.trim()) problems.push(`${where}.dist: cần đường dẫn tới thư mục đã dựng của trang (dist/ của trang đó)`);
    if (typeof id === 'string' && typeof name === 'string' && normalized && typeof dist === 'string') sites.push({ id, name: name.trim(), address: normalized, dist });
  });
  if (problems.length) throw new Error(`Cấu hình tìm kiếm toàn quốc ${file} chưa đúng:\n  - ${problems.join('\n  - ')}`);
  return { ...(typeof config.name === 'string' ? { name: config.name.trim() } : {}), sites };
}

/** A site's public address, checked and with a trailing slash. */
export function siteAddress(value: unknown): string {
  let url: URL;
  try {
    url = new URL(String(value));
  } catch {
    throw new Error(`cần địa chỉ công khai đầy đủ của trang, ví dụ "https://thidua.caobang.gov.vn/", thấy ${JSON.stringify(value)}`);
  }
  if (!/^https?:$/.test(url.protocol) || url.search || url.hash) throw new Error(`cần địa chỉ http(s) không có "?" hay "#", thấy ${JSON.stringify(value)}`);
  return `${url.origin}${url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`}`;
}

/** Where a merged site's index is published on the national host (`base` is the national site's sub-path). */
export function mergedIndexPath(base: string, id: string): string {
  return `${base.endsWith('/') ? base : `${base}/`}pagefind-${id}/`;
}

/**
 * What the search page is given for each merged site. The indexed addresses already carry the
 * site's sub-path ("/thi-dua/phong-trao/..."), so Pagefind's `baseUrl` is the origin alone.
 */
export function mergedIndexes(config: NationalConfig, base: string): MergedIndex[] {
  return config.sites.map((site) => ({ path: mergedIndexPath(base, site.id), baseUrl: `${new URL(site.address).origin}/`, name: site.name }));
}

/** The merged site a result address belongs to (an absolute address on its host), if any. */
export function siteOfUrl(url: string, indexes: MergedIndex[]): MergedIndex | undefined {
  return indexes.find((index) => url.startsWith(index.baseUrl));
}

/**
 * The "d" spellings of every site in one list: for each "d" key, the spellings of every list in
 * order (this site's first), each once.
 */
export function mergeDWords(lists: Record<string, string[]>[]): Record<string, string[]> {
  const merged = new Map<string, string[]>();
  for (const list of lists) {
    for (const [key, spellings] of Object.entries(list)) {
      if (!Array.isArray(spellings)) continue;
      const known = merged.get(key) ?? [];
      merged.set(key, [...known, ...spellings.filter((spelling) => typeof spelling === 'string' && !known.includes(spelling))]);
    }
  }
  return Object.fromEntries([...merged].sort(([a], [b]) => a.localeCompare(b)));
}

/** The filter values a site publishes for others to merge: every value of every filter its records carry. */
export function publishedFacets(records: SearchRecord[]): PublishedFacets {
  return Object.fromEntries(searchFacets(records).map((facet) => [facet.key, facet.values]));
}

/**
 * The selects of a national search page: this site's values and every merged site's, sorted as a
 * single site's are, then "Trang công bố" with each site's name.
 */
export function nationalFacets(
  own: SearchRecord[],
  merged: PublishedFacets[],
  config: NationalConfig,
  siteLabel: string,
): { key: string; label: string; values: string[] }[] {
  const asRecords = merged.map((filters): SearchRecord => ({ url: '', title: '', sections: [], filters, sort: {} }));
  const sites = [...(config.name ? [config.name] : []), ...config.sites.map((site) => site.name)];
  return [...searchFacets([...own, ...asRecords]), { key: SITE_FILTER, label: siteLabel, values: [...new Set(sites)] }];
}

/**
 * Why a folder cannot be merged, in Vietnamese, or null when it can: its `pagefind-entry.json`
 * must be a Pagefind index written by the same Pagefind version as this site's (the search page
 * loads every index with this site's Pagefind, and the index format changes between versions).
 */
export function indexProblem(entry: unknown, expectedVersion: string, folder: string): string | null {
  const version = typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>).version : undefined;
  const languages = typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>).languages : undefined;
  if (typeof version !== 'string' || typeof languages !== 'object' || languages === null) {
    return `${folder} không phải chỉ mục tìm kiếm Pagefind (pagefind-entry.json không đọc được). Hãy trỏ "dist" tới thư mục đã dựng của trang đó (có pagefind/ và tim-kiem/).`;
  }
  if (version !== expectedVersion) {
    return (
      `Chỉ mục tìm kiếm ${folder} được dựng bằng Pagefind ${version}, còn trang này dùng Pagefind ${expectedVersion}: ` +
      'các chỉ mục chỉ tìm chung được khi cùng phiên bản. Hãy dựng lại trang đó bằng cùng phiên bản thi-dua (npm ci && npm run build), rồi dựng lại trang toàn quốc.'
    );
  }
  return null;
}

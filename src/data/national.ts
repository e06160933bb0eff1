import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { indexProblem, parseNationalConfig } from '../lib/search/national';
import type { NationalConfig, NationalSite, PublishedFacets } from '../lib/search/national';

/** The environment variable naming the national configuration file (see README, "Search across provinces"). */
export const NATIONAL_ENV = 'THI_DUA_NATIONAL';
/** Beside each site's index: the "d" spellings and the filter values it publishes. */
export const SITE_D_WORDS = 'tim-kiem/tu-d.json';
export const SITE_FACETS = 'tim-kiem/bo-loc.json';

/** A merged site with what was read from its built folder. */
export interface LoadedSite {
  site: NationalSite;
  /** Its `pagefind/` folder. */
  pagefind: string;
  /** Its `pagefind-entry.json` (the Pagefind version that wrote it). */
  entry: { version: string };
  dWords: Record<string, string[]>;
  facets: PublishedFacets;
}

export interface National {
  file: string;
  config: NationalConfig;
  sites: LoadedSite[];
}

function readJson(file: string, what: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new Error(`Không đọc được ${what}: ${file}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`${what} không phải JSON hợp lệ: ${file} (${(error as Error).message})`);
  }
}

/**
 * The site's built folder as given: its dist/ (holding pagefind/ and tim-kiem/), or its
 * pagefind/ folder itself with tim-kiem/ beside it.
 */
function siteFolders(dist: string): { pagefind: string; root: string } {
  if (existsSync(join(dist, 'pagefind-entry.json'))) return { pagefind: dist, root: dirname(dist) };
  return { pagefind: join(dist, 'pagefind'), root: dist };
}

/**
 * Reads the national configuration named by THI_DUA_NATIONAL, or returns null when it is not
 * set (a single site, as always). Every site's folder must hold a Pagefind index and the files
 * its build publishes beside it; otherwise the build stops with a Vietnamese message naming the
 * site and the folder. With `pagefindVersion`, each index must also be of that version.
 */
export function loadNational(file = process.env[NATIONAL_ENV], pagefindVersion?: string): National | null {
  if (file === undefined || file.trim() === '') return null;
  const path = resolve(file);
  const config = parseNationalConfig(readJson(path, `tệp cấu hình tìm kiếm toàn quốc (${NATIONAL_ENV})`), file);
  const sites = config.sites.map((site): LoadedSite => {
    const dist = resolve(dirname(path), site.dist);
    const named = `"${site.id}" (${dist})`;
    if (!existsSync(dist)) throw new Error(`Trang ${named}: không có thư mục này. Sửa "dist" trong ${file}.`);
    const folders = siteFolders(dist);
    const entryFile = join(folders.pagefind, 'pagefind-entry.json');
    const entry = existsSync(entryFile) ? (() => { try { return JSON.parse(readFileSync(entryFile, 'utf8')) as unknown; } catch { return undefined; } })() : undefined;
    const problem = indexProblem(entry, pagefindVersion ?? (entry as { version?: string } | undefined)?.version ?? '', `của trang ${named}`);
    if (problem) throw new Error(problem);
    const beside = (name: string, what: string) => {
      const at = join(folders.root, name);
      if (!existsSync(at)) throw new Error(`Trang ${named}: thiếu ${name} (${what}) bên cạnh pagefind/. Trang đó cần được dựng bằng thi-dua có tìm kiếm toàn quốc; chép cả thư mục pagefind/ và tim-kiem/ của nó.`);
      return readJson(at, `${name} của trang ${named}`);
    };
    return {
      site,
      pagefind: folders.pagefind,
      entry: entry as { version: string },
      dWords: beside(SITE_D_WORDS, 'các cách viết "d" của từ có "đ"') as Record<string, string[]>,
      facets: beside(SITE_FACETS, 'các giá trị bộ lọc') as PublishedFacets,
    };
  });
  return { file, config, sites };
}

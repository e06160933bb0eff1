/**
 * What the content check (`npm run check`, and `npm run build` before Astro starts) found in each
 * file, kept between runs in the cache folder: the YAML reading of each file and the one-body
 * rules of each campaign document (src/lib/content/memo.ts). A province's archive has 5,000
 * documents; reading their frontmatter and checking their bodies took about 20 s on every build,
 * although an edit changes one file. Each value is kept under a digest of the site's code (src/,
 * the config, the lock file) and of everything the caller names (the file's path, text, line
 * offset); a value JSON cannot hold exactly (a date object, an infinite number) is never kept.
 * Values no run asked for are dropped when the run saves.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContentFiles } from '../lib/content/check-files';
import { noMemo, type Memo } from '../lib/content/memo';
import { RULES } from '../lib/content/rules';
import { codeDigest } from '../integrations/page-cache';
import { cacheDir } from './cache-dir';

/** The cache file, in the cache folder. */
export const CHECK_CACHE_FILE = 'thi-dua-kiem-tra.json';

export interface CheckCache {
  memo: Memo;
  /**
   * Writes the values used in this run (only when something changed) and, with `prune` false,
   * keeps the others too (a reader of the YAML alone must not drop the bodies' checks). A cache
   * that cannot be written costs the next run time, nothing else.
   */
  save(prune?: boolean): void;
  /** Values found kept, and computed, in this run. */
  readonly hits: number;
  readonly misses: number;
}

/** JSON of a value when parsing it gives the same value back; undefined otherwise. */
function exactJson(value: unknown): string | undefined {
  let exact = true;
  const json = JSON.stringify(value, function (this: Record<string, unknown>, key, item: unknown) {
    const raw = this[key];
    if (raw instanceof Date || raw instanceof Map || raw instanceof Set || (typeof raw === 'number' && !Number.isFinite(raw)) || (Array.isArray(this) && raw === undefined)) exact = false;
    return item;
  });
  return exact ? json : undefined;
}

/**
 * Opens the check cache of `folder` for code whose digest is `code`. `readOnly`: kept values are
 * used, new ones neither gathered nor written (a reader running beside a build, whose memory
 * counts, leaves keeping to the check).
 */
export function openCheckCache(folder: string, code: string, readOnly = false): CheckCache {
  const file = join(folder, CHECK_CACHE_FILE);
  let kept: Record<string, string> = {};
  try {
    const read = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    if (read && typeof read === 'object' && !Array.isArray(read)) kept = read as Record<string, string>;
  } catch {
    // Nothing kept yet, or unreadable: every value is computed and kept anew.
  }
  const used: Record<string, string> = {};
  let hits = 0;
  let misses = 0;
  const memo: Memo = (parts, compute) => {
    const key = createHash('sha256').update(code).update(parts.map((part) => `\0${part.length}\0${part}`).join('')).digest('hex');
    const json = kept[key];
    if (typeof json === 'string') {
      try {
        const value = JSON.parse(json) as ReturnType<typeof compute>;
        if (!readOnly) used[key] = json;
        hits += 1;
        return value;
      } catch {
        // A damaged value: computed again below.
      }
    }
    misses += 1;
    const value = compute();
    if (readOnly) return value;
    const exact = exactJson(value);
    if (exact !== undefined) used[key] = exact;
    return value;
  };
  return {
    memo,
    save(prune = true) {
      if (readOnly || misses === 0 && (!prune || Object.keys(used).length === Object.keys(kept).length)) return;
      try {
        mkdirSync(folder, { recursive: true });
        const partial = `${file}.${process.pid}`;
        writeFileSync(partial, JSON.stringify(prune ? used : { ...kept, ...used }));
        renameSync(partial, file);
      } catch {
        // Read-only or full disk: the next run checks every file again.
      }
    },
    get hits() {
      return hits;
    },
    get misses() {
      return misses;
    },
  };
}

/** The project this file belongs to: its code is what the kept values were computed by. */
const PROJECT = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');

/** Keeps nothing: when the code cannot be digested, every value is computed. */
const NOTHING_KEPT: CheckCache = { memo: noMemo, save() {}, hits: 0, misses: 0 };

/** The check cache of this project's code, in Astro's cache folder (./cache-dir.ts). */
export function projectCheckCache(readOnly = false): CheckCache {
  try {
    return openCheckCache(cacheDir(), codeDigest(PROJECT, 'content check'), readOnly);
  } catch {
    return NOTHING_KEPT;
  }
}

/** The content check of `root` with what earlier runs found kept. */
export async function checkContentKept(root: string, cwd = process.cwd()): ReturnType<typeof checkContentFiles> {
  const cache = projectCheckCache();
  const result = await checkContentFiles(root, RULES, cwd, cache.memo);
  cache.save();
  return result;
}

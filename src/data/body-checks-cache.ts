/**
 * The problems the one-body rules (src/lib/content/campaign-rules.ts) found in each campaign file,
 * kept between builds beside its HTML and outline (./campaign-html.ts, ./outline-cache.ts) under
 * the same key: the entry's digest, which names the file's text and the code that reads it
 * (src/lib included). Checking 5,000 bodies is seconds of every build of a province's archive,
 * while a rebuild changes a few; a body whose text, path and rules are unchanged has the same
 * problems. Kept with the file's path (a moved file is checked again: its year folder counts) and
 * the digest of the site's code (src/data too, which turns body lines into file lines).
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { ContentEntry, ContentProblem } from '../lib/content/types';
import { campaignHtmlPath } from './campaign-html';

/** Where an entry's checks are kept: beside its HTML. */
export function bodyChecksPath(key: string): string {
  return campaignHtmlPath(key).replace(/\.html$/, '.checks.json');
}

interface KeptChecks {
  filePath: string;
  code: string;
  problems: ContentProblem[];
}

/**
 * The rule context's `keptBodyProblems` for a build: an entry with a key (`keyOf`, the loader's
 * digest) whose kept checks name the same file and `code` (the digest of the site's code) has
 * their problems; the others are checked by `check` and their problems kept. Nothing is kept
 * for an entry without a key, nor without `code` (outside `astro build`).
 */
export function keptBodyProblems<T extends ContentEntry<unknown>>(keyOf: (entry: T) => string | undefined, code: string | undefined) {
  return (entry: T, check: () => ContentProblem[]): ContentProblem[] => {
    const key = keyOf(entry);
    if (!key || !code) return check();
    const path = bodyChecksPath(key);
    try {
      const kept = JSON.parse(readFileSync(path, 'utf8')) as KeptChecks;
      if (kept.filePath === entry.filePath && kept.code === code && Array.isArray(kept.problems)) return kept.problems;
    } catch {
      // Not kept yet (a new or changed body), or unreadable: check it now and keep the result.
    }
    const problems = check();
    try {
      const partial = `${path}.${process.pid}`;
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(partial, JSON.stringify({ filePath: entry.filePath, code, problems } satisfies KeptChecks));
      renameSync(partial, path);
    } catch {
      // A cache that cannot be written costs the next build the check, nothing else.
    }
    return problems;
  };
}

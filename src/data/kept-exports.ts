/**
 * Open-data exports kept between builds, as pages are (src/data/page-cache.ts). A province's six
 * exports are 160 MB at 5,000 documents; made again they cost a rebuild seconds of writing,
 * copying and digesting, although most edits (a word in a document's body, a bloc's ranking)
 * change no row of them, and an edit that does changes one or two of them.
 *
 * An export file's key is a digest of its address, its rows and the site's code: the rows are what
 * the CSV and the JSON are made from (the columns are code). When an earlier build made a file of
 * the same key, its bytes are the file: the route leaves it out and the page cache's integration
 * writes it (src/integrations/page-cache.ts). The JSON's `generated` time is the time a build first
 * made those rows (src/data/exports.ts), so the kept file says the same as a new one would.
 */
import { createHash } from 'node:crypto';
import { pageCacheState, restoreKept } from './page-cache-state';
import { exportRows } from './exports';
import { getSite } from './site';
import { paths } from '../lib/urls';
import { EXPORTS } from '../schemas/exports';
import type { ExportName } from '../schemas/exports';

type Format = 'csv' | 'json';

/** Each rows array's digest, worked out once: the CSV and the JSON of an export share their rows. */
const digests = new WeakMap<object, string>();

/** A digest of the rows' JSON, a row at a time (one string of 100 MB would cost more to make than to digest). */
function rowsDigest(rows: Record<string, unknown>[]): string {
  let digest = digests.get(rows);
  if (!digest) {
    const hash = createHash('sha256');
    for (const row of rows) hash.update(`${JSON.stringify(row)}\n`);
    digests.set(rows, (digest = hash.digest('hex')));
  }
  return digest;
}

/** The key an export file is kept under: a digest of the code, its address and its rows, with the file's extension. */
export function exportKey(codeKey: string, name: ExportName, format: Format, rows: Record<string, unknown>[]): string {
  const digest = createHash('sha256').update(`${codeKey}\0${paths.dataFile(name, format)}\0${rowsDigest(rows)}`).digest('hex');
  return `${digest.slice(0, 32)}.${format}`;
}

/** The site's public address the exports' links are made absolute with (what the routes are given as `site`). */
function origin(): URL | undefined {
  return import.meta.env.SITE ? new URL(import.meta.env.SITE) : undefined;
}

/**
 * The exports of a format the route must make, as its getStaticPaths returns them: an export whose
 * kept file has the key its rows give now is left out, and written from the kept file. Outside a
 * build (the dev server), or with nothing kept, every export.
 */
export async function exportsToMake(format: Format): Promise<{ params: { file: ExportName } }[]> {
  const names = Object.keys(EXPORTS) as ExportName[];
  const state = pageCacheState();
  if (!state || state.kept.size === 0) return names.map((file) => ({ params: { file } }));
  const site = await getSite();
  return names.flatMap((file) => (restoreKept(state, paths.dataFile(file, format), exportKey(state.codeKey, file, format, exportRows(site, origin(), file))) ? [] : [{ params: { file } }]));
}

/** Marks an export file made in this build to be kept for the next one, under the key of its rows. */
export function keepMadeExport(name: ExportName, format: Format, rows: Record<string, unknown>[]): void {
  const state = pageCacheState();
  if (state) state.fresh.set(paths.dataFile(name, format), exportKey(state.codeKey, name, format, rows));
}

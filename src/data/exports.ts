import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zodToJsonSchema } from 'zod-to-json-schema';
import { z } from 'astro/zod';
import { campaignRows, citationRows, contentRows, directiveRows, honourRows, targetRows } from '../lib/exports/rows';
import type { ExportSource } from '../lib/exports/rows';
import { paths } from '../lib/urls';
import { bodyOf } from '../lib/province/bodies';
import { EXPORTS } from '../schemas/exports';
import type { ExportName } from '../schemas/exports';
import type { Site } from './site-model';
import { cacheDir } from './cache-dir';

/** When this build started making the exports. */
const BUILD_TIME = new Date().toISOString();

/** Each build's rows by export and address: the JSON, the CSV and the index of an export share them. */
const computed = new WeakMap<Site, Map<string, Record<string, unknown>[]>>();

/** The rows of one export, from the site model (worked out once per build). */
export function exportRows(site: Site, origin: URL | undefined, name: ExportName): Record<string, unknown>[] {
  let byName = computed.get(site);
  if (!byName) computed.set(site, (byName = new Map()));
  const key = `${name}\0${origin?.href ?? ''}`;
  let rows = byName.get(key);
  if (!rows) byName.set(key, (rows = EXPORT_ROWS[name](exportSource(site, origin))));
  return rows;
}

const EXPORT_ROWS: Record<ExportName, (source: ExportSource) => Record<string, unknown>[]> = {
  'phong-trao': campaignRows,
  'noi-dung': contentRows,
  'muc-tieu': targetRows,
  'chi-thi': directiveRows,
  'dan-chieu': citationRows,
  'bang-vang': honourRows,
};

/** What the export rows are made from. */
function exportSource(site: Site, origin: URL | undefined): ExportSource {
  const unitData = new Map([...site.units].map(([id, unit]) => [id, unit.data]));
  const blocNames = new Map(site.blocs.map((bloc) => [bloc.id, bloc.data.name]));
  const base = origin ?? new URL('http://localhost/');
  return {
    campaigns: site.campaigns,
    directives: site.directives,
    boards: site.boards,
    unitName: (id) => site.units.get(id)?.data.name ?? id,
    bodyOf: (id) => bodyOf(id, unitData),
    blocName: (id) => blocNames.get(id) ?? id,
    blocOf: (body, year) => {
      const bloc = site.membership.blocOf(body, year);
      return bloc && { id: bloc.id, name: bloc.name };
    },
    absolute: (path) => new URL(path, base).href,
  };
}

/** The columns of an export's CSV: its row schema's fields, in order. */
export function exportColumns(name: ExportName): string[] {
  return Object.keys(EXPORTS[name].schema.shape);
}

/** The JSON document of an export: when its content was made, schema link and rows. */
export function exportDocument(name: ExportName, rows: Record<string, unknown>[], generated = BUILD_TIME) {
  return { generated, schema: paths.dataSchema(name), count: rows.length, rows };
}

/** Stands for `generated` until the rest of the file is known. */
const PENDING = '0000-00-00T00:00:00.000Z';

/**
 * An export's JSON file. `generated` is when a build first wrote this content: a build whose rows
 * are the same as the last one's (most rebuilds of a province's archive change no export, or a
 * few) writes the same bytes. Users comparing downloads see a change only when the data changed,
 * and the gzip copy of tens of MB is not made again. The time is kept per export, with a digest
 * of the file, in the cache folder; without it (a first build, an unreadable record) it is now.
 */
export function exportJson(name: ExportName, rows: Record<string, unknown>[], now = BUILD_TIME, folder = join(cacheDir(), 'thi-dua-du-lieu')): Buffer<ArrayBuffer> {
  const text = JSON.stringify(exportDocument(name, rows, PENDING), null, 1);
  const digest = createHash('sha256').update(text).digest('hex');
  const record = join(folder, `${name}.json`);
  let generated = now;
  try {
    const kept = JSON.parse(readFileSync(record, 'utf8')) as { digest?: unknown; generated?: unknown };
    if (kept.digest === digest && typeof kept.generated === 'string' && !Number.isNaN(Date.parse(kept.generated))) generated = kept.generated;
  } catch {
    // No record yet, or unreadable: this build's time.
  }
  if (generated === now) {
    try {
      mkdirSync(folder, { recursive: true });
      writeFileSync(`${record}.${process.pid}`, JSON.stringify({ digest, generated }));
      renameSync(`${record}.${process.pid}`, record);
    } catch {
      // Not kept: the next build says its own time.
    }
  }
  // The first field of the file: no row comes before it.
  return Buffer.from(text.replace(JSON.stringify(PENDING), JSON.stringify(generated)));
}

/** The JSON Schema published for an export file. */
export function exportJsonSchema(name: ExportName): object {
  const file = z.object({ generated: z.string().datetime().describe('Thời điểm dữ liệu này (đúng như tệp hiện nay) được dựng lần đầu'), schema: z.string(), count: z.number().int(), rows: z.array(EXPORTS[name].schema) });
  return { ...zodToJsonSchema(file, { name, $refStrategy: 'none' }), title: EXPORTS[name].label };
}

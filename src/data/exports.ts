import { zodToJsonSchema } from 'zod-to-json-schema';
import { z } from 'astro/zod';
import { campaignRows, citationRows, contentRows, directiveRows, honourRows, targetRows } from '../lib/exports/rows';
import type { ExportSource } from '../lib/exports/rows';
import { paths } from '../lib/urls';
import { bodyOf } from '../lib/province/bodies';
import { EXPORTS } from '../schemas/exports';
import type { ExportName } from '../schemas/exports';
import type { Site } from './site';

/** When this build made the exports: every file says it. */
const GENERATED = new Date().toISOString();

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

/** The JSON document of an export: build date, schema link and rows. */
export function exportDocument(name: ExportName, rows: Record<string, unknown>[]) {
  return { generated: GENERATED, schema: paths.dataSchema(name), count: rows.length, rows };
}

/** The JSON Schema published for an export file. */
export function exportJsonSchema(name: ExportName): object {
  const file = z.object({ generated: z.string().datetime(), schema: z.string(), count: z.number().int(), rows: z.array(EXPORTS[name].schema) });
  return { ...zodToJsonSchema(file, { name, $refStrategy: 'none' }), title: EXPORTS[name].label };
}

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

/** The rows of every export, from the site model. */
export function exportRows(site: Site, origin: URL | undefined): Record<ExportName, Record<string, unknown>[]> {
  const unitData = new Map([...site.units].map(([id, unit]) => [id, unit.data]));
  const source: ExportSource = {
    campaigns: site.campaigns,
    directives: site.directives,
    boards: site.boards,
    unitName: (id) => site.units.get(id)?.data.name ?? id,
    bodyOf: (id) => bodyOf(id, unitData),
    blocName: (id) => site.blocs.find((bloc) => bloc.id === id)?.data.name ?? id,
    blocOf: (body, year) => {
      const bloc = site.membership.blocOf(body, year);
      return bloc && { id: bloc.id, name: bloc.name };
    },
    absolute: (path) => new URL(path, origin ?? 'http://localhost/').href,
  };
  return {
    'phong-trao': campaignRows(source),
    'noi-dung': contentRows(source),
    'muc-tieu': targetRows(source),
    'chi-thi': directiveRows(source),
    'dan-chieu': citationRows(source),
    'bang-vang': honourRows(source),
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

import type { APIRoute } from 'astro';
import { exportColumns, exportRows } from '../../data/exports';
import { getSite } from '../../data/site';
import { toCsv } from '../../lib/exports/csv';
import { exportsToMake, keepMadeExport } from '../../data/kept-exports';
import type { ExportName } from '../../schemas/exports';

/** Every export; in a rebuild, those whose rows changed (src/data/kept-exports.ts). */
export const getStaticPaths = () => exportsToMake('csv');

/** An export as CSV for spreadsheets (UTF-8 with BOM). */
export const GET: APIRoute = async ({ params, site }) => {
  const name = params.file as ExportName;
  const rows = exportRows(await getSite(), site, name);
  keepMadeExport(name, 'csv', rows);
  // As bytes: a string body of megabytes is checked character by character on its way out.
  return new Response(Buffer.from(toCsv(exportColumns(name), rows)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};

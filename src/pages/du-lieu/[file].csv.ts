import type { APIRoute } from 'astro';
import { exportColumns, exportRows } from '../../data/exports';
import { getSite } from '../../data/site';
import { toCsv } from '../../lib/exports/csv';
import { EXPORTS } from '../../schemas/exports';
import type { ExportName } from '../../schemas/exports';

export function getStaticPaths() {
  return Object.keys(EXPORTS).map((file) => ({ params: { file } }));
}

/** An export as CSV for spreadsheets (UTF-8 with BOM). */
export const GET: APIRoute = async ({ params, site }) => {
  const name = params.file as ExportName;
  // As bytes: a string body of megabytes is checked character by character on its way out.
  return new Response(Buffer.from(toCsv(exportColumns(name), exportRows(await getSite(), site, name))), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};

import type { APIRoute } from 'astro';
import { exportJson, exportRows } from '../../data/exports';
import { getSite } from '../../data/site';
import { exportsToMake, keepMadeExport } from '../../data/kept-exports';
import type { ExportName } from '../../schemas/exports';

/** Every export; in a rebuild, those whose rows changed (src/data/kept-exports.ts). */
export const getStaticPaths = () => exportsToMake('json');

/** An export as JSON. */
export const GET: APIRoute = async ({ params, site }) => {
  const name = params.file as ExportName;
  const rows = exportRows(await getSite(), site, name);
  keepMadeExport(name, 'json', rows);
  // As bytes: a string body of megabytes is checked character by character on its way out.
  return new Response(exportJson(name, rows), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};

import type { APIRoute } from 'astro';
import { exportJson, exportRows } from '../../data/exports';
import { getSite } from '../../data/site';
import { EXPORTS } from '../../schemas/exports';
import type { ExportName } from '../../schemas/exports';

export function getStaticPaths() {
  return Object.keys(EXPORTS).map((file) => ({ params: { file } }));
}

/** An export as JSON. */
export const GET: APIRoute = async ({ params, site }) => {
  const name = params.file as ExportName;
  const rows = exportRows(await getSite(), site, name);
  // As bytes: a string body of megabytes is checked character by character on its way out.
  return new Response(exportJson(name, rows), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};

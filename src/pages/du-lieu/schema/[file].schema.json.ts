import type { APIRoute } from 'astro';
import { exportJsonSchema } from '../../../data/exports';
import { EXPORTS } from '../../../schemas/exports';
import type { ExportName } from '../../../schemas/exports';

export function getStaticPaths() {
  return Object.keys(EXPORTS).map((file) => ({ params: { file } }));
}

/** The JSON Schema of an export file. */
export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(exportJsonSchema(params.file as ExportName), null, 1), { headers: { 'Content-Type': 'application/schema+json' } });

import type { APIRoute } from 'astro';
import { getSite } from '../../data/site';
import { previewManifest } from '../../lib/preview/manifest';

/** The cards the pages show, for the preview integration to draw; it removes this file once they are drawn. */
export const GET: APIRoute = async () => new Response(JSON.stringify(previewManifest(await getSite())));

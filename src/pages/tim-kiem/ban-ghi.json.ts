import type { APIRoute } from 'astro';
import { getSite } from '../../data/site';
import { siteSearchRecords } from '../../data/search';

/** The records the Pagefind integration indexes; it removes this file once the index is written. */
export const GET: APIRoute = async () => new Response(JSON.stringify(siteSearchRecords(await getSite())));

import type { APIRoute } from 'astro';
import { getSite } from '../../data/site';
import { siteSearchRecords } from '../../data/search';
import { publishedFacets } from '../../lib/search/national';

/**
 * The values of every search filter on this site's documents, published beside its index so a
 * national site merging the index can offer them in its selects (see README, "Search across provinces").
 */
export const GET: APIRoute = async () => new Response(JSON.stringify(publishedFacets(siteSearchRecords(await getSite()))));

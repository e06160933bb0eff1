import type { APIRoute } from 'astro';
import { paths } from '../lib/urls';

/** Everything may be crawled; the sitemap lists every page. */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(paths.sitemap, site).href}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

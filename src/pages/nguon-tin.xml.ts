import type { APIRoute } from 'astro';
import { getSite } from '../data/site';
import { t } from '../i18n/t';
import { documentDate, documentTitle } from '../lib/campaigns/document';
import { atomDate, atomXml } from '../lib/feed/atom';
import { paths } from '../lib/urls';

/** Atom feed of the campaign documents and the honour boards, newest first. */
export const GET: APIRoute = async ({ site: origin }) => {
  const site = await getSite();
  const url = (path: string) => new URL(path, origin).href;
  const owner = (site.current?.data.issuer && site.units.get(site.current.data.issuer)?.data.name) || t('site.name');
  const xml = atomXml({
    id: url(paths.home),
    title: `${t('site.name')} — ${owner}`,
    subtitle: t('site.description'),
    link: url(paths.home),
    self: url(paths.feed),
    author: owner,
    entries: [
      ...site.campaigns.map((document) => ({
        id: url(document.url),
        title: documentTitle(document.data),
        updated: atomDate(documentDate(document.data)),
        link: url(document.url),
        summary: document.data.theme ? `Chủ đề: “${document.data.theme}”` : undefined,
      })),
      ...site.boards.map((board) => ({
        id: url(paths.honourYear(board.year)),
        title: t('honours.year', { year: board.year }),
        updated: atomDate([...board.decisions].sort((a, b) => b.issued.localeCompare(a.issued))[0]?.issued ?? String(board.year)),
        link: url(paths.honourYear(board.year)),
        summary: t('honours.count', { count: board.rowCount, decisions: board.decisions.length }),
      })),
    ],
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};

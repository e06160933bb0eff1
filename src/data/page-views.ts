/**
 * What the kept pages of a document, a body and a year's honour board show (src/data/page-cache.ts), worked out in one
 * place: the page passes it to `reusedPage`, and its route's getStaticPaths to `pathsToRender` to
 * leave out the pages a rebuild need not render. The two must agree, or a page is rendered (never
 * left stale): a different view only means a different key.
 */
import type { CampaignDocument } from '../lib/campaigns/document';
import { t } from '../i18n/t';
import { boardDescription, type HonourBoard } from '../lib/honours/board';
import { paths } from '../lib/urls';
import { directivesCitedBy } from '../lib/campaigns/related';
import { directiveSummary } from '../lib/directives/register';
import { unitHistory } from '../lib/honours/history';
import { bodyYears, issuedBy, unitsUnder } from '../lib/province/body-view';
import { blocYearView } from '../lib/blocs/view';
import { bodyOf } from '../lib/province/bodies';
import type { Site } from './site-model';

/** A campaign document's page: the document, its body's HTML key, its issuer, the directives it cites, its links. */
export function documentPageView(site: Site, document: CampaignDocument, htmlKey: string | undefined) {
  const issuer = document.data.issuer ? site.units.get(document.data.issuer)?.data : undefined;
  const parent = issuer?.parent ? site.units.get(issuer.parent)?.data : undefined;
  const cited = directivesCitedBy(document, site.directives).map(directiveSummary);
  const hasHonours = site.honours.some((honour) => honour.data.year === document.year);
  const preview = site.previews.documents.get(document.id);
  const targetsOfYear = site.targetsOfYear(document.year);
  return { document, htmlKey, issuer, parent, cited, hasHonours, preview, targetsOfYear };
}

/** A body's (or a division's) page: its documents year by year, its honours, its divisions, its blocs. */
export function unitPageView(site: Site, id: string) {
  const unit = site.units.get(id);
  const parent = unit?.data.parent ? site.units.get(unit.data.parent) : undefined;
  const history = unitHistory(id, site.boards);
  const children = unitsUnder(id, site.units);
  const years = bodyYears(id, site.campaigns, site.membership.of(id));
  const launches = issuedBy(id, site.campaigns).filter((document) => !document.data.bloc && document.data.role === 'launch' && document.targets.length > 0);
  return { id, unit, parent, history, children, years, launches, province: site.province };
}

/** A year's honour board: the board, its description, the link to the year's documents (or the launch document) and targets. */
export function boardPageView(site: Site, board: HonourBoard) {
  // A single body's board links its launch document; a province's, the year's documents of every body.
  const campaign = site.province
    ? site.years.includes(board.year)
      ? { url: paths.year(board.year), label: t('province.documentsOfYear', { year: board.year }) }
      : undefined
    : site.campaigns.filter((document) => document.year === board.year && document.data.role === 'launch').map((document) => ({ url: document.url, label: t('honours.campaign', { year: board.year }) }))[0];
  return { board, description: boardDescription(board), campaign, targets: site.targetsOfYear(board.year), preview: site.previews.boards.get(board.year) };
}

/**
 * A page a route of the page cache renders: Astro's params, its address, and its props and view
 * (worked out when asked: most pages of a rebuild are kept, and need neither). The route's
 * getStaticPaths hands these to `pathsToRender` (src/data/page-cache.ts); the build works out which
 * are kept when it starts (src/integrations/site-model.ts), from the same lists.
 */
export interface CachedPage<P = Record<string, unknown>> {
  params: Record<string, string>;
  address: string;
  props: () => P;
  view: () => unknown;
}

/** A value worked out once, when first asked. */
function once<T>(make: () => T): () => T {
  let value: { made: T } | undefined;
  return () => (value ??= { made: make() }).made;
}

/** The document pages (src/pages/phong-trao/[year]/[...slug].astro). */
export function documentPages(site: Site): CachedPage<{ document: CampaignDocument; htmlKey: string | undefined }>[] {
  return site.campaigns.map((document) => {
    const htmlKey = site.htmlKeyOf(document.id);
    return {
      params: { year: String(document.year), slug: document.id.split('/').slice(1).join('/') },
      address: document.url,
      props: () => ({ document, htmlKey }),
      view: () => documentPageView(site, document, htmlKey),
    };
  });
}

/** The body pages (src/pages/don-vi/[id].astro). */
export function unitPages(site: Site): CachedPage<{ id: string }>[] {
  return [...site.units.values()].map((unit) => ({ params: { id: unit.id }, address: paths.unit(unit.id), props: () => ({ id: unit.id }), view: () => unitPageView(site, unit.id) }));
}

/** The honour boards of each year (src/pages/bang-vang/[year].astro). */
export function boardPages(site: Site): CachedPage<{ board: HonourBoard }>[] {
  return site.boards.map((board) => ({ params: { year: String(board.year) }, address: paths.honourYear(board.year), props: () => ({ board }), view: () => boardPageView(site, board) }));
}

/** A bloc's year pages (src/pages/khoi-thi-dua/[bloc]/[year].astro): the page is drawn from its props, so they are its view. */
export function blocYearPages(site: Site) {
  const name = (id: string) => site.units.get(id)?.data.name ?? id;
  const units = new Map([...site.units].map(([id, unit]) => [id, unit.data]));
  const sources = { boards: site.boards, bodyOf: (id: string) => bodyOf(id, units) };
  return site.blocs.flatMap((bloc) =>
    bloc.data.years.map((entry) => {
      const props = once(() => ({ id: bloc.id, name: bloc.data.name, shortName: bloc.data.shortName, view: blocYearView(bloc.data, entry.year, site.campaigns, name, sources) }));
      return { params: { bloc: bloc.id, year: String(entry.year) }, address: paths.blocYear(bloc.id, entry.year), props, view: props };
    }),
  );
}

/** Every page the page cache may keep. */
export function cachedPages(site: Site): CachedPage<unknown>[] {
  return [...documentPages(site), ...unitPages(site), ...boardPages(site), ...blocYearPages(site)];
}

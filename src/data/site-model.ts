import type { BlocData } from '../schemas/bloc';
import { hasYamlFiles } from './content-root';
import { readFileSync } from 'node:fs';
import { currentDocument, sortCampaigns, toCampaignDocument } from '../lib/campaigns/document';
import type { CampaignDocument } from '../lib/campaigns/document';
import { formatProblems, lineOfField } from '../lib/content/format';
import { runRules } from '../lib/content/rules';
import { boardFactsFor } from '../lib/content/target-results';
import { targetResult } from '../lib/targets/results';
import { buildHonourBoards } from '../lib/honours/board';
import type { HonourBoard } from '../lib/honours/board';
import { sitePreviews, type SitePreviews } from '../lib/preview/site-previews';
import { previewSite } from './preview-site';
import type { ContentEntry, ContentProblem, ContentSet } from '../lib/content/types';
import { buildDirectiveRegister } from '../lib/directives/register';
import type { Directive } from '../lib/directives/register';
import type { HonourYearData } from '../schemas/honour';
import type { CampaignData } from '../schemas/campaign';
import type { DirectiveData } from '../schemas/directive';
import type { TitleData } from '../schemas/title';
import type { UnitData } from '../schemas/unit';
import { isProvinceArchive } from '../lib/province/archive';
import { targetYears } from '../lib/province/targets';
import { paths } from '../lib/urls';
import { membershipIndex, type MembershipIndex } from '../lib/province/membership';
import { campaignHtmlKey } from './campaign-html';
import { restoreOutlines } from './outline-cache';
import { keptBodyProblems } from './body-checks-cache';

/**
 * The site model: everything the pages render, derived once per build from content/. Free of
 * Astro's virtual modules: a build makes it from the synced content store as soon as it starts
 * (src/integrations/site-model.ts), before Vite bundles the pages.
 */
export interface Site {
  campaigns: CampaignDocument[];
  /** The newest year's launch document: what the home page shows. */
  current: CampaignDocument | undefined;
  years: number[];
  directives: Directive[];
  units: Map<string, ContentEntry<UnitData>>;
  titles: ContentEntry<TitleData>[];
  honours: ContentEntry<HonourYearData>[];
  /** Honour boards, newest year first. */
  boards: HonourBoard[];
  /** Each page's link-preview card (drawn by src/integrations/previews). */
  previews: SitePreviews;
  /** Set when the content is the illustrative set (`npm run demo`): every page says so. */
  illustrative: boolean;
  /** Emulation blocs (content/blocs), none for a single body's site. */
  blocs: ContentEntry<BlocData>[];
  /** Which bloc each body was in, year by year. */
  membership: MembershipIndex;
  /**
   * A province's archive (blocs, or documents of more than one body): the home page shows the
   * year across bodies and blocs, the navigation lists bodies and blocs. A single body's site
   * (the shipped content) looks as it always has.
   */
  province: boolean;
  /** Where a year's targets are: a province's /muc-tieu/<year>/, a single body's /muc-tieu/#nam-<year>; none for a year without targets. */
  targetsOfYear: (year: number) => string | undefined;
  /** The key of a campaign document's rendered body in the cache (./campaign-html.ts), by the document's id. */
  htmlKeyOf: (id: string) => string | undefined;
}

/** A content error that fails the build with the report an editor can act on. */
export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(formatProblems(problems));
    this.name = 'ContentError';
  }
}

/** An entry as Astro's content layer gives it (getCollection), or as the worker reads it from the synced store. */
export interface StoredEntry<T> {
  id: string;
  filePath?: string;
  data: T;
  body?: string;
  digest?: string;
}

/** Each collection's data, as its schema gives it (src/content.config.ts). */
export interface CollectionData {
  campaigns: CampaignData;
  directives: DirectiveData;
  honours: HonourYearData;
  units: UnitData;
  titles: TitleData;
  blocs: BlocData;
}

/** Reads one collection's entries: Astro's getCollection in the build, the synced store on the search index's thread. */
export type ReadCollection = <N extends keyof CollectionData>(name: N) => Promise<StoredEntry<CollectionData[N]>[]>;

/** What the model takes from the build besides content: the public address and the code's digest (for kept body checks). */
export interface SiteModelOptions {
  /** The site's public address (Astro's `site`), for preview cards. */
  siteUrl: string | undefined;
  /** The page cache's digest of the code, when there is one (src/integrations/page-cache.ts). */
  codeKey: string | undefined;
}

async function loadContent(getCollection: ReadCollection): Promise<{ content: ContentSet; htmlKeys: Map<string, string | undefined> }> {
  const entry = <T>(item: { id: string; filePath?: string; data: T; body?: string }): ContentEntry<T> => ({
    id: item.id,
    filePath: item.filePath ?? item.id,
    data: item.data,
    body: item.body,
  });
  const [campaigns, directives, honours, units, titles, blocs] = await Promise.all([
    getCollection('campaigns'),
    getCollection('directives'),
    // Asked only when there is something to read: Astro warns about an empty collection.
    hasYamlFiles('honours') ? getCollection('honours') : Promise.resolve([]),
    getCollection('units'),
    getCollection('titles'),
    hasYamlFiles('blocs') ? getCollection('blocs') : Promise.resolve([]),
  ]);
  // In id order: the store keeps entries in the order they were loaded, and a rebuild loads an
  // edited file after the others; pages, exports and the index must not depend on which build it is.
  const inOrder = <T extends { id: string }>(items: T[]): T[] => [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const campaignEntries = inOrder(campaigns).map(entry);
  const keys = new Map(campaigns.map((item) => [item.id, campaignHtmlKey(item)]));
  restoreOutlines(campaignEntries, (item) => keys.get(item.id));
  const content = {
    campaigns: campaignEntries,
    directives: inOrder(directives).map(entry),
    honours: inOrder(honours).map(entry),
    units: inOrder(units).map(entry),
    titles: titles.map((title) => ({ ...entry(title), filePath: title.filePath ?? 'content/titles.yaml' })),
    blocs: inOrder(blocs).map(entry),
  };
  return { content, htmlKeys: keys };
}

/** Points each problem at its line, reading the file only when a problem names it. */
function locate(problems: ContentProblem[]): ContentProblem[] {
  return problems.map((problem) => {
    if (problem.line) return problem;
    try {
      return { ...problem, line: lineOfField(readFileSync(problem.file, 'utf8'), problem.field) };
    } catch {
      return problem;
    }
  });
}

/** Lines before an MDX body (its frontmatter), so body lines can be reported as file lines. */
function bodyLineOffset(filePath: string, body: string): number {
  try {
    const raw = readFileSync(filePath, 'utf8');
    const probe = body.trim().slice(0, 80);
    const inRaw = raw.indexOf(probe);
    const inBody = body.indexOf(probe);
    if (!probe || inRaw < 0) return 0;
    const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length;
    return lineAt(raw, inRaw) - lineAt(body, inBody);
  } catch {
    return 0;
  }
}

/** The site model from content read by `read`: every page of a build renders from it. Throws ContentError with the editor's report when the content breaks a rule. */
export async function buildSite(read: ReadCollection, options: SiteModelOptions): Promise<Site> {
  const { content, htmlKeys } = await loadContent(read);
  const campaigns = sortCampaigns(content.campaigns.map(toCampaignDocument));
  const bodies = new Map(content.campaigns.map((entry) => [entry.filePath, entry.body ?? '']));
  const problems = await runRules(content, {
    bodyLineOffset: (filePath) => bodyLineOffset(filePath, bodies.get(filePath) ?? ''),
    keptBodyProblems: keptBodyProblems((entry) => htmlKeys.get(entry.id), options.codeKey),
  });
  if (problems.length) throw new ContentError(locate(problems));

  const boards = buildHonourBoards(content.honours, content.titles, content.units);
  const documentById = new Map(campaigns.map((campaign) => [campaign.id, campaign]));
  for (const entry of content.campaigns) {
    const document = documentById.get(entry.id);
    if (!document) continue;
    const facts = boardFactsFor(entry, boards, content);
    document.targets = document.targets.map((target) => ({ ...target, result: targetResult(target.annotation, facts.get(target.item.number)) }));
  }
  const years = [...new Set(campaigns.map((campaign) => campaign.year))].sort((a, b) => b - a);
  const current = currentDocument(campaigns);
  const units = new Map(content.units.map((unit) => [unit.id, unit]));
  const province = isProvinceArchive(content);
  const targetYearSet = new Set(targetYears(campaigns));
  return {
    campaigns,
    current,
    years,
    directives: buildDirectiveRegister(campaigns, content.directives),
    units,
    titles: [...content.titles].sort((a, b) => a.data.rank - b.data.rank),
    honours: [...content.honours].sort((a, b) => b.data.year - a.data.year),
    boards,
    previews: sitePreviews(previewSite(options.siteUrl), campaigns, units, boards),
    illustrative: process.env.THI_DUA_ILLUSTRATIVE === '1',
    blocs: content.blocs,
    membership: membershipIndex(content.blocs),
    province,
    targetsOfYear: (year) => (!targetYearSet.has(year) ? undefined : province ? paths.targetsOfYear(year) : `${paths.targets}#nam-${year}`),
    htmlKeyOf: (id) => htmlKeys.get(id),
  };
}

/** What the layout (src/layouts/Base.astro) shows from the model: part of every kept page's key (src/data/page-cache.ts). */
export function layoutFacts(site: Site) {
  return { illustrative: site.illustrative, siteImage: site.previews.site, province: site.province, hasBlocs: site.blocs.length > 0 };
}

const BUILT = Symbol.for('thi-dua.site-model');

type MakeSite = () => Promise<Site | undefined>;

/**
 * The model the build makes from its synced content (src/integrations/site-model.ts), shared with
 * the pages' bundle of this process (made when first asked, if not yet); undefined outside a
 * build, or resolved so when the content could not be read (the pages then read it through Astro).
 */
export function builtSite(): Promise<Site | undefined> | undefined {
  return (globalThis as Record<symbol, MakeSite | undefined>)[BUILT]?.();
}

/** Sets how the build makes its model (once, however often it is asked). */
export function setBuiltSite(make: MakeSite | undefined): void {
  (globalThis as Record<symbol, MakeSite | undefined>)[BUILT] = make;
}

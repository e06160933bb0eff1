/**
 * Which preview card each page shows: one per campaign (year and theme), shared by every document
 * of that campaign and by the year's honour board; one for the rest of the site. Each card is named by a
 * hash of what it draws, so equal cards are one file and a changed card is a new one.
 */
import { createHash } from 'node:crypto';
import type { CampaignData } from '../../schemas/campaign';
import type { UnitData } from '../../schemas/unit';
import { currentDocument, slugOf, sortCampaigns } from '../campaigns/document';
import type { ContentSet } from '../content/types';
import { buildHonourBoards, type HonourBoard } from '../honours/board';
import { boardCard, campaignCard, siteCard, type CardSite, type PreviewCard } from './card';
import { cardTree, PREVIEW_RENDERER, PREVIEW_SIZE, type PreviewNode } from './layout';

/** Where the images are published. */
export const PREVIEW_FOLDER = 'xem-truoc';

/** A card ready to publish: its file name (key), address, element tree and text alternative. */
export interface Preview {
  key: string;
  /** Site-relative address: "/xem-truoc/<key>.png". */
  path: string;
  tree: PreviewNode;
  alt: string;
}

/** Every page's card. */
export interface SitePreviews {
  /** Pages about the whole site: lists, search, open data. */
  site: Preview;
  /** The home page: the current campaign's card, or the site's when there is none. */
  home: Preview;
  /** By document id. */
  documents: Map<string, Preview>;
  /** The year page's card: the card of that year's (first) launch document. */
  years: Map<number, Preview>;
  boards: Map<number, Preview>;
  /** Each distinct card once. */
  all: Preview[];
}

/** A campaign document as the cards need it: what the site model and content from disk both have. */
export interface PreviewDocument {
  id: string;
  slug: string;
  year: number;
  data: Pick<CampaignData, 'role' | 'theme' | 'issuer'>;
}

/** The hash a card's file is named by: what draws it, its size and its element tree. */
export function previewKey(tree: PreviewNode): string {
  return createHash('sha256').update(`${PREVIEW_RENDERER}\n${PREVIEW_SIZE.width}x${PREVIEW_SIZE.height}\n${JSON.stringify(tree)}`).digest('hex').slice(0, 20);
}

/** The theme a document campaigns under: its own, else its body's launch document's that year. */
function themeOf(document: PreviewDocument, documents: PreviewDocument[]): string | undefined {
  if (document.data.theme) return document.data.theme;
  return documents.find((other) => other.data.role === 'launch' && other.year === document.year && other.data.issuer === document.data.issuer)?.data.theme;
}

/**
 * Works out every page's card from the site's documents (newest year first, launch documents
 * first, as sortCampaigns orders them), its units and its boards. The cards name the publishing
 * body when all documents are one body's.
 */
export function sitePreviews(site: CardSite, documents: PreviewDocument[], units: Map<string, { data: UnitData }>, boards: HonourBoard[]): SitePreviews {
  const issuers = [...new Set(documents.map((document) => document.data.issuer))];
  const only = issuers.length === 1 ? issuers[0] : null;
  const publisher = only ? (units.get(only)?.data.name ?? only) : undefined;
  const withPublisher: CardSite = publisher ? { ...site, publisher } : site;

  const byKey = new Map<string, Preview>();
  const once = (card: PreviewCard): Preview => {
    const tree = cardTree(card);
    const key = previewKey(tree);
    const known = byKey.get(key) ?? { key, path: `/${PREVIEW_FOLDER}/${key}.png`, tree, alt: card.alt };
    byKey.set(key, known);
    return known;
  };

  const documentPreviews = new Map(documents.map((document) => [document.id, once(campaignCard(withPublisher, { year: document.year, theme: themeOf(document, documents) }))]));
  const firstOfYear = (year: number) => documents.find((document) => document.year === year && document.data.role === 'launch') ?? documents.find((document) => document.year === year);
  const years = new Map<number, Preview>();
  for (const document of documents) {
    const first = firstOfYear(document.year);
    if (first && !years.has(document.year)) years.set(document.year, documentPreviews.get(first.id) as Preview);
  }
  // A board is part of its year's campaign and shows the campaign's card (its page's
  // description gives the counts); only a board with no campaign that year gets a card of its own.
  const boardPreviews = new Map<number, Preview>();
  for (const board of boards) {
    const campaign = firstOfYear(board.year);
    boardPreviews.set(board.year, (campaign && documentPreviews.get(campaign.id)) ?? once(boardCard(withPublisher, board)));
  }
  const sitePreview = once(siteCard(withPublisher));
  const current = currentDocument(documents);
  const home = (current && documentPreviews.get(current.id)) ?? sitePreview;
  return { site: sitePreview, home, documents: documentPreviews, years, boards: boardPreviews, all: [...byKey.values()] };
}

/**
 * The same cards worked out from content read from disk (src/lib/content/load-files), before
 * Astro builds the pages, so they can be drawn while it does: frontmatter only, no bodies parsed.
 */
export function previewsOfContent(site: CardSite, content: ContentSet): SitePreviews {
  const documents = sortCampaigns(content.campaigns.map((entry) => ({ id: entry.id, slug: slugOf(entry.id), year: entry.data.year, data: entry.data })));
  const units = new Map(content.units.map((unit) => [unit.id, unit]));
  return sitePreviews(site, documents, units, buildHonourBoards(content.honours, content.titles, content.units));
}

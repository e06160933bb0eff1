/**
 * Link-preview cards (the picture chat apps and social networks show for a shared link): what
 * each card says, worked out from the site's content. Drawing is in ./layout and ./render.
 */
import { t } from '../../i18n/t';
import { boardDescription, boardTitleCounts, type HonourBoard } from '../honours/board';

/** What one preview card shows, top to bottom. */
export interface PreviewCard {
  /** The publishing body (or, for a site of several bodies, the site's name) in capitals, as a header block prints it. */
  eyebrow: string;
  /** "Phong trào thi đua năm 2023", "Bảng vàng năm 2022". */
  title: string;
  /** The theme in quotes, or the site's description; cut to fit. */
  lead?: string;
  /** Short lines under the lead: a board's titles with their counts. */
  lines: string[];
  /** Bottom left: the site's name; bottom right: its host. */
  footer: { name: string; host: string };
  /** The same information as text, for og:image:alt and screen readers. */
  alt: string;
}

/** The longest lead a card prints before it is cut at a word with "…" (four lines at the lead's size). */
export const LEAD_LIMIT = 190;
/** The longest body name a card prints on its one line. */
export const EYEBROW_LIMIT = 60;
/** Board cards list at most this many titles. */
export const BOARD_LINES = 3;
/** The longest line of a board card's list (one line at its size). */
const BOARD_LINE_LIMIT = 64;

/** Cuts text to at most `limit` characters at a word boundary, ending with "…"; short text is unchanged. */
export function fitText(text: string, limit: number): string {
  const clean = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (clean.length <= limit) return clean;
  const cut = clean.slice(0, limit);
  const space = cut.lastIndexOf(' ');
  return `${(space > limit / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}

/** Capitals the Vietnamese way ("ban dân tộc" → "BAN DÂN TỘC"). */
const capitals = (text: string) => fitText(text, EYEBROW_LIMIT).toLocaleUpperCase('vi');

const quoted = (theme: string, limit = LEAD_LIMIT) => `“${fitText(theme, limit - 2)}”`;

/** Who and where every card names, from the site's settings and content. */
export interface CardSite {
  name: string;
  description: string;
  /** The public host, "thi-dua.example.vn". */
  host: string;
  /** The body publishing the site, when every document is its own ("Ban Dân tộc tỉnh Cao Bằng"). */
  publisher?: string;
}

/** The line above the title: the publishing body, else the site's name. */
const eyebrowOf = (site: CardSite) => capitals(site.publisher ?? site.name);
/** Who the text alternative names. */
const byline = (site: CardSite) => (site.publisher ? ` — ${site.publisher}` : '');

/**
 * The card of a year's campaign: its year and theme, under the publishing body. It does not name
 * a document, so every document of a campaign shares one image.
 */
export function campaignCard(site: CardSite, campaign: { year: number; theme?: string }): PreviewCard {
  const title = t('home.current', { year: campaign.year });
  return {
    eyebrow: eyebrowOf(site),
    title,
    lead: campaign.theme ? quoted(campaign.theme) : undefined,
    lines: [],
    footer: { name: site.name, host: site.host },
    alt: [`${title}${byline(site)}.`, campaign.theme ? `${t('preview.theme')}: “${campaign.theme.trim()}”.` : ''].filter(Boolean).join(' '),
  };
}

/**
 * The card of an honour board whose year has no campaign document (a year with one shows that
 * campaign's card): year, how many rows under how many decisions, the highest titles.
 */
export function boardCard(site: CardSite, board: HonourBoard): PreviewCard {
  const titles = boardTitleCounts(board);
  const shown = titles.slice(0, BOARD_LINES).map(({ name, count }) => fitText(`${count} ${name}`, BOARD_LINE_LIMIT));
  const more = titles.length - shown.length;
  return {
    eyebrow: eyebrowOf(site),
    title: t('honours.year', { year: board.year }),
    lines: [t('honours.count', { count: board.rowCount, decisions: board.decisions.length }).replace(/\.$/, ''), ...shown, ...(more > 0 ? [t('preview.moreTitles', { count: more })] : [])],
    footer: { name: site.name, host: site.host },
    alt: `${t('honours.year', { year: board.year })}${byline(site)}: ${boardDescription(board)}`,
  };
}

/** The card of every other page: the body publishing, the site's name and what it publishes. */
export function siteCard(site: CardSite): PreviewCard {
  return {
    eyebrow: capitals(site.publisher ?? site.host),
    title: site.name,
    lead: fitText(site.description, LEAD_LIMIT),
    lines: [],
    footer: { name: site.name, host: site.host },
    alt: `${site.name}: ${site.description}`,
  };
}

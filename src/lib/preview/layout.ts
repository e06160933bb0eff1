/**
 * A preview card laid out for satori: a plain, serialisable element tree (it crosses to the
 * drawing worker as a message), in the site's colours and its self-hosted typeface.
 */
import type { PreviewCard } from './card';

/** The size chat apps and social networks (Zalo, Facebook, X) expect for a large preview. */
export const PREVIEW_SIZE = { width: 1200, height: 630 } as const;

/**
 * One family name per font subset: satori falls back from family to family for a missing
 * character, never between files of one family, so with a single name every "ộ", "ằ", "đ"
 * would go missing. src/integrations/previews/fonts.ts loads the files under these names.
 */
export const PREVIEW_FAMILIES = ['Be Vietnam Pro latin', 'Be Vietnam Pro latin-ext', 'Be Vietnam Pro vietnamese'] as const;

/**
 * What draws the cards, part of every image's key: change it when satori, resvg or the font
 * package changes version (a unit test compares it with the installed packages), so no
 * cached image from an older renderer is reused.
 */
export const PREVIEW_RENDERER = 'satori@0.63.2 resvg-js@2.6.2 be-vietnam-pro@5.3.0';

/** An element as satori reads it (the shape of a React element, without React). */
export interface PreviewNode {
  type: 'div';
  props: { style: Record<string, string | number>; children?: PreviewNode[] | string };
}

const COLOURS = { paper: '#fffdf8', brand: '#9b1c1c', gold: '#b7791f', ink: '#1f2328', muted: '#4f5862' } as const;

const node = (style: PreviewNode['props']['style'], children?: PreviewNode[] | string): PreviewNode => ({
  type: 'div',
  props: children === undefined ? { style } : { style, children },
});

/**
 * A block of text. Never clipped on its own: a box around one line cuts off stacked marks
 * ("Ằ" lost its grave that way); ./card cuts text to fit instead.
 */
const text = (value: string, style: PreviewNode['props']['style']): PreviewNode => node({ display: 'block', ...style }, value);

/** Smaller type for long leads, so four lines hold what ./card lets through. */
const leadSize = (lead: string): number => (lead.length > 120 ? 36 : 42);

/** A bar of colour: drawn as a box, not a border (satori draws borders with clip paths, slow to paint). */
const bar = (colour: string, height: number, margin = '0'): PreviewNode => node({ display: 'flex', height, margin, background: colour });

/**
 * The card's element tree: body name, title, lead, summary lines, and the site's name and host.
 * Nothing on it clips: clip paths and masks make a card slower to paint, and ./card cuts text
 * to fit (the glyph test checks that the content stays inside its box).
 */
export function cardTree(card: PreviewCard): PreviewNode {
  const hasLines = card.lines.length > 0;
  return node(
    {
      width: '100%',
      height: '100%',
      display: 'flex',
      flexDirection: 'column',
      background: COLOURS.paper,
      color: COLOURS.ink,
      fontFamily: PREVIEW_FAMILIES.join(', '),
    },
    [
      bar(COLOURS.brand, 20),
      node({ display: 'flex', flexDirection: 'column', flexGrow: 1, padding: '52px 72px 0' }, [
        text(card.eyebrow, { fontSize: 28, fontWeight: 600, color: COLOURS.brand, letterSpacing: 1 }),
        text(card.title, { marginTop: 22, fontSize: 62, fontWeight: 600, lineHeight: 1.15 }),
        ...(card.lead ? [text(card.lead, { marginTop: 26, fontSize: leadSize(card.lead), lineHeight: 1.35, color: COLOURS.ink })] : []),
        ...(hasLines
          ? [
              node(
                { display: 'flex', flexDirection: 'column', marginTop: 24, fontSize: 28, lineHeight: 1.4, color: COLOURS.muted },
                card.lines.map((line, index) => text(index === 0 ? line : `• ${line}`, index === 0 ? { fontWeight: 600, color: COLOURS.ink } : {})),
              ),
            ]
          : []),
      ]),
      bar(COLOURS.gold, 4, '0 72px'),
      node({ display: 'flex', justifyContent: 'space-between', margin: '0 72px', padding: '18px 0 34px', fontSize: 26, color: COLOURS.muted }, [
        node({ display: 'flex', fontWeight: 600, color: COLOURS.brand }, card.footer.name),
        node({ display: 'flex' }, card.footer.host),
      ]),
    ],
  );
}

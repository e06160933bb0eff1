/**
 * Glyph checks on a drawn preview card, three ways a Vietnamese card goes wrong:
 * - a character the fonts have no glyph for (satori reports it);
 * - a mark cut off by a box: the card drawn as it is and drawn with no box clipping anything
 *   must be the same picture ("Ằ" lost its grave to a one-line box this way); and the text
 *   must stay in its area: drawn with that area clipping, the card must not change either;
 * - a mark not drawn: every accented letter, in its word and in the style it has on the card,
 *   must look different from the same word with the letter lacking one of its marks ("Ằ"
 *   against "Ă" and "À", "đ" against "d").
 */
import { Resvg } from '@resvg/resvg-js';
import { drawSvg, type PreviewFont } from '../../src/lib/preview/render';
import { PREVIEW_SIZE, type PreviewNode } from '../../src/lib/preview/layout';

type Style = PreviewNode['props']['style'];

/** Letters whose mark is not a combining character in NFD. */
const STROKED: Record<string, string> = { đ: 'd', Đ: 'D' };
/** Styles a text inherits from the boxes around it. */
const INHERITED = ['fontFamily', 'fontSize', 'fontWeight', 'lineHeight', 'letterSpacing', 'color'];

/** Each way to take one mark off a letter: "ằ" → ["ă", "à"]; "đ" → ["d"]; "a" → []. */
export function withOneMarkLess(letter: string): string[] {
  if (STROKED[letter]) return [STROKED[letter]];
  const [base, ...marks] = [...letter.normalize('NFD')];
  return marks.map((_, skip) => [base, ...marks.filter((__, index) => index !== skip)].join('').normalize('NFC'));
}

/** Every text of the tree with the style it is drawn in (its own over what it inherits). */
export function textsOf(tree: PreviewNode, inherited: Style = {}): { text: string; style: Style }[] {
  const own = Object.fromEntries(Object.entries(tree.props.style).filter(([key]) => INHERITED.includes(key)));
  const style = { ...inherited, ...own };
  const children = tree.props.children;
  if (typeof children === 'string') return [{ text: children, style }];
  return (children ?? []).flatMap((child) => textsOf(child, style));
}

/** The tree with no box clipping its content. */
export function unclipped(tree: PreviewNode): PreviewNode {
  const style = Object.fromEntries(Object.entries(tree.props.style).filter(([key]) => key !== 'overflow' && key !== 'lineClamp'));
  const children = tree.props.children;
  return { ...tree, props: { ...tree.props, style, ...(Array.isArray(children) ? { children: children.map(unclipped) } : {}) } };
}

/** The tree with its content area (the box that grows to fill the card) clipping what spills out of it. */
export function contentClipped(tree: PreviewNode): PreviewNode {
  const style = tree.props.style.flexGrow === 1 ? { ...tree.props.style, overflow: 'hidden' } : tree.props.style;
  const children = tree.props.children;
  return { ...tree, props: { ...tree.props, style, ...(Array.isArray(children) ? { children: children.map(contentClipped) } : {}) } };
}

async function pixels(tree: PreviewNode, fonts: PreviewFont[], size: { width: number; height: number }): Promise<Uint8Array> {
  const { svg } = await drawSvg(tree, fonts, size);
  return new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render().pixels;
}

/** How many pixels differ visibly. */
function differing(a: Uint8Array, b: Uint8Array): number {
  let count = 0;
  for (let i = 0; i < a.length; i += 4) {
    if (Math.abs(a[i] - b[i]) + Math.abs(a[i + 1] - b[i + 1]) + Math.abs(a[i + 2] - b[i + 2]) >= 48) count += 1;
  }
  return count;
}

/** A word alone, in the style it has on the card. */
function wordTree(word: string, style: Style): PreviewNode {
  return { type: 'div', props: { style: { width: '100%', height: '100%', display: 'flex', padding: 40, background: '#ffffff', color: '#000000', ...style }, children: [{ type: 'div', props: { style: { display: 'block' }, children: word } }] } };
}

/** One failed check: which letter (or the whole card), in what text, and what went wrong. */
export interface GlyphProblem {
  letter?: string;
  text: string;
  problem: string;
}

/** The smallest visible difference a mark makes at card sizes (a dot below "ạ" at 26 px is about 15 pixels). */
const MARK_PIXELS = 6;

/** Runs the three checks; an empty list of problems means every mark is drawn, and drawn whole. */
export async function checkGlyphs(tree: PreviewNode, fonts: PreviewFont[]): Promise<{ checked: string[]; problems: GlyphProblem[] }> {
  const problems: GlyphProblem[] = [];
  const texts = textsOf(tree);
  const { missing } = await drawSvg(tree, fonts, PREVIEW_SIZE);
  for (const segment of missing) problems.push({ text: segment, problem: 'no glyph in the preview fonts' });

  const card = await pixels(tree, fonts, PREVIEW_SIZE);
  const all = texts.map(({ text }) => text).join(' / ');
  const clipped = differing(card, await pixels(unclipped(tree), fonts, PREVIEW_SIZE));
  if (clipped) problems.push({ text: all, problem: `${clipped} pixels are cut off by a box` });
  const spilled = differing(card, await pixels(contentClipped(tree), fonts, PREVIEW_SIZE));
  if (spilled) problems.push({ text: all, problem: `${spilled} pixels spill out of the content area` });

  const checked: string[] = [];
  const size = { width: PREVIEW_SIZE.width, height: 200 };
  const letters = [...new Set(texts.map(({ text }) => text).join('').normalize('NFC'))].filter((letter) => withOneMarkLess(letter).length > 0);
  for (const letter of letters) {
    const { text, style } = texts.find((candidate) => candidate.text.includes(letter)) ?? texts[0];
    const word = text.split(/\s+/).find((candidate) => candidate.includes(letter)) ?? letter;
    const drawn = await pixels(wordTree(word, style), fonts, size);
    for (const without of withOneMarkLess(letter)) {
      checked.push(`${letter}≠${without}`);
      const changed = differing(drawn, await pixels(wordTree(word.replace(letter, without), style), fonts, size));
      if (changed < MARK_PIXELS) problems.push({ letter, text, problem: `"${word}" is drawn the same as "${word.replace(letter, without)}": a mark of ${letter} is missing` });
    }
  }
  return { checked, problems };
}

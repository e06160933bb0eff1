/**
 * Draws a preview card: satori lays the element tree out and turns its text into outlines from
 * our own fonts, resvg paints the SVG and encodes the PNG. All of it runs in the calling thread:
 * the drawing workers run at low priority, and an encoder on Node's shared thread pool (sharp,
 * measured) took that pool's threads from the build's own file writes.
 */
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import type { PreviewNode } from './layout';

/** A font file satori reads (TTF, OTF or WOFF; not WOFF2). */
export interface PreviewFont {
  name: string;
  data: Buffer;
  weight: 400 | 600;
  style: 'normal';
}

/**
 * The card as SVG, and any text the fonts have no glyph for (satori asks for more fonts only
 * then). Pass the same `fonts` array on every call: satori keeps its parsed fonts per array.
 */
export async function drawSvg(tree: PreviewNode, fonts: PreviewFont[], size: { width: number; height: number }): Promise<{ svg: string; missing: string[] }> {
  const missing: string[] = [];
  const svg = await satori(tree as unknown as Parameters<typeof satori>[0], {
    ...size,
    fonts,
    loadAdditionalAsset: async (_code, segment) => {
      missing.push(segment);
      return [];
    },
  });
  return { svg, missing: [...new Set(missing)] };
}

/** The card as PNG. */
export async function drawPng(tree: PreviewNode, fonts: PreviewFont[], size: { width: number; height: number }): Promise<{ png: Buffer; missing: string[] }> {
  const { svg, missing } = await drawSvg(tree, fonts, size);
  // The text is already outlines: no system font is needed, and looking for them costs time.
  const png = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render().asPng();
  return { png, missing };
}

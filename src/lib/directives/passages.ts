import { extractCitations } from '../citations';
import type { Citation } from '../citations';
import type { Outline } from '../outline/types';

/** A citable passage of a campaign body: the preamble, a numbered item or a section paragraph. */
export interface BodyPassage {
  /** Anchor of the item, or null for text without one (preamble, closing paragraph). */
  anchor: string | null;
  /** How a reader names it: "Nội dung 1", "Mục tiêu 3", "Phần mở đầu". */
  label: string;
  /** Its number or numeral as printed ("3", "II"), empty for the preamble. */
  mark: string;
  text: string;
  /** Offset of the passage in the joined plain text. */
  offset: number;
}

const ROLE_LABEL = { contents: 'Nội dung', targets: 'Mục tiêu', other: 'Mục' } as const;

/**
 * The body as plain text, passage after passage, so citations are found once over the whole
 * document (short forms resolve to earlier full ones) and each maps back to its passage.
 */
export function joinPassages(outline: Outline): { text: string; passages: BodyPassage[] } {
  const passages: BodyPassage[] = [];
  let text = '';
  const add = (anchor: string | null, label: string, passageText: string, mark = '') => {
    if (text) text += '\n\n';
    passages.push({ anchor, label, mark, text: passageText, offset: text.length });
    text += passageText;
  };
  for (const paragraph of outline.preamble) add(null, 'Phần mở đầu', paragraph.text);
  for (const section of outline.sections) {
    for (const item of section.items) add(item.anchor, `${ROLE_LABEL[section.role]} ${item.number}`, item.text, String(item.number));
    for (const paragraph of section.paragraphs) add(section.anchor, `Phần ${section.numeral}`, paragraph.text, section.numeral);
  }
  return { text, passages };
}

/** The passage holding an offset of the joined text. */
export function passageAt(passages: BodyPassage[], offset: number): BodyPassage | undefined {
  let found: BodyPassage | undefined;
  for (const passage of passages) {
    if (passage.offset > offset) break;
    found = passage;
  }
  return found;
}

/** The sentence of a passage around an offset within it: what a register shows as the citing text. */
export function sentenceAround(text: string, offset: number): string {
  const boundaries = [...text.matchAll(/[.;!?](?=\s+["“(]?[A-ZÀ-ỸĐ0-9])/gu)].map((match) => (match.index ?? 0) + 1);
  const start = boundaries.filter((boundary) => boundary <= offset).at(-1) ?? 0;
  const end = boundaries.find((boundary) => boundary > offset) ?? text.length;
  return text.slice(start, end).trim();
}

/** Citations found in each outline's text, once per outline however many parts of a build ask. */
const citationsFound = new WeakMap<Outline, Citation[]>();

/** The citations of an outline's joined text (`joinPassages`), found once per outline. */
export function citationsInOutline(outline: Outline): Citation[] {
  let citations = citationsFound.get(outline);
  if (!citations) citationsFound.set(outline, (citations = extractCitations(joinPassages(outline).text)));
  return citations;
}

/** Gives the citations an earlier build found in an outline (src/data/outline-cache.ts), if this build has not found them. */
export function rememberCitations(outline: Outline, citations: Citation[]): void {
  if (!citationsFound.has(outline)) citationsFound.set(outline, citations);
}

import type { ListItem, Nodes, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { toNfc } from '../text/fold';
import { ITEM_NUMBER, POINT_LETTER, SECTION_HEADING, pointAnchor, sectionAnchor, sectionRole } from './numbering';
import type { Outline, OutlineItem, OutlinePoint, OutlineSection, SourceSpan } from './types';

/** The outline plus, for the remark plugin, the anchor of each node and each list item's marker as printed ("1.", "2)"). */
export interface CollectedOutline {
  outline: Outline;
  anchors: Map<Nodes, string>;
  markers: Map<ListItem, string>;
}

function spanOf(node: Nodes): SourceSpan {
  const start = node.position?.start;
  const end = node.position?.end;
  return { start: start?.offset ?? 0, end: end?.offset ?? 0, line: start?.line ?? 0 };
}

function plainText(node: Nodes): string {
  if (node.type === 'listItem') return node.children.map((child) => plainText(child)).join('\n\n').trim();
  return toNfc(toString(node)).trim();
}

/** A heading, or a paragraph in capitals, that starts with a Roman numeral. */
function sectionHeading(node: RootContent): { numeral: string; title: string } | null {
  if (node.type !== 'heading' && node.type !== 'paragraph') return null;
  const match = SECTION_HEADING.exec(plainText(node));
  if (!match) return null;
  const title = match[2].trim();
  if (node.type === 'paragraph' && title !== title.toLocaleUpperCase('vi')) return null;
  return { numeral: match[1], title };
}

/**
 * Reads a campaign body's Markdown tree into its outline: sections by Roman numeral, items by
 * Arabic number (as a Markdown ordered list or as paragraphs starting "1."), points by letter.
 * Numbers are read from the source as printed, so a document that skips a number keeps it.
 */
export function collectOutline(tree: Root, source: string): CollectedOutline {
  const outline: Outline = { preamble: [], sections: [] };
  const anchors = new Map<Nodes, string>();
  const markers = new Map<ListItem, string>();
  const used = new Set<string>();
  const unique = (anchor: string): string => {
    let candidate = anchor;
    for (let n = 2; used.has(candidate); n += 1) candidate = `${anchor}-${n}`;
    used.add(candidate);
    return candidate;
  };

  let section: OutlineSection | null = null;
  let lastItem: OutlineItem | null = null;

  const addPoint = (item: OutlineItem, node: Nodes, text: string): boolean => {
    const match = POINT_LETTER.exec(text);
    if (!match) return false;
    const point: OutlinePoint = {
      ...spanOf(node),
      letter: match[1],
      anchor: unique(pointAnchor(item.anchor, match[1])),
      text: text.slice(match[0].length).trim(),
    };
    item.points.push(point);
    anchors.set(node, point.anchor);
    return true;
  };

  const addItem = (current: OutlineSection, node: Nodes, number: number, text: string): OutlineItem => {
    const item: OutlineItem = { ...spanOf(node), number, anchor: unique(`${current.anchor}-${number}`), text, points: [] };
    current.items.push(item);
    anchors.set(node, item.anchor);
    return item;
  };

  for (const node of tree.children) {
    const heading = sectionHeading(node);
    if (heading) {
      const role = sectionRole(heading.title);
      section = { ...spanOf(node), ...heading, role, anchor: unique(sectionAnchor(role, heading.title)), items: [], paragraphs: [] };
      outline.sections.push(section);
      anchors.set(node, section.anchor);
      lastItem = null;
      continue;
    }
    if (!section) {
      if (node.type === 'paragraph') outline.preamble.push({ ...spanOf(node), text: plainText(node) });
      continue;
    }
    if (node.type === 'list' && node.ordered) {
      for (const listItem of node.children) {
        const { start, end } = spanOf(listItem);
        const printed = ITEM_NUMBER.exec(source.slice(start, end));
        const number = printed ? Number(printed[1]) : (node.start ?? 1) + node.children.indexOf(listItem);
        markers.set(listItem, printed ? printed[0].trim() : `${number}.`);
        lastItem = addItem(section, listItem, number, plainText(listItem));
        for (const child of listItem.children) {
          if (child.type === 'paragraph') addPoint(lastItem, child, plainText(child));
        }
      }
      continue;
    }
    const text = node.type === 'paragraph' || node.type === 'heading' ? plainText(node) : '';
    const numbered = ITEM_NUMBER.exec(text);
    if (numbered) {
      lastItem = addItem(section, node, Number(numbered[1]), text.slice(numbered[0].length).trim());
    } else if (lastItem && text && addPoint(lastItem, node, text)) {
      lastItem.end = spanOf(node).end;
    } else if (node.type === 'paragraph') {
      section.paragraphs.push({ ...spanOf(node), text });
      lastItem = null;
    }
  }
  for (const current of outline.sections) {
    const last = current.items.at(-1);
    const lastParagraph = current.paragraphs.at(-1);
    current.end = Math.max(current.end, last?.end ?? 0, lastParagraph?.end ?? 0);
  }
  return { outline, anchors, markers };
}

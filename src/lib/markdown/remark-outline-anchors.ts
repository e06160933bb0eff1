import type { List, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { collectOutline } from '../outline/collect';

/** The number a list item is printed with in the source: "1.", "12)". */
const PRINTED_MARKER = /^\s*(\d{1,3}[.)])/;

/**
 * Remark plugin: gives every section, item and point of a campaign body its stable anchor
 * (`#noi-dung-3`, `#muc-tieu-5`) and writes each item's number as printed ("1.", "4.") as real
 * text, so the page reads, copies and prints as the original does, even when the source
 * skips a number. Each item ends with a small link to itself, so a reader can copy the address of
 * exactly that item without any script. The same outline reader serves the pages.
 */
export function remarkOutlineAnchors() {
  return (tree: Root, file: VFile): void => {
    const { anchors, markers } = collectOutline(tree, String(file.value));
    for (const [node, id] of anchors) {
      node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id } };
    }
    // Numbered lists outside the outline's sections (a copy without "I." headings) keep their printed numbers too.
    visit(tree, 'list', (list: List) => {
      if (!list.ordered) return;
      for (const item of list.children) {
        if (markers.has(item)) continue;
        const printed = PRINTED_MARKER.exec(String(file.value).slice(item.position?.start.offset ?? 0));
        if (printed) markers.set(item, printed[1]);
      }
    });
    for (const [item, marker] of markers) {
      const first = item.children[0];
      if (first?.type === 'paragraph') first.children.unshift({ type: 'text', value: `${marker} ` });
      else item.children.unshift({ type: 'paragraph', children: [{ type: 'text', value: marker }] });
      const id = anchors.get(item);
      const last = item.children.at(-1);
      if (id && last?.type === 'paragraph') {
        last.children.push({ type: 'text', value: ' ' });
        last.children.push({
          type: 'link',
          url: `#${id}`,
          data: { hProperties: { className: ['item-link'], title: 'Liên kết tới mục này' } },
          children: [{ type: 'text', value: '#' }],
        });
      }
    }
  };
}

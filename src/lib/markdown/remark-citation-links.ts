import type { Link, Nodes, Parents, Root, Text } from 'mdast';
import { extractCitations } from '../citations';
import { registerKey } from '../directives/aliases';
import { paths } from '../urls';

/** Options: described directives' aliases, so a law cited by name links to its numbered page. */
export interface CitationLinkOptions {
  aliases?: Map<string, string>;
}

interface Placed {
  node: Text;
  parent: Parents;
  start: number;
}

const BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);

/**
 * Remark plugin: links every citation in a campaign body to its directive page. Text is joined
 * block by block as the reader sees it, so short mentions resolve to earlier full citations
 * exactly as the register resolves them; a citation is linked where it lies within one text
 * run (one that straddles bold and plain text stays unlinked rather than broken).
 */
export function remarkCitationLinks(options: CitationLinkOptions = {}) {
  const aliases = options.aliases ?? new Map<string, string>();
  return (tree: Root): void => {
    const placed: Placed[] = [];
    let text = '';
    const walk = (node: Nodes, parent: Parents | null) => {
      if (node.type === 'link' || node.type === 'code' || node.type === 'inlineCode') return;
      if (node.type === 'text' && parent) {
        placed.push({ node, parent, start: text.length });
        text += node.value;
        return;
      }
      if ('children' in node) {
        if (BLOCKS.has(node.type) && text) text += '\n\n';
        for (const child of node.children) walk(child, node);
      }
    };
    walk(tree, null);

    const byNode = new Map<Text, { from: number; to: number; url: string }[]>();
    for (const citation of extractCitations(text)) {
      const home = placed.find((entry) => entry.start <= citation.start && citation.end <= entry.start + entry.node.value.length);
      if (!home) continue;
      const spans = byNode.get(home.node) ?? [];
      spans.push({ from: citation.start - home.start, to: citation.end - home.start, url: paths.directive(registerKey(citation, aliases)) });
      byNode.set(home.node, spans);
    }
    for (const { node, parent } of placed) {
      const spans = byNode.get(node);
      if (!spans) continue;
      const pieces: (Text | Link)[] = [];
      let at = 0;
      for (const span of spans.sort((a, b) => a.from - b.from)) {
        if (span.from < at) continue;
        if (span.from > at) pieces.push({ type: 'text', value: node.value.slice(at, span.from) });
        pieces.push({ type: 'link', url: span.url, children: [{ type: 'text', value: node.value.slice(span.from, span.to) }] });
        at = span.to;
      }
      if (at < node.value.length) pieces.push({ type: 'text', value: node.value.slice(at) });
      parent.children.splice(parent.children.indexOf(node as never), 1, ...(pieces as never[]));
    }
  };
}

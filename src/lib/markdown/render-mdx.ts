/**
 * A campaign body rendered to HTML once, as data, instead of compiled into a JS module per
 * document: MDX's own parser and the plugins @astrojs/mdx runs, in its order (remark-mdx, the
 * paragraph unravelling of @mdx-js/mdx, GFM, the site's remark plugins, remark-rehype passing
 * MDX nodes through, rehype-raw, Shiki for code, the site's rehype plugins, heading ids), then
 * the HTML written as Astro wrote the MDX module's output (./astro-html). A body holding a
 * component, a tag, an {expression} or import/export is refused: MDX would have run it as code.
 */
import { rehypeHeadingIds, rehypeShiki, type MarkdownHeading } from '@astrojs/markdown-remark';
import type { Root as HastRoot } from 'hast';
import type { Root } from 'mdast';
import rehypeRaw from 'rehype-raw';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype, { type Options as RemarkRehypeOptions } from 'remark-rehype';
import { unified, type PluggableList } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { toAstroHtml } from './astro-html';
import { MDX_NODE_TYPES, parseMdxBody, type MdxConstruct } from './mdx-constructs';

/** The parts of Astro's `markdown` config that @astrojs/mdx applies (mdx() extends it). */
export interface MdxRenderOptions {
  remarkPlugins?: PluggableList;
  rehypePlugins?: PluggableList;
  remarkRehype?: RemarkRehypeOptions;
  gfm?: boolean;
  smartypants?: boolean;
  syntaxHighlight?: false | 'shiki' | 'prism' | { type?: 'shiki' | 'prism'; excludeLangs?: string[] };
  shikiConfig?: Parameters<typeof rehypeShiki>[0];
}

export interface RenderedBody {
  html: string;
  headings: MarkdownHeading[];
}

/** A body MDX would run as code: every construct, with lines as in the text rendered. */
export class MdxConstructError extends Error {
  constructor(readonly constructs: MdxConstruct[]) {
    super(`MDX constructs in a campaign body: ${constructs.map((construct) => `${construct.line}:${construct.column} ${construct.found}`).join('; ')}`);
    this.name = 'MdxConstructError';
  }
}

/** @mdx-js/mdx's remark-mark-and-unravel, for what a body may hold: a paragraph of nothing but MDX comments is no paragraph. */
function remarkUnravelComments() {
  return (tree: Root): void => {
    visit(tree, 'paragraph', (node, index, parent) => {
      if (!parent || index === undefined) return;
      const only = node.children.every((child) => child.type === 'mdxTextExpression' || (child.type === 'text' && !child.value.replace(/[\t\n\f\r ]+/g, '')));
      if (!only || !node.children.some((child) => child.type === 'mdxTextExpression')) return;
      const kept: unknown[] = [];
      for (const child of node.children) {
        if (child.type === 'mdxTextExpression') kept.push({ ...child, type: 'mdxFlowExpression' });
        else if (!(child.type === 'text' && /^[\t\r\n ]+$/.test(child.value))) kept.push(child);
      }
      parent.children.splice(index, 1, ...(kept as never[]));
      return index;
    });
  };
}

/** @astrojs/mdx's rehype-meta-string: a code block's meta where syntax highlighters read it. */
function rehypeMetaString() {
  return (tree: HastRoot): void => {
    visit(tree, 'element', (node) => {
      const meta = (node.data as { meta?: string } | undefined)?.meta;
      if (node.tagName === 'code' && meta) node.properties.metastring = meta;
    });
  };
}

/** Shiki as @astrojs/mdx runs it, loaded only when a body has a code block (campaign bodies have none). */
function rehypeShikiWhenNeeded(options: MdxRenderOptions) {
  const highlight = options.syntaxHighlight === undefined ? 'shiki' : options.syntaxHighlight;
  const type = typeof highlight === 'string' ? highlight : highlight ? (highlight.type ?? 'shiki') : false;
  const excludeLangs = typeof highlight === 'object' && highlight ? highlight.excludeLangs : undefined;
  if (type === 'prism') throw new Error('Campaign bodies: markdown.syntaxHighlight "prism" is not supported by the campaign renderer.');
  let shiki: ((tree: HastRoot) => Promise<void>) | undefined;
  return () => async (tree: HastRoot) => {
    if (!type) return;
    let code = false;
    visit(tree, 'element', (node) => {
      if (node.tagName === 'pre') code = true;
    });
    if (!code) return;
    shiki ??= (rehypeShiki as unknown as (config: MdxRenderOptions['shikiConfig'], exclude?: string[]) => (tree: HastRoot) => Promise<void>)(options.shikiConfig ?? {}, excludeLangs);
    await shiki(tree);
  };
}

/**
 * A renderer for campaign bodies with the site's Markdown settings. Each call renders one body
 * (the file with its frontmatter blanked, so lines are file lines) and throws MdxConstructError
 * for a body MDX would run as code.
 */
export function createMdxRenderer(options: MdxRenderOptions = {}): (source: string, path: string, frontmatter?: Record<string, unknown>) => Promise<RenderedBody> {
  if (options.smartypants) throw new Error('Campaign bodies are official text reproduced verbatim: set markdown.smartypants to false.');
  const processor = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkUnravelComments)
    .use(options.gfm === false ? [] : [remarkGfm])
    .use(options.remarkPlugins ?? [])
    .use(remarkRehype, { ...options.remarkRehype, allowDangerousHtml: true, passThrough: [...(options.remarkRehype?.passThrough ?? []), ...MDX_NODE_TYPES] })
    .use(rehypeMetaString)
    .use(rehypeRaw, { passThrough: [...MDX_NODE_TYPES] })
    .use(rehypeShikiWhenNeeded(options))
    .use(options.rehypePlugins ?? [])
    .use(rehypeHeadingIds, { experimentalHeadingIdCompat: false })
    .freeze();

  return async (source, path, frontmatter = {}) => {
    // The path ends in .mdx: the heading-id step reads a heading's text as MDX does.
    const file = new VFile({ value: source, path, data: { astro: { frontmatter } } });
    const { tree, constructs } = parseMdxBody(source, () => processor.parse(file));
    if (!tree || constructs.length) throw new MdxConstructError(constructs);
    const hast = (await processor.run(tree, file)) as HastRoot;
    const headings = (file.data as { astro?: { headings?: MarkdownHeading[] } }).astro?.headings ?? [];
    return { html: toAstroHtml(hast), headings };
  };
}

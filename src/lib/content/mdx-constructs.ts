import type { ContentProblem, ContentSet } from './types';

type BodyRule = (content: ContentSet, context: { bodyLineOffset(filePath: string): number }) => ContentProblem[];

/**
 * What every MDX construct starts with: a tag "<", an expression "{", an image "![", an
 * import/export line. A body with none of them holds none, and is not parsed: MDX's parser is
 * loaded only when a body needs it, so `npm run check` stays as quick as it was.
 */
const MAY_HOLD_CODE = /[<{]|!\[|^[ \t]*(?:import|export)\b/m;

/**
 * Each campaign body read by MDX's own parser, as the campaign loader reads it: a component,
 * a tag, an {expression}, import/export, a local image, or text MDX cannot read, reported at
 * its line in the file with the words the build uses (src/lib/markdown/mdx-constructs). The
 * lexical check given as `lexical` (stricter: it also flags a lone "}") adds what it finds on
 * other lines, so an editor sees one report per mistake, the parser's where both see one.
 */
export async function checkMdxConstructs(content: ContentSet, context: { bodyLineOffset(filePath: string): number }, lexical?: BodyRule): Promise<ContentProblem[]> {
  const suspects = content.campaigns.filter((entry) => MAY_HOLD_CODE.test(entry.body ?? ''));
  const { constructProblem, findMdxConstructs } = suspects.length ? await import('../markdown/mdx-constructs') : { constructProblem: undefined, findMdxConstructs: undefined };
  const parsed = suspects.flatMap((entry) => {
    const offset = context.bodyLineOffset(entry.filePath);
    return findMdxConstructs!(entry.body ?? '').map((construct) => constructProblem!(construct, entry.filePath, offset));
  });
  const seen = new Set(parsed.map((problem) => `${problem.file}:${problem.line}`));
  const rest = (lexical?.(content, context) ?? []).filter((problem) => !seen.has(`${problem.file}:${problem.line}`));
  const order = new Map(content.campaigns.map((entry, index) => [entry.filePath, index]));
  return [...parsed, ...rest].sort((a, b) => (order.get(a.file) ?? 0) - (order.get(b.file) ?? 0) || (a.line ?? 0) - (b.line ?? 0));
}

/**
 * An .mdx file split the way Astro's MDX integration splits it (`parseFrontmatter` of
 * @astrojs/markdown-remark with "empty-with-spaces"), so that the campaign loader stores the
 * same `body` the glob loader stored and renders the same text MDX compiled: the frontmatter
 * block replaced by spaces, which keeps every body line at its line in the file.
 */
import { parseDocument } from 'yaml';

/** The frontmatter block: "---", its text, "---", at the start of the file (after a BOM or blank lines). */
const FRONTMATTER = /(?:^\uFEFF?|^\s*\n)(?:---|\+\+\+)([\s\S]*?\n)(?:---|\+\+\+)/;

export interface MdxFileParts {
  /** The YAML between the "---" lines ("" when there is none). */
  frontmatter: string;
  /** The file with its frontmatter blanked out: what MDX compiled, line for line as in the file. */
  source: string;
  /** The body as the glob loader stored it: the text after the frontmatter, trimmed. */
  body: string;
}

/** Splits an .mdx file into its frontmatter and body exactly as Astro's MDX integration does. */
export function splitMdxFile(raw: string): MdxFileParts {
  const frontmatter = FRONTMATTER.exec(raw)?.[1];
  if (frontmatter === undefined) return { frontmatter: '', source: raw, body: raw.trim() };
  const delimiter = /(?:^\uFEFF?|^\s*\n)(---|\+\+\+)/.exec(raw)?.[1] ?? '---';
  // A string replacement, as Astro does: the first occurrence of the block, with no "$" patterns.
  const block = `${delimiter}${frontmatter}${delimiter}`;
  const at = raw.indexOf(block);
  const source = `${raw.slice(0, at)}   ${frontmatter.replace(/[^\r\n]/g, ' ')}   ${raw.slice(at + block.length)}`;
  return { frontmatter, source, body: source.trim() };
}

/**
 * The frontmatter's data, read with the `yaml` package as `npm run check` reads it (YAML 1.2:
 * an unquoted 2024-02-30 stays the text the editor wrote, for the schema to refuse, instead of
 * becoming another day). Throws the parser's first error.
 */
export function parseFrontmatter(frontmatter: string): Record<string, unknown> {
  const doc = parseDocument(frontmatter, { prettyErrors: false });
  if (doc.errors.length) throw doc.errors[0];
  const data: unknown = doc.toJS();
  return data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
}

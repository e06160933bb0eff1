import { Document, isMap, isScalar, type Pair, type Scalar } from 'yaml';

/** A comment (already in Vietnamese) to put above a field, keyed by field name. */
export type FieldComments = Partial<Record<string, string>>;

/**
 * Frontmatter YAML in the layout of the hand-written files: fields in schema order, dates
 * quoted so YAML never turns them into timestamps, long lines never folded, and short comments
 * in Vietnamese above the fields an editor must look at.
 */
export function frontmatterYaml(data: Record<string, unknown>, header: string[], comments: FieldComments = {}): string {
  const doc = new Document(data);
  if (isMap(doc.contents)) {
    (doc.contents.items as Pair<Scalar, unknown>[]).forEach((pair, index) => {
      const name = String(pair.key.value);
      // The header goes on the first field, not on the document, so no blank line follows it.
      const lines = [...(index === 0 ? header : []), ...(comments[name]?.split('\n') ?? [])];
      if (lines.length) pair.key.commentBefore = lines.map((line) => ` ${line}`).join('\n');
      if ((name === 'issued' || name === 'number') && isScalar(pair.value) && typeof pair.value.value === 'string') {
        pair.value.type = 'QUOTE_DOUBLE';
      }
    });
  }
  return doc.toString({ lineWidth: 0, minContentWidth: 0 });
}

/** The .mdx file: frontmatter between `---` lines, a blank line, then the body. */
export function mdxFile(yaml: string, body: string): string {
  return `---\n${yaml.trimEnd()}\n---\n\n${body.trimEnd()}\n`;
}

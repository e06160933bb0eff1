import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { DirectiveAliases } from '../lib/directives/aliases';

/**
 * The aliases of described directives, read straight from content/directives for the Markdown
 * step, which runs before collections exist. A file that does not parse is skipped here: the
 * content layer reports it with its line.
 */
export function readDirectiveAliases(root: string): DirectiveAliases[] {
  const folder = join(root, 'directives');
  let files: string[];
  try {
    files = readdirSync(folder).filter((file) => file.endsWith('.yaml'));
  } catch {
    return [];
  }
  return files.flatMap((file) => {
    try {
      const data: unknown = parse(readFileSync(join(folder, file), 'utf8'));
      const aliases = (data as { aliases?: unknown } | null)?.aliases;
      return Array.isArray(aliases) ? [{ id: file.replace(/\.yaml$/, ''), aliases: aliases.map(String) }] : [];
    } catch {
      return [];
    }
  });
}

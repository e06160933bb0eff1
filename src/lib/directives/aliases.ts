import { extractCitations } from '../citations';
import type { Citation } from '../citations';
import { slugify } from '../text/fold';

/** A described directive's id and the names documents cite it by. */
export interface DirectiveAliases {
  id: string;
  aliases: string[];
}

/**
 * Index from an alias's key to the described directive's id. An alias is read as a citation,
 * so it gets the very key the extractor gives that wording in a body
 * ("Luật Thi đua, khen thưởng năm 2022" → "luat-thi-dua-khen-thuong-2022").
 */
export function aliasIndex(described: DirectiveAliases[]): Map<string, string> {
  const index = new Map<string, string>();
  for (const { id, aliases } of described) {
    for (const alias of aliases) {
      index.set(slugify(alias), id);
      for (const citation of extractCitations(alias)) index.set(citation.key, id);
    }
  }
  return index;
}

/**
 * The register key of a citation: the described directive it is an alias of, else its own
 * canonical key. The one place this is decided, for the register and the links in bodies.
 */
export function registerKey(citation: Pick<Citation, 'key' | 'name'>, aliases: Map<string, string>): string {
  return aliases.get(citation.key) ?? (citation.name ? aliases.get(slugify(citation.name)) : undefined) ?? citation.key;
}

import type { Directive } from '../directives/register';
import type { CampaignDocument } from './document';

/** Each register's directives by citing document, with the first offset each is cited at, gathered once. */
const citedByDocument = new WeakMap<Directive[], Map<string, Map<Directive, number>>>();

function citationsByDocument(directives: Directive[]): Map<string, Map<Directive, number>> {
  let byDocument = citedByDocument.get(directives);
  if (byDocument) return byDocument;
  byDocument = new Map();
  for (const directive of directives) {
    for (const passage of directive.passages) {
      const cited = byDocument.get(passage.campaignId) ?? new Map<Directive, number>();
      cited.set(directive, Math.min(cited.get(directive) ?? Infinity, passage.citation.start));
      byDocument.set(passage.campaignId, cited);
    }
  }
  citedByDocument.set(directives, byDocument);
  return byDocument;
}

/** Directives a campaign document cites, in order of first citation (the register's order between equals). */
export function directivesCitedBy(document: CampaignDocument, directives: Directive[]): Directive[] {
  const cited = citationsByDocument(directives).get(document.id);
  if (!cited) return [];
  return directives.filter((directive) => cited.has(directive)).sort((a, b) => cited.get(a)! - cited.get(b)!);
}

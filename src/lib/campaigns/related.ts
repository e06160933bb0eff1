import type { Directive } from '../directives/register';
import type { CampaignDocument } from './document';

/** Directives a campaign document cites, in order of first citation. */
export function directivesCitedBy(document: CampaignDocument, directives: Directive[]): Directive[] {
  const firstOffset = (directive: Directive) =>
    Math.min(...directive.passages.filter((passage) => passage.campaignId === document.id).map((passage) => passage.citation.start));
  return directives
    .filter((directive) => directive.passages.some((passage) => passage.campaignId === document.id))
    .sort((a, b) => firstOffset(a) - firstOffset(b));
}

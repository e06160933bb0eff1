import { directiveLabel } from '../lib/directives/register';
import { campaignRecord, directiveRecord, honourRecord } from '../lib/search/records';
import type { SearchRecord } from '../lib/search/records';
import type { Site } from './site';

/** Every search record of the site: campaign documents, directives and honour boards. */
export function siteSearchRecords(site: Site): SearchRecord[] {
  const cited = new Map<string, string[]>();
  for (const directive of site.directives) {
    for (const id of new Set(directive.passages.map((passage) => passage.campaignId))) cited.set(id, [...(cited.get(id) ?? []), directiveLabel(directive)]);
  }
  return [
    ...site.campaigns.map((document) => campaignRecord(document, cited.get(document.id) ?? [], (document.data.issuer ? (site.units.get(document.data.issuer)?.data.name ?? document.data.issuer) : null))),
    ...site.directives.map(directiveRecord),
    ...site.boards.map(honourRecord),
  ];
}

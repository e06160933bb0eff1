import { campaignRecords, directiveRecord } from '../lib/search/records';
import type { SearchRecord } from '../lib/search/records';
import type { Site } from './site';

/** Every search record of the site: campaign passages and directives. */
export function siteSearchRecords(site: Site): SearchRecord[] {
  return [
    ...site.campaigns.flatMap((document) =>
      campaignRecords(document, site.directives, site.units.get(document.data.issuer)?.data.name ?? document.data.issuer),
    ),
    ...site.directives.map(directiveRecord),
  ];
}

import type { ContentSet } from '../content/types';

/**
 * Is this content a province's archive rather than one body's site? It is when it has emulation
 * blocs, or documents of more than one issuing body. The home page and the navigation follow it.
 */
export function isProvinceArchive(content: Pick<ContentSet, 'blocs' | 'campaigns'>): boolean {
  if (content.blocs.length > 0) return true;
  const issuers = new Set(content.campaigns.map((entry) => entry.data.issuer).filter(Boolean));
  return issuers.size > 1;
}

/**
 * The folder under content/campaigns a new document of `issuer` goes in: "<year>" while one body
 * publishes alone, "<year>/<issuer>" once the content is (or with this document becomes) a
 * province's archive, so that two bodies' "phat-dong-thi-dua-2023" never share an address.
 */
export function documentFolder(year: number, issuer: string | null, content: Pick<ContentSet, 'blocs' | 'campaigns'>): string {
  const withThis = { blocs: content.blocs, campaigns: [...content.campaigns, { data: { issuer } }] } as Pick<ContentSet, 'blocs' | 'campaigns'>;
  return issuer && isProvinceArchive(withThis) ? `${year}/${issuer}` : String(year);
}

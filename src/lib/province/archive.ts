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

import type { DirectiveSummary } from '../directives/register';
import { directiveLabel } from '../directives/register';
import { documentTitle, numberAndSymbol, type CampaignDocument } from './document';

/**
 * schema.org description of a campaign document for machines (search engines, archives): what it
 * is, its number, date, issuer, and the documents it cites. A launch document is not legislation,
 * so it is a DigitalDocument; what it cites are Legislation.
 */
export function documentJsonLd(document: CampaignDocument, issuerName: string | null, parentName: string | undefined, cited: DirectiveSummary[], pageUrl: string): Record<string, unknown> {
  const { data } = document;
  return {
    '@context': 'https://schema.org',
    '@type': 'DigitalDocument',
    '@id': pageUrl,
    url: pageUrl,
    name: documentTitle(data),
    inLanguage: 'vi',
    // As the open data has always published it: "/PĐTĐ-BDT" for a blank number.
    ...(numberAndSymbol(data, '') ? { identifier: numberAndSymbol(data, '') } : {}),
    ...(data.issued ? { dateCreated: data.issued } : {}),
    ...(data.place ? { locationCreated: data.place } : {}),
    ...(data.theme ? { about: data.theme } : {}),
    ...(issuerName
      ? {
          author: {
            '@type': 'GovernmentOrganization',
            name: issuerName,
            ...(parentName ? { parentOrganization: { '@type': 'GovernmentOrganization', name: parentName } } : {}),
          },
        }
      : {}),
    ...(data.signer?.name ? { accountablePerson: { '@type': 'Person', name: data.signer.name, jobTitle: data.signer.position } } : {}),
    citation: cited.map((directive) => ({
      '@type': 'Legislation',
      name: directive.title ? `${directiveLabel(directive)} ${directive.title}` : directiveLabel(directive),
      ...(directive.symbol ? { legislationIdentifier: directive.symbol } : {}),
      ...(directive.issued ? { legislationDate: directive.issued } : {}),
      ...(directive.issuer ? { legislationPassedBy: { '@type': 'Organization', name: directive.issuer } } : {}),
    })),
  };
}

/** JSON for a <script type="application/ld+json">: "<" escaped so the text can never close the element. */
export function jsonLdText(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

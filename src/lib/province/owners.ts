/**
 * A year's documents grouped by who issued them: each body, each bloc (its covenant), and the
 * copies that do not state an issuer, bodies in Vietnamese order. Pure.
 */
import type { CampaignDocument } from '../campaigns/document';
import { paths } from '../urls';

export interface OwnerGroup {
  key: string;
  name: string;
  /** The body's or the bloc's page; none for documents without an issuer. */
  href: string | undefined;
  documents: CampaignDocument[];
}

const collator = new Intl.Collator('vi');

export function documentsByOwner(documents: CampaignDocument[], unitName: (id: string) => string, blocName: (id: string) => string): OwnerGroup[] {
  const groups = new Map<string, OwnerGroup>();
  for (const document of documents) {
    const { bloc, issuer } = document.data;
    const group: Omit<OwnerGroup, 'documents'> = bloc
      ? { key: `khoi:${bloc}`, name: blocName(bloc), href: paths.blocYear(bloc, document.year) }
      : issuer
        ? { key: `don-vi:${issuer}`, name: unitName(issuer), href: paths.unit(issuer) }
        : { key: 'khong-ro', name: 'Văn bản không ghi cơ quan ban hành', href: undefined };
    const entry = groups.get(group.key) ?? { ...group, documents: [] };
    entry.documents.push(document);
    groups.set(group.key, entry);
  }
  // Blocs' documents (covenants) first, then bodies by name, then what names no issuer.
  const order = (group: OwnerGroup) => (group.key.startsWith('khoi:') ? 0 : group.key === 'khong-ro' ? 2 : 1);
  return [...groups.values()].sort((a, b) => order(a) - order(b) || collator.compare(a.name, b.name));
}

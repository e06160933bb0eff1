import { t } from '../../i18n/t';
import { parseSymbol } from '../citations/canonical';
import type { CampaignData, TargetAnnotationData } from '../../schemas/campaign';
import type { UnitData } from '../../schemas/unit';
import type { ContentEntry } from '../content/types';
import { outlineOf } from '../outline/of-entry';
import type { Outline, OutlineItem } from '../outline/types';
import type { TargetResult } from '../targets/results';
import { paths } from '../urls';

/** A target (mục tiêu) of a campaign: the item as printed, with the author's annotation and its result. */
export interface CampaignTarget {
  item: OutlineItem;
  annotation: TargetAnnotationData | undefined;
  url: string;
  result: TargetResult;
}

/** A campaign document ready to render: its data, outline, contents and targets. */
export interface CampaignDocument {
  id: string;
  slug: string;
  year: number;
  url: string;
  filePath: string;
  body: string;
  data: CampaignData;
  outline: Outline;
  contents: OutlineItem[];
  targets: CampaignTarget[];
}

/** A document with its issuing unit and that unit's parent, as the document's header and metadata show them. */
export interface DocumentWithIssuer {
  document: CampaignDocument;
  issuer: UnitData | undefined;
  parent: UnitData | undefined;
}

/** The signer's title in one line: "KT. TRƯỞNG BAN PHÓ TRƯỞNG BAN", or just "TRƯỞNG BAN"; "" when the copy shows none. */
export function signerTitle(signer: CampaignData['signer']): string {
  return signer ? [signer.prefix, signer.onBehalfOf, signer.position].filter(Boolean).join(' ') : '';
}

/** Type and subject as one title ("KẾ HOẠCH Phát động ..."), as far as the copy states them; else "Văn bản năm 2024". */
export function documentTitle(data: Pick<CampaignData, 'documentType' | 'subject' | 'year'>): string {
  return [data.documentType, data.subject].filter(Boolean).join(' ') || t('doc.untitled', { year: data.year });
}

/** The date a document is sorted and dated by: its date of issue, or its campaign year when the copy does not state one. */
export function documentDate(data: Pick<CampaignData, 'issued' | 'year'>): string {
  return data.issued ?? String(data.year);
}

/**
 * Party documents (symbol "KH/TU", "CT/TW": Party shape) carry "ĐẢNG CỘNG SẢN VIỆT NAM" where State
 * documents carry the national title and motto (domain guide §3).
 */
export function isPartyDocument(data: Pick<CampaignData, 'symbol'>): boolean {
  return data.symbol !== null && parseSymbol(`1-${data.symbol}`)?.shape === 'party';
}

/** "130/KH-UBND", "90-KH/TU", "…/PĐTĐ-BDT" for a blank number (or `blank`); null when the copy states neither. */
export function numberAndSymbol(data: Pick<CampaignData, 'number' | 'symbol'>, blank = '…'): string | null {
  if (!data.number && !data.symbol) return null;
  // Party documents join number and symbol with a hyphen: "90-KH/TU".
  const separator = isPartyDocument(data) ? '-' : '/';
  return data.symbol ? `${data.number ?? blank}${separator}${data.symbol}` : (data.number ?? blank);
}

/** A document's address segment: the last part of its id ("2023/phat-dong-thi-dua-2023" → "phat-dong-thi-dua-2023"). */
export function slugOf(id: string): string {
  return id.split('/').at(-1) ?? id;
}

/** Builds the document model from a content entry; contents and targets come from the body only. */
export function toCampaignDocument(entry: ContentEntry<CampaignData>): CampaignDocument {
  const body = entry.body ?? '';
  const outline = outlineOf(entry);
  const slug = slugOf(entry.id);
  const url = paths.campaign(entry.id);
  const itemsOf = (role: 'contents' | 'targets') => outline.sections.filter((section) => section.role === role).flatMap((section) => section.items);
  return {
    id: entry.id,
    slug,
    year: entry.data.year,
    url,
    filePath: entry.filePath,
    body,
    data: entry.data,
    outline,
    contents: itemsOf('contents'),
    targets: itemsOf('targets').map((item) => ({
      item,
      annotation: entry.data.targets.find((target) => target.item === item.number),
      url: `${url}#${item.anchor}`,
      result: { status: 'unassessed', value: null, source: 'none' },
    })),
  };
}

/** Documents newest year first, launch documents before the rest of their year. */
export function sortCampaigns<T extends Pick<CampaignDocument, 'year' | 'slug'> & { data: Pick<CampaignData, 'role'> }>(documents: T[]): T[] {
  const roleOrder = ['launch', 'covenant', 'plan', 'review', 'award-decision', 'other'];
  return [...documents].sort(
    (a, b) => b.year - a.year || roleOrder.indexOf(a.data.role) - roleOrder.indexOf(b.data.role) || a.slug.localeCompare(b.slug),
  );
}

/** The document the home page shows: the newest year's launch document, else the newest document. */
export function currentDocument<T extends Pick<CampaignDocument, 'year'> & { data: Pick<CampaignData, 'role'> }>(sorted: T[]): T | undefined {
  const newest = sorted[0]?.year;
  return sorted.find((campaign) => campaign.year === newest && campaign.data.role === 'launch') ?? sorted[0];
}

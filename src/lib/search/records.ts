import type { CampaignDocument } from '../campaigns/document';
import { formatShortDate } from '../dates';
import { joinPassages } from '../directives/passages';
import { directiveLabel } from '../directives/register';
import type { Directive } from '../directives/register';
import { paths } from '../urls';

/** Search filters, named as they appear in the search page's URL (diacritic-free). */
export type SearchFilter = 'nam' | 'loai' | 'co-quan' | 'chi-thi' | 'danh-hieu' | 'don-vi';

/** One Pagefind custom record: a passage, directive or honour row with its own URL. */
export interface SearchRecord {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Partial<Record<SearchFilter, string[]>>;
  sort: Record<string, string>;
}

const ROLE_LABEL: Record<CampaignDocument['data']['role'], string> = {
  launch: 'Phát động',
  plan: 'Kế hoạch',
  review: 'Sơ kết, tổng kết',
  'award-decision': 'Quyết định khen thưởng',
  other: 'Văn bản khác',
};

/**
 * One record per passage of each campaign document (preamble, each content, each target, the
 * closing call), so a search result links straight to the item (`#noi-dung-3`) and shows its
 * real text; the directives a passage cites become its "chi-thi" filter.
 */
export function campaignRecords(document: CampaignDocument, directives: Directive[], issuerName: string): SearchRecord[] {
  const title = `${document.data.documentType} ${document.data.subject}`;
  const signer = [document.data.signer.position, document.data.signer.name].filter(Boolean).join(' ');
  const header = [title, document.data.theme && `Chủ đề: “${document.data.theme}”`, `Số: ${document.data.number ?? ''}/${document.data.symbol}`, signer];
  const byUrl = new Map<string, { label: string; texts: string[] }>();
  for (const passage of joinPassages(document.outline).passages) {
    const url = passage.anchor ? `${document.url}#${passage.anchor}` : document.url;
    const group = byUrl.get(url) ?? { label: passage.label, texts: passage.anchor ? [] : header.filter((line): line is string => Boolean(line)) };
    group.texts.push(passage.text);
    byUrl.set(url, group);
  }
  return [...byUrl].map(([url, { label, texts }]) => ({
    url,
    content: texts.join('\n\n'),
    meta: { title: `${label} · ${title}`, nam: String(document.year), ngay: document.data.issued },
    filters: {
      nam: [String(document.year)],
      loai: [ROLE_LABEL[document.data.role]],
      'co-quan': [issuerName],
      'chi-thi': directives.filter((directive) => directive.passages.some((passage) => passage.url === url)).map(directiveLabel),
    },
    sort: { ngay: document.data.issued },
  }));
}

/** A record for a directive's page: its number, title, issuer and date, and the names it is cited by. */
export function directiveRecord(directive: Directive): SearchRecord {
  const label = directiveLabel(directive);
  const content = [
    label,
    directive.title,
    directive.issuer ? `của ${directive.issuer}` : '',
    directive.issued ? `ngày ${formatShortDate(directive.issued)}` : '',
    ...new Set(directive.passages.map((passage) => passage.citation.text)),
  ]
    .filter(Boolean)
    .join('. ');
  return {
    url: paths.directive(directive.key),
    content,
    meta: { title: label, ngay: directive.issued ?? '' },
    filters: { loai: ['Văn bản được dẫn chiếu'], 'chi-thi': [label], nam: directive.years.map(String) },
    sort: { ngay: directive.issued ?? '0000' },
  };
}

import { formatPartialDate } from '../dates';
import { t } from '../../i18n/t';
import { documentTitle, numberAndSymbol, type CampaignDocument } from './document';

/**
 * How to cite a campaign document (or one of its items) in a report: issuer, type and subject,
 * number and symbol, place and date, item, and the permanent address. Plain text, to copy. What
 * the copy does not state is left out, never made up.
 */
export function citationText(document: CampaignDocument, issuerName: string | null, url: string, item?: { label: string; anchor: string }): string {
  const { data } = document;
  const subject = data.subject && data.subject === data.subject.toLocaleUpperCase('vi') ? data.subject.toLocaleLowerCase('vi') : data.subject;
  const type = data.documentType ? data.documentType.charAt(0) + data.documentType.slice(1).toLocaleLowerCase('vi') : null;
  const title = type || subject ? [type, subject].filter(Boolean).join(' ') : documentTitle(data);
  const number = numberAndSymbol(data);
  const when = [data.place, data.issued ? formatPartialDate(data.issued) : null].filter(Boolean).join(', ');
  const details = [number ? `số ${number}` : null, when || null].filter(Boolean).join(', ');
  const where = item ? `, ${item.label.toLocaleLowerCase('vi')}` : '';
  const by = issuerName ?? t('doc.notStated');
  return `${by}, ${title}${details ? ` (${details})` : ''}${where}. ${item ? `${url}#${item.anchor}` : url}`;
}

import { formatPartialDate } from '../dates';
import type { CampaignDocument } from './document';

/**
 * How to cite a campaign document (or one of its items) in a report: issuer, type and subject,
 * number and symbol, place and date, item, and the permanent address. Plain text, to copy.
 */
export function citationText(document: CampaignDocument, issuerName: string, url: string, item?: { label: string; anchor: string }): string {
  const { data } = document;
  const subject = data.subject === data.subject.toLocaleUpperCase('vi') ? data.subject.toLocaleLowerCase('vi') : data.subject;
  const type = data.documentType.charAt(0) + data.documentType.slice(1).toLocaleLowerCase('vi');
  const number = `số ${data.number ?? '…'}/${data.symbol}`;
  const where = item ? `, ${item.label.toLocaleLowerCase('vi')}` : '';
  return `${issuerName}, ${type} ${subject} (${number}, ${data.place}, ${formatPartialDate(data.issued)})${where}. ${item ? `${url}#${item.anchor}` : url}`;
}

/** Recipients of honour rows and their identity within a year. */
import type { HonourRowData } from '../../schemas/honour';
import { toNfc } from '../text/fold';

/** A recipient of an honour row: a person, a collective unit or a household. */
export type HonourRecipient = HonourRowData['recipient'];

/** A name compared as written (NFC, case and spacing ignored); "Hoa" and "Hòa" stay different people. */
const nameKey = (name: string) => toNfc(name).toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * Identity of a recipient within a year, for spotting a row given twice: a collective by unit
 * id, a person by name and unit (namesakes in different units are different people), a
 * household by name and address.
 */
export function recipientKey(recipient: HonourRecipient): string {
  switch (recipient.kind) {
    case 'collective':
      return `collective|${recipient.unit}`;
    case 'individual':
      return `individual|${nameKey(recipient.name)}|${recipient.unit ?? ''}`;
    case 'household':
      return `household|${nameKey(recipient.name)}|${nameKey(recipient.address ?? '')}`;
  }
}

/**
 * Numerals as written in Vietnamese targets: "01" (a zero-padded count), "95,5" (decimal
 * comma), "1.000" (dot as thousands separator, the Vietnamese convention).
 */

const THREE_DIGIT_GROUPS = /^[0-9]+(?:\.[0-9]{3})+$/;
const THREE_DIGIT_GROUPS_COMMA = /^[0-9]+(?:,[0-9]{3}){2,}$/;

/**
 * Value of a numeral token, or null when it cannot be read unambiguously.
 * A comma is the decimal mark; dots followed by three digits group thousands ("1.000" → 1000),
 * any other single dot is taken as an English-style decimal point ("95.5" → 95.5).
 */
export function parseNumeral(raw: string): number | null {
  let normalized: string;
  if (raw.includes('.') && raw.includes(',')) {
    // Vietnamese "1.234,5": dots group, the comma is decimal.
    normalized = raw.replace(/\./g, '').replace(',', '.');
    if (normalized.includes(',')) return null;
  } else if (raw.includes(',')) {
    // "1,000,000" can only be English grouping; a single comma is the Vietnamese decimal mark.
    if (THREE_DIGIT_GROUPS_COMMA.test(raw)) normalized = raw.replace(/,/g, '');
    else if (raw.split(',').length === 2) normalized = raw.replace(',', '.');
    else return null;
  } else if (THREE_DIGIT_GROUPS.test(raw)) {
    normalized = raw.replace(/\./g, '');
  } else if (raw.split('.').length <= 2) {
    normalized = raw;
  } else {
    return null;
  }
  const value = Number(normalized);
  return Number.isFinite(value) ? value : null;
}

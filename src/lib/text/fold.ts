/**
 * Vietnamese text keys for matching, search and URLs (domain guide §8).
 *
 * NFC alone does not unify old and new tone placement ("hoá"/"hóa"), and "đ" has no
 * Unicode decomposition, so matching needs a folded key: NFD, drop combining marks,
 * đ→d, lower case. Look-alikes from legacy conversions and PDF copies (Ð U+00D0, Ɖ U+0189
 * for Đ; ƣ U+01A3 for ư) are read as the letters they stand for first.
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const D_LOOKALIKES = /[\u00d0\u0189]/g;
const D_LOWER_LOOKALIKES = /[\u00f0\u0256]/g;
/** "ƣ" (U+01A3, Latin oi), which PDF copies give for "ư" (the fonts map one glyph to the other). */
const U_HORN_LOOKALIKE = /\u01a3/g;
const U_HORN_UPPER_LOOKALIKE = /\u01a2/g;

/**
 * Letters a PDF's or a legacy font's conversion puts for Vietnamese ones ("Ð" for "Đ", "ƣ" for
 * "ư"): no Vietnamese text holds them, so they are read as what they stand for.
 */
export function repairLookalikes(text: string): string {
  return text.replace(D_LOOKALIKES, 'Đ').replace(D_LOWER_LOOKALIKES, 'đ').replace(U_HORN_LOOKALIKE, 'ư').replace(U_HORN_UPPER_LOOKALIKE, 'Ư');
}

/** Text in Unicode NFC, the form the project stores and displays. */
export function toNfc(text: string): string {
  return text.normalize('NFC');
}

/** Lower-case, diacritic-free key: "Đoàn kết, hoá" → "doan ket, hoa". Same length in code units is NOT guaranteed. */
export function foldVietnamese(text: string): string {
  return repairLookalikes(text)
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}

/** URL slug: folded, runs of anything but a-z0-9 become one hyphen. "34-CT/TW" → "34-ct-tw". */
export function slugify(text: string): string {
  return foldVietnamese(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;

/**
 * Spelling key: lower case with every letter's marks kept, but each word's tone mark moved to
 * the word's end, so that old and new tone placement ("hoá"/"hóa", "thuỷ"/"thủy") are one
 * spelling while "động" and "đông" stay two.
 */
export function spellingKey(text: string): string {
  return text
    .normalize('NFD')
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => `${word.replace(TONE_MARKS, '')}${(word.match(TONE_MARKS) ?? []).join('')}`.normalize('NFC'))
    .join(' ');
}

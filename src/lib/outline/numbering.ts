import { foldVietnamese, slugify } from '../text/fold';
import type { SectionRole } from './types';

/**
 * Numbering levels of an administrative document (Nghị định 30/2020): Roman numerals for
 * sections, Arabic numbers for items, Vietnamese letters for points. Parsing goes by these
 * levels, not by section names, which vary between documents.
 */
export const SECTION_HEADING = /^\s*([IVXLC]{1,6})\s*[.)]\s*(\S.*)$/su;
export const ITEM_NUMBER = /^\s*(\d{1,3})\s*[.)]\s+/u;
/** "đ" follows "d" in the Vietnamese alphabet used for points. */
export const POINT_LETTER = /^\s*([a-zđ])\)\s+/u;

/** Title keys (folded) that mark the role of a section; the first that occurs wins. */
const ROLE_KEYS: [SectionRole, RegExp][] = [
  ['contents', /\bnoi dung\b/],
  ['targets', /\b(muc tieu|chi tieu)\b/],
];

/** The role of a section from its title: "II. NỘI DUNG THI ĐUA" is contents, "CHỈ TIÊU" targets. */
export function sectionRole(title: string): SectionRole {
  const key = foldVietnamese(title);
  return ROLE_KEYS.find(([, pattern]) => pattern.test(key))?.[0] ?? 'other';
}

/** Anchor of a section: stable, typeable names for contents and targets, else the folded title. */
export function sectionAnchor(role: SectionRole, title: string): string {
  if (role === 'contents') return 'noi-dung';
  if (role === 'targets') return 'muc-tieu';
  return slugify(title) || 'muc';
}

/** Anchor of a point: "đ" becomes "dd" so it never collides with "d". */
export function pointAnchor(itemAnchor: string, letter: string): string {
  return `${itemAnchor}-${letter === 'đ' ? 'dd' : letter}`;
}

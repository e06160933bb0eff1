/**
 * The subject ("trích yếu") right after a citation: "về việc “tiếp tục đổi mới ...”" or
 * "về đẩy mạnh học tập ...". Quoted subjects run to the closing quote; unquoted ones to the end
 * of the sentence or clause. Bounded lengths keep it linear.
 */
import { toNfc } from '../text/fold';
import { originalSlice, type CleanText } from './clean';
import { vietnameseWordSet } from './words';

const BEFORE_LEAD = /[ \n]{0,2}(?:\([^()\n]{1,60}\)[ \n]{0,2})?,?[ \n]{0,2}(?=ve(?![a-z0-9]))/y;
const LEAD = /ve(?: viec)?(?![a-z0-9])[ \n]{0,2}:?[ \n]{0,2}/y;
const ABOUT = vietnameseWordSet(['về']);
const MAX_QUOTED = 600;
const MAX_UNQUOTED = 300;

/** The subject starting after a citation's end, without quotes or Markdown bold; null if none. */
export function parseSubject(ct: CleanText, pos: number): string | null {
  BEFORE_LEAD.lastIndex = pos;
  if (!BEFORE_LEAD.exec(ct.folded)) return null;
  const about = BEFORE_LEAD.lastIndex;
  // "về" (about), not "vệ" as in "Luật Bảo vệ ...".
  if (!ABOUT.has(ct, { text: 've', start: about, end: about + 2, sep: '' })) return null;
  LEAD.lastIndex = about;
  if (!LEAD.exec(ct.folded)) return null;
  const start = LEAD.lastIndex;
  const f = ct.folded;
  let end: number;
  if (f[start] === '"') {
    end = start + 1;
    const limit = Math.min(f.length, start + MAX_QUOTED);
    while (end < limit && f[end] !== '"') end++;
    if (f[end] !== '"') return null;
  } else {
    end = start;
    const limit = Math.min(f.length, start + MAX_UNQUOTED);
    while (end < limit && !endsUnquotedSubject(f, end)) end++;
  }
  const text = toNfc(originalSlice(ct, start, end))
    .replace(/[*"“”]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/[\s,;:.]+$/, '')
    .trim();
  return text.length > 0 ? text : null;
}

/** ; or a newline or "(" ends an unquoted subject; so does a full stop not followed by a digit ("1.000" stays). */
function endsUnquotedSubject(f: string, i: number): boolean {
  const c = f[i];
  if (c === ';' || c === '\n' || c === '(') return true;
  return c === '.' && !/\d/.test(f[i + 1] ?? '');
}

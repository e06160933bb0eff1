/** An award decision with no annex, its list inside its own Điều 1 (read by ./annex.ts). */
import { canonicalSymbol } from '../citations/canonical';
import { bodyName } from '../importer/body-names';
import type { AnnexDecision } from './annex';
import { isoDate, tidy } from './annex-text';

/** Offices that sign award decisions, as the authority line writes them and as a name does. */
const OFFICES: readonly [RegExp, string][] = [
  [/^CHỦ TỊCH\s+/u, 'Chủ tịch'],
  [/^THỦ TƯỚNG\s+/u, 'Thủ tướng'],
  [/^BỘ TRƯỞNG\s+/u, 'Bộ trưởng'],
  [/^GIÁM ĐỐC\s+/u, 'Giám đốc'],
  [/^TRƯỞNG BAN\s+/u, 'Trưởng ban'],
];

/** "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI" → "Chủ tịch Ủy ban nhân dân tỉnh Quảng Ngãi"; a body alone is named as a unit is. */
function authorityName(line: string): string {
  const plain = line.replace(/^KT\.\s*/u, '');
  const office = OFFICES.find(([pattern]) => pattern.test(plain));
  return office ? `${office[1]} ${bodyName(plain.replace(office[0], ''))}` : bodyName(plain);
}

/**
 * A decision with no annex, its list inside Điều 1 ("Điều 1. Tặng Bằng khen của Chủ tịch ... cho
 * 10 tập thể và 02 cá nhân ..., gồm:" then the rows, to "Điều 2."): what Điều 1 says, the lines
 * of its list, and the decision from its own header (the "Số:" line, the date line and the
 * authority line above "Căn cứ"). Undefined when Điều 1 awards nothing.
 */
export function articleOne(lines: string[]): { heading: string; start: number; end: number; decision: AnnexDecision } | undefined {
  const at = lines.findIndex((line) => /^\s*Điều\s+1\s*[.:]/u.test(line));
  if (at < 0) return undefined;
  const heading = tidy(lines[at].replace(/^\s*Điều\s+1\s*[.:]\s*/u, ''));
  if (!/^(tặng|phong tặng|công nhận|truy tặng)\b/iu.test(heading)) return undefined;
  const after = lines.findIndex((line, index) => index > at && /^\s*Điều\s+2\b/u.test(line));
  // The decision's own header: above its basis ("Căn cứ Luật ... ngày 25 tháng 12 năm 2001" dates another document).
  const basis = lines.slice(0, at).findIndex((line) => /^\s*Căn cứ(?=\s|$)/u.test(line));
  const header = lines.slice(0, basis < 0 ? at : basis);
  const number = header.map((line) => /^\s*Số\s*:?\s*(\d[^\s]*(?:\s*\/\s*\S+)?)/u.exec(line)?.[1]).find(Boolean);
  const dated = header.find((line) => /ngày\s*[\d\s]*tháng\s+\d{1,2}\s+năm\s+\d{4}/iu.test(line));
  const authority = [...header]
    .reverse()
    .map((line) => line.trim())
    .find((line) => /^(?:KT\.\s*)?(CHỦ TỊCH|THỦ TƯỚNG|BỘ TRƯỞNG|GIÁM ĐỐC|TRƯỞNG BAN|BAN CHẤP HÀNH|BAN THƯỜNG VỤ)(?=\s|$)/u.test(line));
  return {
    heading,
    start: at + 1,
    end: after < 0 ? lines.length : after,
    decision: {
      symbol: number ? (canonicalSymbol(number.replace(/\s+/g, '')) ?? number.replace(/\s+/g, '')) : undefined,
      issued: dated ? isoDate(dated) : undefined,
      issuer: authority ? authorityName(authority) : undefined,
    },
  };
}

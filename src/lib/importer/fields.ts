import { foldVietnamese } from '../text/fold';
import { AUTHORITY_PREFIX, isPersonName } from './layout';

/**
 * Number and symbol (số, ký hiệu) from "Số: 05/KH-BDT"; the number is null when left blank.
 * Copies space and dash symbols freely ("Số 04/ KH-THPTTX. PL", "195 /KH – LĐLĐ", "So 90-KH/TU"):
 * spaces inside the symbol and dashes of any kind are not part of it.
 */
export function parseNumberLine(line: string): { number: string | null; symbol?: string } {
  const lead = /^\s*(?:số|so|sô|sỐ|SỐ|SO)\s*(?:hiệu)?\s*:?\s*/iu.exec(line);
  const value = line
    .slice(lead ? lead[0].length : 0)
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s*([/-])\s*/g, '$1')
    .replace(/\.\s+(?=\p{Lu})/gu, '.')
    .trim();
  const match = /^([0-9]+[a-zA-Z]?)?[\s.…_]*[/-]?(.*)$/u.exec(value);
  const number = match?.[1] ?? null;
  const symbol = match?.[2]?.trim();
  return { number, symbol: symbol && /\p{L}/u.test(symbol) ? symbol : undefined };
}

/** Place and date from "Cao Bằng, ngày 05 tháng 01 năm 2023"; a blank day (or month) gives a partial date. */
export function parseDateLine(line: string): { place?: string; issued?: string } {
  const folded = foldVietnamese(line);
  const match = /^(.*?)[,\s]*\bngay\b\D*?(\d{1,2})?\D*?\bthang\b\D*?(\d{1,2})?\D*?\bnam\s*(\d{4})/.exec(folded);
  if (!match) return {};
  // Folding keeps the length here (NFC letters fold one-to-one), so the place can be cut from the original.
  const place = line.slice(0, match[1].length).replace(/^[*_\s]+|[*_,\s]+$/g, '').trim() || undefined;
  const [, , day, month, year] = match;
  const pad = (n: string) => n.padStart(2, '0');
  const validMonth = month && Number(month) >= 1 && Number(month) <= 12;
  // A day the month does not have ("ngày 30 tháng 2") is not a date: only the month is kept.
  const validDay = day && Number(day) >= 1 && validMonth && Number(day) <= new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
  const issued = validMonth ? (validDay ? `${year}-${pad(month)}-${pad(day)}` : `${year}-${pad(month)}`) : year;
  return { place, issued };
}

/** The signature block (chữ ký): authority prefix, the position signed for, the position, the name. */
export interface SignerFields {
  prefix?: string;
  onBehalfOf?: string;
  position?: string;
  name?: string;
  /** Lines read but not stored (a second authority line, "TM. ỦY BAN NHÂN DÂN" over "KT. CHỦ TỊCH"). */
  extra: string[];
  /** The authority prefix as printed, when the older form was used ("T/M" for "TM."). */
  printedPrefix?: string;
}

/** Reads the signature lines; notes such as "(Đã ký)" are kept as extra lines, never dropped. */
export function parseSigner(lines: string[]): SignerFields {
  const signer: SignerFields = { extra: [] };
  for (const line of lines) {
    if (/^\(.*\)$/.test(line) || /^(da ky|ky ten|ky, dong dau)\b/.test(foldVietnamese(line))) {
      signer.extra.push(line);
      continue;
    }
    const prefix = AUTHORITY_PREFIX.exec(line);
    const caps = line === line.toLocaleUpperCase('vi');
    if (prefix && caps) {
      if (signer.prefix) signer.extra.push(line);
      else {
        signer.prefix = `${prefix[1].replace('/', '')}.`;
        if (prefix[1].includes('/')) signer.printedPrefix = prefix[1];
        signer.onBehalfOf = prefix[2].trim();
      }
    } else if (caps && !signer.position && /\p{L}/u.test(line)) {
      signer.position = line;
    } else if (isPersonName(line)) {
      signer.name = line;
    } else {
      signer.extra.push(line);
    }
  }
  return signer;
}

/**
 * The theme (chủ đề) as the preamble quotes it: `chủ đề **“…”**`, `chủ đề: “…”` or `chủ đề "…"`.
 * Bold markers and the quotes are not part of the theme.
 */
export function findTheme(text: string): string | undefined {
  const match = /chủ đề\s*(?:là|của năm)?\s*:?\s*(?:\*\*)?\s*[“"«]([^”"»]{2,300})[”"»]/iu.exec(text) ?? /chủ đề\s*:?\s*\*\*([^*]{2,300})\*\*/iu.exec(text);
  return match?.[1].replace(/\*\*/g, '').trim() || undefined;
}

/**
 * A campaign year named in a title: "PHONG TRÀO THI ĐUA NĂM 2023", "năm học 2023 - 2024" (the
 * year it starts). The year of a date ("NGÀY 16 THÁNG 7 NĂM 2021", the date of a cited directive)
 * and a span of years ("Kế hoạch 5 năm (2021 - 2025)") are not a campaign year.
 */
export function yearInText(text: string | undefined): number | undefined {
  if (!text) return undefined;
  const folded = foldVietnamese(text);
  for (const match of folded.matchAll(/\bnam(\s+hoc)?\s+(\d{4})\b/g)) {
    const before = folded.slice(Math.max(0, match.index - 12), match.index);
    if (/thang\s*\d{1,2}\s*$/.test(before)) continue;
    return Number(match[2]);
  }
  return undefined;
}

/** Years of dates and of "năm YYYY" in a body, in order of appearance: the last resort for a campaign year. */
export function yearsInBody(text: string): number[] {
  const folded = foldVietnamese(text);
  return [...folded.matchAll(/\b(?:nam|\d{1,2}[/.-]\d{1,2}[/.-])\s*((?:19|20)\d{2})\b/g)].map((match) => Number(match[1]));
}

/** The document's role in the yearly cycle, from its type, subject and opening. */
export function roleOf(documentType: string | undefined, subject: string | undefined, opening: string): 'launch' | 'plan' | 'review' | 'award-decision' | 'other' {
  const type = foldVietnamese(documentType ?? '');
  const title = foldVietnamese(`${documentType ?? ''} ${subject ?? ''}`);
  // Launching is what the document does, not what a directive it carries out did ("THỰC HIỆN CHỈ THỊ ... VỀ VIỆC PHÁT ĐỘNG THI ĐUA").
  if (/^phat dong\b/.test(type) || /^(?:ve\s+(?:viec\s+)?)?phat dong\b/.test(foldVietnamese(subject ?? '').trim())) return 'launch';
  if (/^ke hoach\b/.test(type)) return 'plan';
  if (/^bao cao\b/.test(type) && /\b(so ket|tong ket)\b/.test(title)) return 'review';
  if (/^quyet dinh\b/.test(type) && /\bkhen thuong\b/.test(title)) return 'award-decision';
  if (/\bphat dong phong trao thi dua\b/.test(foldVietnamese(opening))) return 'launch';
  return 'other';
}

import { foldVietnamese } from '../text/fold';
import { AUTHORITY_PREFIX, isPersonName } from './layout';

/** Number and symbol (số, ký hiệu) from "Số: 05/KH-BDT"; the number is null when left blank. */
export function parseNumberLine(line: string): { number: string | null; symbol?: string } {
  const value = line.replace(/^\s*\S+\s*:\s*/u, '').replace(/\s*([/-])\s*/g, '$1').trim();
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
  const validDay = day && Number(day) >= 1 && Number(day) <= 31;
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
}

/** Reads the signature lines: "(Đã ký)" and similar notes are skipped. */
export function parseSigner(lines: string[]): SignerFields {
  const signer: SignerFields = { extra: [] };
  const meaningful = lines.filter((line) => !/^\(.*\)$/.test(line) && !/^(da ky|ky ten|ky, dong dau)\b/.test(foldVietnamese(line)));
  for (const line of meaningful) {
    const prefix = AUTHORITY_PREFIX.exec(line);
    const caps = line === line.toLocaleUpperCase('vi');
    if (prefix && caps) {
      if (signer.prefix) signer.extra.push(line);
      else {
        signer.prefix = `${prefix[1].replace('/', '')}.`;
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

/** A campaign year named in a title: "PHONG TRÀO THI ĐUA NĂM 2023". */
export function yearInText(text: string | undefined): number | undefined {
  const match = text ? /\bnam\s+(\d{4})\b/.exec(foldVietnamese(text)) : null;
  return match ? Number(match[1]) : undefined;
}

/** The document's role in the yearly cycle, from its type, subject and opening. */
export function roleOf(documentType: string | undefined, subject: string | undefined, opening: string): 'launch' | 'plan' | 'review' | 'award-decision' | 'other' {
  const type = foldVietnamese(documentType ?? '');
  const title = foldVietnamese(`${documentType ?? ''} ${subject ?? ''}`);
  if (/\bphat dong\b/.test(title)) return 'launch';
  if (/^ke hoach\b/.test(type)) return 'plan';
  if (/^bao cao\b/.test(type) && /\b(so ket|tong ket)\b/.test(title)) return 'review';
  if (/^quyet dinh\b/.test(type) && /\bkhen thuong\b/.test(title)) return 'award-decision';
  if (/\bphat dong phong trao thi dua\b/.test(foldVietnamese(opening))) return 'launch';
  return 'other';
}

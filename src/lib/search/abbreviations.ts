/**
 * The initials staff write for titles ("TTLĐXS" for Tập thể lao động xuất sắc, "CSTĐCS" for
 * Chiến sĩ thi đua cơ sở, "LĐTT", "CSTĐ"): decisions and tables use them, the index holds the
 * words. The search page also searches a query with such initials written out, and ranks and
 * marks results by the words. Built from the title catalogue (names and variants), so a
 * province's own titles get theirs.
 */
import { dKey } from './d-words';

const WORD = /[\p{L}\p{N}]+/gu;

/** Initials of some words, as written: "Tập thể lao động xuất sắc" → "TTLĐXS". */
export function initials(words: string[]): string {
  return words.map((word) => word[0].toUpperCase()).join('');
}

/** Words a shared beginning does not end on: "Huân chương Độc lập hạng …" stands for "Huân chương Độc lập". */
const LINKING = new Set(['của', 'cấp', 'hạng', 'các', 'và']);

/** The words two names begin with. */
function sharedStart(a: string[], b: string[]): string[] {
  let length = 0;
  while (length < a.length && length < b.length && dKey(a[length]) === dKey(b[length])) length += 1;
  return a.slice(0, length);
}

/**
 * Folded initials → the words they stand for, from the catalogue's titles (each a name and its
 * variants): every name's initials, three letters at least, and those of the words two titles
 * begin with ("CSTĐ" → "Chiến sĩ thi đua", "TTLĐ" → "Tập thể lao động", "HCĐL" → "Huân chương
 * Độc lập"), three words at least. A key two names share keeps the first (the catalogue lists the
 * highest titles first).
 */
export function titleAbbreviations(titles: string[][]): Record<string, string> {
  const map: Record<string, string> = {};
  const named = titles.map((names) => names.map((name) => name.match(WORD) ?? []).filter((words) => words.length >= 3));
  for (const words of named.flat()) map[dKey(initials(words))] ??= words.join(' ');
  named.forEach((names, t) => {
    for (const other of named.slice(t + 1)) {
      for (const a of names) {
        for (const b of other) {
          const stem = sharedStart(a, b);
          while (stem.length && LINKING.has(stem.at(-1)!.toLowerCase())) stem.pop();
          if (stem.length >= 3) map[dKey(initials(stem))] ??= stem.join(' ');
        }
      }
    }
  });
  return map;
}

/**
 * Bodies and the field, which documents write either way ("UBND huyện", "Ủy ban nhân dân huyện"):
 * folded initials → the words. The search page searches a query both ways.
 */
export const COMMON_ABBREVIATIONS: Record<string, string> = {
  ubnd: 'Ủy ban nhân dân',
  hdnd: 'Hội đồng nhân dân',
  ubmttq: 'Ủy ban Mặt trận Tổ quốc',
  mttq: 'Mặt trận Tổ quốc',
  tdkt: 'thi đua khen thưởng',
  ldld: 'Liên đoàn Lao động',
  hlhpn: 'Hội Liên hiệp Phụ nữ',
  tncs: 'Thanh niên Cộng sản',
  ccb: 'Cựu chiến binh',
  bch: 'Ban Chấp hành',
  gddt: 'Giáo dục và Đào tạo',
  thcs: 'Trung học cơ sở',
  thpt: 'Trung học phổ thông',
};

/**
 * A query with the words of a common abbreviation written as its initials ("Ủy ban nhân dân huyện"
 * → "ubnd huyện"), and the initials it put in; the query itself when none is there.
 */
export function contractAbbreviations(query: string, map: Record<string, string> = COMMON_ABBREVIATIONS): { text: string; inserted: string[] } {
  let text = query;
  const inserted: string[] = [];
  for (const [short, full] of Object.entries(map)) {
    const words = (full.match(WORD) ?? []).map((word) => dKey(word));
    const found = [...text.matchAll(WORD)];
    for (let at = 0; at + words.length <= found.length; at += 1) {
      if (!words.every((word, i) => dKey(found[at + i][0]) === word)) continue;
      const start = found[at].index!;
      const end = found[at + words.length - 1].index! + found[at + words.length - 1][0].length;
      text = `${text.slice(0, start)}${short}${text.slice(end)}`;
      inserted.push(short);
      break;
    }
  }
  return { text, inserted };
}

/** A query with the initials it contains written out, and which were; the query itself when none is known. */
export function expandAbbreviations(query: string, map: Record<string, string>): { text: string; expanded: [string, string][] } {
  const expanded: [string, string][] = [];
  const text = query.replace(WORD, (word) => {
    const full = /^\p{L}+$/u.test(word) ? map[dKey(word)] : undefined;
    if (!full) return word;
    expanded.push([word, full]);
    return full;
  });
  return { text, expanded };
}

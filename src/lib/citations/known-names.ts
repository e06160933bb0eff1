/**
 * Documents cited by name (laws, Party congress resolutions) as their standard names, so that a
 * name with a letter dropped by the source ("Đại hội đại biu toàn quc") or holding a word that
 * would otherwise end it ("Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân") is the same
 * document, not a second register entry. The source's spelling stays in the citation's text.
 */
import { distance } from 'fastest-levenshtein';
import { foldVietnamese } from '../text/fold';

/** Standard names of documents the domain cites by name (domain guide §4), with their kind. */
export const KNOWN_NAMES: readonly { kind: string; name: string }[] = [
  ...[
    'Thi đua, khen thưởng',
    'Tổ chức chính quyền địa phương',
    'Tổ chức Chính phủ',
    'Tổ chức Hội đồng nhân dân và Ủy ban nhân dân',
    'Tổ chức Quốc hội',
    'Ban hành văn bản quy phạm pháp luật',
    // The 2004 law for councils and committees, before the 2015 law merged the two.
    'Ban hành văn bản quy phạm pháp luật của Hội đồng nhân dân, Ủy ban nhân dân',
    'Cán bộ, công chức',
    'Viên chức',
    'Phòng, chống tham nhũng',
    'Thực hành tiết kiệm, chống lãng phí',
    'Ngân sách nhà nước',
    'Công đoàn',
    'Thanh niên',
    'Giáo dục',
    'Biên giới quốc gia',
    'Dân quân tự vệ',
    'Bảo vệ môi trường',
    'Đầu tư công',
    'Thực hiện dân chủ ở cơ sở',
    'Mặt trận Tổ quốc Việt Nam',
    'Người cao tuổi',
    'Phòng cháy và chữa cháy',
  ].map((name) => ({ kind: 'Luật', name: `Luật ${name}` })),
  ...['XI', 'XII', 'XIII', 'XIV'].map((term) => ({ kind: 'Nghị quyết', name: `Nghị quyết Đại hội đại biểu toàn quốc lần thứ ${term} của Đảng` })),
  ...[
    'Đảng Cộng sản Việt Nam',
    'Công đoàn Việt Nam',
    'Hội Cựu chiến binh Việt Nam',
    'Hội Liên hiệp Phụ nữ Việt Nam',
    'Hội Nông dân Việt Nam',
    'Đoàn Thanh niên Cộng sản Hồ Chí Minh',
    'Mặt trận Tổ quốc Việt Nam',
  ].map((organisation) => ({ kind: 'Điều lệ', name: `Điều lệ ${organisation}` })),
];

/** Abbreviations names are written with ("Đại hội ĐBTQ lần thứ XIII"), folded, and their words. */
const NAME_ABBREVIATIONS: readonly [RegExp, string][] = [
  [/\bdbtq\b/g, 'dai bieu toan quoc'],
  [/\bdhdbtq\b/g, 'dai hoi dai bieu toan quoc'],
  // "Luật Tổ chức HĐND và UBND", as basis lines often shorten it.
  [/\bhdnd\b/g, 'hoi dong nhan dan'],
  [/\bubnd\b/g, 'uy ban nhan dan'],
  // "Điều lệ Đoàn TNCS Hồ Chí Minh".
  [/\btncs\b/g, 'thanh nien cong san'],
];

/** Folded words of a name, abbreviations written out, for comparison. */
export function nameWords(name: string): string {
  return NAME_ABBREVIATIONS.reduce((words, [pattern, full]) => words.replace(pattern, full), foldVietnamese(name).replace(/[^a-z0-9]+/g, ' ').trim());
}

/** Edits a name of this many folded characters may differ by and still be the same name: about one letter in 25. */
function allowedEdits(length: number): number {
  return Math.floor(length / 25);
}

/**
 * The standard spelling of a name among `names` (the known names and those cited earlier in the
 * same text) when the written one is within a few dropped or changed letters of it, and as long
 * (in words) — so "Luật Tổ chức Chính phủ" never turns into "Luật Tổ chức Quốc hội". Undefined
 * when none is close enough or two are.
 */
export function closestName(written: string, names: readonly string[]): string | undefined {
  const words = nameWords(written);
  const count = words.split(' ').length;
  const limit = allowedEdits(words.length);
  let best: string | undefined;
  let bestDistance = Infinity;
  let tie = false;
  for (const name of names) {
    const candidate = nameWords(name);
    if (candidate === words) return name;
    if (limit === 0 || candidate.split(' ').length !== count || Math.abs(candidate.length - words.length) > limit) continue;
    const d = distance(candidate, words);
    if (d > limit) continue;
    if (d < bestDistance) {
      best = name;
      bestDistance = d;
      tie = false;
    } else if (d === bestDistance && nameWords(best ?? '') !== candidate) tie = true;
  }
  return tie ? undefined : best;
}

/**
 * The name to store for a name as written: the standard spelling when the source's differs by a
 * dropped or changed letter, else the source's own (capitals as written).
 */
export function standardName(written: string, names: readonly string[]): string {
  const close = closestName(written, names);
  // The source's own spelling is kept when it differs from the standard one only in capitals.
  const plain = (name: string) => foldVietnamese(name).replace(/[^a-z0-9]+/g, ' ').trim();
  return close && plain(close) !== plain(written) ? close : written;
}

/** Known names of one kind. */
export function knownNamesOf(kind: string): string[] {
  return KNOWN_NAMES.filter((known) => known.kind === kind).map((known) => known.name);
}

/**
 * How many of `words` (folded, after the type word) spell a known name of that kind whose words
 * a stop word or comma would cut ("... Hội đồng nhân dân và Ủy ban nhân dân"); 0 when none does.
 * Longest first, each word compared within the letters a copy may drop.
 */
export function knownNameLength(kind: string, words: readonly string[]): number {
  let longest = 0;
  // Each written word with its abbreviation written out ("hdnd" → "hoi dong nhan dan"), and how many written words give how many.
  const expanded = words.map((word) => nameWords(word).split(' '));
  for (const name of knownNamesOf(kind)) {
    const known = nameWords(name).split(' ').slice(1);
    let used = 0;
    let spelt: string[] = [];
    while (used < expanded.length && spelt.length < known.length) spelt = [...spelt, ...expanded[used++]];
    if (used <= longest || spelt.length !== known.length) continue;
    const written = spelt.join(' ');
    if (written === known.join(' ') || distance(written, known.join(' ')) <= allowedEdits(written.length)) longest = used;
  }
  return longest;
}

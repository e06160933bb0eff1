import { foldVietnamese } from '../text/fold';

/**
 * A body's full name in running text from the capitals of a document header (domain guide §3):
 * abbreviations written out, official capitals ("Sở Nội vụ", "Sở Lao động - Thương binh và Xã
 * hội"), place names capitalised, a Party committee named by its place ("Huyện ủy Trà Lĩnh"), a
 * standing organ named with the body it belongs to ("Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt
 * Nam thành phố Cần Thơ"), and a school by its own name. The header name itself is kept as printed.
 */

const key = (text: string) => foldVietnamese(text).replace(/\s+/g, ' ').trim();
const NOT_LETTER_BEFORE = '(?<![\\p{L}\\p{N}])';
const NOT_LETTER_AFTER = '(?![\\p{L}\\p{N}])';
const word = (pattern: string, flags = 'giu') => new RegExp(`${NOT_LETTER_BEFORE}(?:${pattern})${NOT_LETTER_AFTER}`, flags);

/** Abbreviations of header names, written out (case of the result is settled afterwards). */
const ABBREVIATIONS: [RegExp, string][] = [
  [word('ỦY BAN MTTQ VIỆT NAM|UBMTTQ VIỆT NAM|UBMTTQVN'), 'Ủy ban Mặt trận Tổ quốc Việt Nam'],
  [word('MTTQ VIỆT NAM|MTTQVN'), 'Mặt trận Tổ quốc Việt Nam'],
  [word('UBND'), 'Ủy ban nhân dân'],
  [word('HĐND'), 'Hội đồng nhân dân'],
  [word('MTTQ'), 'Mặt trận Tổ quốc'],
  [word('UBMTTQ'), 'Ủy ban Mặt trận Tổ quốc'],
  [word('TĐ\\s*[-–]\\s*KT|TĐKT'), 'Thi đua - Khen thưởng'],
  [word('GD\\s*[-–]\\s*ĐT|GDĐT'), 'Giáo dục và Đào tạo'],
  [word('LĐLĐ'), 'Liên đoàn Lao động'],
  [word('TNXP'), 'Thanh niên xung phong'],
  [/(?<![\p{L}])TX\.\s*/giu, 'thị xã '],
  [/(?<![\p{L}])TP\.\s*/giu, 'thành phố '],
  [word('TRƯỜNG MN'), 'Trường Mầm non'],
  [word('TRƯỜNG TH'), 'Trường Tiểu học'],
  [word('HỘI LIÊN HIỆP PHỤ NỮ|HỘI LHPN'), 'Hội Liên hiệp Phụ nữ'],
  [word('HỘI NÔNG DÂN'), 'Hội Nông dân'],
  [word('HỘI CỰU CHIẾN BINH'), 'Hội Cựu chiến binh'],
  [word('VIỆT NAM'), 'Việt Nam'],
  [word('HỒ CHÍ MINH'), 'Hồ Chí Minh'],
];

/** "tỉnh Cao Bằng", "huyện Hà Quảng": a locality at the end of a name ("xã hội" is not a commune). */
const LOCALITY = /\b(tinh|thanh pho|huyen|quan|thi xa|thi tran|xa(?! hoi\b)|phuong)\s+(\S.*)$/;
/** Party committees named by their place: "HUYỆN ỦY TRÀ LĨNH", "TỈNH ỦY SƠN LA". */
const PARTY_COMMITTEE = /^(tinh|huyen|thanh|quan|thi|dang) uy\s+(\S.*)$/;
/** Standing organs, named with the body they belong to. */
const STANDING_ORGAN = /^(ban thuong truc|ban thuong vu|thuong truc|ban chap hanh|doan chu tich|ban giam hieu)$/;
/** Words that name a kind of body; the field after them is capitalised ("Sở Nội vụ", "Phòng Giáo dục và Đào tạo"). */
const BODY_KIND_WORD = /^(so|phong|ban|cuc|chi cuc|tong cuc|van phong|trung tam|thanh tra|hoi dong|hoi|doan|cong doan|lien doan|bo|vien|khoi|cum)\s/;
/**
 * Organisations whose header names the place without its tier ("HỘI LIÊN HIỆP PHỤ NỮ HÀ NỘI",
 * "LIÊN ĐOÀN LAO ĐỘNG KHÁNH HÒA"): what follows the organisation's name is a place name.
 */
const ORGANISATION = /^(hoi lien hiep phu nu|lien doan lao dong|hoi nong dan|hoi cuu chien binh|hoi chu thap do|doan tncs ho chi minh|doan thanh nien cong san ho chi minh|uy ban mat tran to quoc viet nam|mat tran to quoc viet nam) (?!(?:tinh|thanh pho|huyen|quan|thi xa|thi tran|xa|phuong|viet nam)\b)\S/;
/** A school: everything after its level is its own name ("Trường Tiểu học Kim Đồng"). */
const SCHOOL = /^truong (mam non|mau giao|tieu hoc|trung hoc co so|trung hoc pho thong|thcs|thpt|th|mn|pt dtnt|ptdtnt|dai hoc|cao dang|trung cap)\s/;
/** All-capital abbreviations without a vowel stay in capitals: THPT, THCS, MTTQ, TNCS. */
const ACRONYM = /^[B-DF-HJ-NP-TV-ZĐ]{2,6}$/u;

const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
const capitaliseWords = (text: string) => text.replace(/(^|\s)(\p{L})/gu, (_, space: string, letter: string) => space + letter.toLocaleUpperCase('vi'));

/** Lower case, but acronyms kept. */
function lowerWords(text: string): string {
  return text
    .split(' ')
    .map((part) => (ACRONYM.test(part) ? part : part.toLocaleLowerCase('vi')))
    .join(' ');
}

/** Official capitals of a body's name in lower case: kind in sentence case, its field capitalised. */
function officialCase(lower: string): string {
  const folded = foldVietnamese(lower);
  const school = SCHOOL.exec(folded);
  if (school) return capitalise(lower.slice(0, school[0].length)) + capitaliseWords(lower.slice(school[0].length)).replace(/(Thị|Thành) (Xã|Phố|Trấn)/gu, (_, a: string, b: string) => `${a} ${b.toLocaleLowerCase('vi')}`);
  const party = PARTY_COMMITTEE.exec(folded);
  if (party) return capitalise(lower.slice(0, lower.length - party[2].length)) + capitaliseWords(lower.slice(lower.length - party[2].length));
  const kind = BODY_KIND_WORD.exec(folded);
  if (!kind) return capitalise(lower);
  const head = lower.slice(0, kind[0].length);
  const field = lower.slice(kind[0].length).replace(/(^|\s(?:và|-|–)\s|,\s)(\p{L})/gu, (_, before: string, letter: string) => before + letter.toLocaleUpperCase('vi'));
  return capitalise(head) + field;
}

/** "BAN DÂN TỘC" → "Ban Dân tộc"; "UBND TỈNH CAO BẰNG" → "Ủy ban nhân dân tỉnh Cao Bằng". */
function nameOf(header: string): string {
  // Lower case first (acronyms kept), then abbreviations written out in their own capitals.
  let name = lowerWords(header.replace(/\s+/g, ' ').trim());
  for (const [pattern, full] of ABBREVIATIONS) name = name.replace(pattern, full);
  // "Trung ương" names the central level: capitalised in every body's name ("Ban Dân vận Trung ương").
  const sentence = officialCase(name.replace(/\s+/g, ' ').trim()).replace(/(?<!\p{L})trung ương(?!\p{L})/gu, 'Trung ương');
  if (PARTY_COMMITTEE.test(key(sentence)) || SCHOOL.test(key(sentence))) return sentence;
  const organisation = ORGANISATION.exec(key(sentence));
  if (organisation) return sentence.slice(0, organisation[1].length) + capitaliseWords(sentence.slice(organisation[1].length));
  // Folding keeps the length of NFC text, so offsets found in the folded key apply to the name.
  const locality = LOCALITY.exec(foldVietnamese(sentence));
  if (!locality) return sentence;
  const start = sentence.length - locality[2].length;
  return sentence.slice(0, start) + capitaliseWords(sentence.slice(start));
}

/** The locality of a header in running-text form: "tỉnh Cao Bằng" for "UBND TỈNH CAO BẰNG". */
export function localityOf(header: string): { phrase: string; place: string } | undefined {
  const full = nameOf(header);
  const locality = LOCALITY.exec(foldVietnamese(full));
  if (!locality) return undefined;
  return { phrase: full.slice(locality.index), place: full.slice(full.length - locality[2].length) };
}

/** Does a header name its own place, so that its parent's locality is not added ("HUYỆN ỦY TRÀ LĨNH", a school)? */
export function ownsLocality(header: string): boolean {
  const name = key(nameOf(header));
  return PARTY_COMMITTEE.test(name) || SCHOOL.test(name);
}

/**
 * The full name of the body a header names: its own name, with the locality its parent gives
 * ("Phòng Nội vụ huyện Hà Quảng"), or, for a standing organ, with its parent's name.
 */
export function bodyName(header: string, parentHeader?: string, locality?: string): string {
  const own = nameOf(header);
  if (parentHeader && STANDING_ORGAN.test(key(own))) return `${own} ${nameOf(parentHeader)}`;
  // "BAN CHẤP HÀNH TỈNH KHÁNH HÒA" under "ĐOÀN TNCS HỒ CHÍ MINH": the organ, its body, then the place.
  const placed = standingOrganOf(own);
  if (parentHeader && placed) return placed.central ? `${placed.organ} Trung ương ${nameOf(parentHeader)}` : `${placed.organ} ${nameOf(parentHeader)} ${placed.locality}`;
  return locality ? `${own} ${locality}` : own;
}

/** A standing organ named with its place but not its body ("Ban Chấp hành tỉnh Khánh Hòa"): the organ and the place. */
function standingOrganOf(name: string): { organ: string; locality: string; central?: boolean } | undefined {
  // "BAN CHẤP HÀNH TRUNG ƯƠNG" under "HỘI NÔNG DÂN VIỆT NAM": the organ of the organisation's central level.
  const central = / trung uong$/.exec(key(name));
  if (central && STANDING_ORGAN.test(key(name).slice(0, central.index))) return { organ: name.slice(0, central.index).trim(), locality: '', central: true };
  const locality = LOCALITY.exec(foldVietnamese(name));
  if (!locality) return undefined;
  const organ = name.slice(0, locality.index).trim();
  return STANDING_ORGAN.test(key(organ)) ? { organ, locality: name.slice(locality.index) } : undefined;
}

/** Is this header a standing organ (Ban Chấp hành, Ban Thường vụ, ...), which is named, and so identified, with its body? */
export function isStandingOrgan(header: string): boolean {
  const own = nameOf(header);
  return STANDING_ORGAN.test(key(own)) || standingOrganOf(own) !== undefined;
}

/**
 * "tỉnh Ninh Thuận" from a body that names the place of the date line with its tier; undefined
 * when the body never does. Used when a header prints only "ỦY BAN NHÂN DÂN".
 */
export function localityPhraseIn(body: string, place: string): string | undefined {
  const folded = foldVietnamese(body);
  const wanted = foldVietnamese(place).replace(/\s+/g, ' ').trim();
  if (!wanted) return undefined;
  const pattern = new RegExp(`\\b(tinh|thanh pho|huyen|quan|thi xa|thi tran|xa|phuong)\\s+${wanted.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`);
  const match = pattern.exec(folded);
  return match ? body.slice(match.index, match.index + match[0].length) : undefined;
}

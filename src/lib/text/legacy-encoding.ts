/**
 * Legacy Vietnamese encodings (domain guide §8). Documents typed in the 1990s-2000s fonts
 * .VnTime (TCVN3, also called ABC) or VNI-Times store Vietnamese letters as Latin-1 bytes;
 * read as Unicode they show as mojibake: TCVN3 "Céng hoµ x· héi", VNI "Coäng hoøa xaõ hoäi".
 * Detection is statistical: convert with each table and count how many words become valid
 * Vietnamese syllables. The tables are data.
 */

/** Unicode letter → its TCVN3 (ABC) character, lower case plus the seven upper-case base letters. */
const TCVN3_TABLE: readonly (readonly [string, string])[] = [
  ['à', 'µ'], ['á', '¸'], ['ả', '¶'], ['ã', '·'], ['ạ', '¹'],
  ['ă', '¨'], ['ằ', '»'], ['ắ', '¾'], ['ẳ', '¼'], ['ẵ', '½'], ['ặ', 'Æ'],
  ['â', '©'], ['ầ', 'Ç'], ['ấ', 'Ê'], ['ẩ', 'È'], ['ẫ', 'É'], ['ậ', 'Ë'],
  ['đ', '®'],
  ['è', 'Ì'], ['é', 'Ð'], ['ẻ', 'Î'], ['ẽ', 'Ï'], ['ẹ', 'Ñ'],
  ['ê', 'ª'], ['ề', 'Ò'], ['ế', 'Õ'], ['ể', 'Ó'], ['ễ', 'Ô'], ['ệ', 'Ö'],
  ['ì', '×'], ['í', 'Ý'], ['ỉ', 'Ø'], ['ĩ', 'Ü'], ['ị', 'Þ'],
  ['ò', 'ß'], ['ó', 'ã'], ['ỏ', 'á'], ['õ', 'â'], ['ọ', 'ä'],
  ['ô', '«'], ['ồ', 'å'], ['ố', 'è'], ['ổ', 'æ'], ['ỗ', 'ç'], ['ộ', 'é'],
  ['ơ', '¬'], ['ờ', 'ê'], ['ớ', 'í'], ['ở', 'ë'], ['ỡ', 'ì'], ['ợ', 'î'],
  ['ù', 'ï'], ['ú', 'ó'], ['ủ', 'ñ'], ['ũ', 'ò'], ['ụ', 'ô'],
  ['ư', '\u00ad'], ['ừ', 'õ'], ['ứ', 'ø'], ['ử', 'ö'], ['ữ', '÷'], ['ự', 'ù'],
  ['ỳ', 'ú'], ['ý', 'ý'], ['ỷ', 'û'], ['ỹ', 'ü'], ['ỵ', 'þ'],
  ['Ă', '¡'], ['Â', '¢'], ['Đ', '§'], ['Ê', '£'], ['Ô', '¤'], ['Ơ', '¥'], ['Ư', '¦'],
];

/**
 * VNI: a base letter followed by modifier characters, in the order no tone, sắc, huyền, hỏi,
 * ngã, nặng. Lower case shown; upper case uses the upper-case forms of the same characters.
 */
const VNI_BASES: readonly (readonly [string, string])[] = [
  ['a', 'a'], ['â', 'aâ'], ['ă', 'aê'], ['e', 'e'], ['ê', 'eâ'], ['o', 'o'], ['ô', 'oâ'], ['ơ', 'ô'],
  ['u', 'u'], ['ư', 'ö'], ['y', 'y'],
];
/** Tone modifiers after a VNI base (sắc, huyền, hỏi, ngã, nặng); the circumflex and breve bases have their own. */
const VNI_TONES = ['ù', 'ø', 'û', 'õ', 'ï'];
const VNI_CIRCUMFLEX_TONES = ['á', 'à', 'å', 'ã', 'ä'];
const VNI_BREVE_TONES = ['é', 'è', 'ú', 'ü', 'ë'];
/** Letters VNI writes as one character: i with tones, ỵ, đ. */
const VNI_SINGLES: readonly (readonly [string, string])[] = [
  ['í', 'í'], ['ì', 'ì'], ['ỉ', 'æ'], ['ĩ', 'ó'], ['ị', 'ò'], ['ỵ', 'î'], ['đ', 'ñ'],
];
/** Combining tone marks in the order sắc, huyền, hỏi, ngã, nặng. */
const TONE_MARKS = ['\u0301', '\u0300', '\u0309', '\u0303', '\u0323'];

export type LegacyEncoding = 'tcvn3' | 'vni';

function upper(text: string): string {
  return text.toLocaleUpperCase('vi');
}

function buildTcvn3(): Map<string, string> {
  const map = new Map<string, string>();
  for (const [unicode, legacy] of TCVN3_TABLE) map.set(legacy, unicode);
  return map;
}

function buildVni(): Map<string, string> {
  const map = new Map<string, string>();
  const add = (unicode: string, legacy: string) => {
    map.set(legacy, unicode);
    map.set(upper(legacy), upper(unicode));
  };
  for (const [base, legacy] of VNI_BASES) {
    if (legacy !== base) add(base, legacy);
    const tones = base === 'â' || base === 'ê' || base === 'ô' ? VNI_CIRCUMFLEX_TONES : base === 'ă' ? VNI_BREVE_TONES : VNI_TONES;
    const stem = base === 'â' || base === 'ê' || base === 'ô' || base === 'ă' ? legacy.slice(0, 1) : legacy;
    tones.forEach((tone, index) => add(`${base}${TONE_MARKS[index]}`.normalize('NFC'), `${stem}${tone}`));
  }
  for (const [unicode, legacy] of VNI_SINGLES) add(unicode, legacy);
  return map;
}

const TCVN3 = buildTcvn3();
const VNI = buildVni();

/** Replaces legacy sequences, longest first (VNI pairs before single characters). */
function convertWith(map: Map<string, string>, text: string): string {
  let out = '';
  for (let i = 0; i < text.length; ) {
    const pair = map.get(text.slice(i, i + 2));
    if (pair !== undefined && text.length - i >= 2) {
      out += pair;
      i += 2;
      continue;
    }
    out += map.get(text[i]) ?? text[i];
    i += 1;
  }
  return out;
}

/**
 * .VnTimeH (the upper-case TCVN3 font) uses the lower-case codes: "CéNG HOµ" is "CỘNG HÒA".
 * A word whose plain letters are all capitals is upper-cased whole after conversion.
 */
function restoreCapitals(text: string): string {
  return text.replace(/[\p{L}\p{M}]+/gu, (word) => {
    const ascii = word.replace(/[^A-Za-z]/g, '');
    return ascii.length >= 1 && ascii === ascii.toUpperCase() && word !== upper(word) && /[A-Z]/.test(ascii) ? upper(word) : word;
  });
}

/**
 * Unicode text written as it would read in a legacy encoding (upper-case TCVN3 letters with tones
 * become their lower-case codes, as in .VnTimeH): for test fixtures and for showing an editor
 * what a legacy file looks like.
 */
export function encodeLegacy(text: string, encoding: LegacyEncoding): string {
  const map = encoding === 'tcvn3' ? TCVN3 : VNI;
  const inverse = new Map([...map].map(([legacy, unicode]) => [unicode, legacy]));
  return [...text.normalize('NFC')]
    .map((char) => inverse.get(char) ?? (encoding === 'tcvn3' ? inverse.get(char.toLocaleLowerCase('vi')) : undefined) ?? char)
    .join('');
}

/** Converts text in a legacy encoding (as read into Unicode) to Unicode NFC. */
export function convertLegacy(text: string, encoding: LegacyEncoding): string {
  if (encoding === 'tcvn3') return restoreCapitals(convertWith(TCVN3, text)).normalize('NFC');
  return convertWith(VNI, text).normalize('NFC');
}

const ONSET = '(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?';
/** Vowel nuclei of Vietnamese syllables, without tone marks. */
const NUCLEI = [
  'a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y',
  'ai', 'ao', 'au', 'ay', 'âu', 'ây', 'eo', 'êu', 'ia', 'iê', 'iêu', 'iu', 'oa', 'oai', 'oao', 'oay', 'oă',
  'oe', 'oeo', 'oi', 'ôi', 'ơi', 'oo', 'ôô', 'ua', 'uâ', 'uây', 'uê', 'ui', 'uô', 'uôi', 'uơ', 'uy', 'uya',
  'uyê', 'uyu', 'ưa', 'ưi', 'ươ', 'ươi', 'ươu', 'ưu', 'yê', 'yêu',
].sort((a, b) => b.length - a.length);
const CODA = '(?:ch|ng|nh|[cmnpti]|y|o|u)?';
const SYLLABLE = new RegExp(`^${ONSET}(?:${NUCLEI.join('|')})${CODA}$`, 'u');

/** Is this (lower-case) word a possible Vietnamese syllable with at most one tone mark? */
function isSyllable(word: string): boolean {
  const decomposed = word.normalize('NFD');
  const tones = decomposed.match(/[\u0300\u0301\u0303\u0309\u0323]/g)?.length ?? 0;
  if (tones > 1) return false;
  const toneless = decomposed.replace(/[\u0300\u0301\u0303\u0309\u0323]/g, '').normalize('NFC');
  return SYLLABLE.test(toneless);
}

/** Words that carry something beyond ASCII: the only ones that tell encodings apart. */
function markedWords(text: string): string[] {
  const words = text.toLocaleLowerCase('vi').match(/[\p{L}\p{M}\u00a1-\u00bf\u00d7\u00f7]+/gu) ?? [];
  return words.filter((word) => /[^a-z]/.test(word));
}

/** Share of marked words that are Vietnamese syllables: near 1 for real Vietnamese text. */
function syllableScore(text: string): number {
  const words = markedWords(text.normalize('NFC'));
  return words.length === 0 ? 1 : words.filter(isSyllable).length / words.length;
}

/** What the statistics say about a text's encoding. */
export interface EncodingVerdict {
  encoding: 'unicode' | LegacyEncoding | 'unknown-legacy';
  /** The text in Unicode, when it is Unicode or could be converted. */
  converted?: string;
  /** Share of marked words that read as Vietnamese after conversion. */
  score: number;
}

/** Characters of Latin-1 that Vietnamese in Unicode never uses: their presence suggests a legacy encoding. */
const NON_VIETNAMESE_LATIN1 = /[\u00a1-\u00bf\u00c4-\u00c7\u00cb\u00ce-\u00d1\u00d6-\u00d8\u00db\u00dc\u00de-\u00df\u00e4-\u00e7\u00eb\u00ee-\u00f1\u00f6-\u00f8\u00fb\u00fc\u00fe\u00ff]/gu;

/**
 * Whether a text may be legacy text read as Unicode, cheaply (no syllable counting): legacy text has
 * none of the letters Unicode Vietnamese is made of (ơ, ư, ạ ... ỹ), so a text with at least as many
 * of those as odd Latin-1 signs is Unicode with some symbols (« ° ±).
 */
export function mayBeLegacy(text: string): boolean {
  const odd = text.match(NON_VIETNAMESE_LATIN1)?.length ?? 0;
  const vniPairs = text.match(/[aeouyôö][ùøûõïáàåãäéèúüë]|[AEOUYÔÖ][ÙØÛÕÏÁÀÅÃÄÉÈÚÜË]/gu)?.length ?? 0;
  if (odd + vniPairs < 3) return false;
  const vnUnicode = text.match(/[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]/gu)?.length ?? 0;
  return vnUnicode < odd + vniPairs;
}

/**
 * Decides whether a text is Unicode Vietnamese, TCVN3 or VNI read as Unicode, by character
 * statistics: legacy text has characters Vietnamese never uses, and converting it with the right
 * table turns most marked words into syllables. Plain ASCII and real Unicode stay as they are.
 */
export function detectLegacyEncoding(text: string): EncodingVerdict {
  const original = syllableScore(text);
  if (!mayBeLegacy(text)) return { encoding: 'unicode', converted: text, score: original };

  const candidates = (['tcvn3', 'vni'] as const).map((encoding) => {
    const converted = convertLegacy(text, encoding);
    return { encoding, converted, score: syllableScore(converted) };
  });
  const best = candidates.sort((a, b) => b.score - a.score)[0];
  if (best.score >= 0.85 && best.score > original + 0.1) return best;
  if (original >= 0.85) return { encoding: 'unicode', converted: text, score: original };
  return { encoding: 'unknown-legacy', score: Math.max(best.score, original) };
}

/** Name of the encoding and the fonts it goes with, for messages. */
export const LEGACY_NAMES: Readonly<Record<LegacyEncoding, string>> = {
  tcvn3: 'TCVN3 (ABC, phông .VnTime)',
  vni: 'VNI (phông VNI-Times)',
};

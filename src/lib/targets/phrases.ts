/**
 * Phrase tables for target parsing (domain guide §5, §6), kept as data so new wordings are
 * added here rather than in the parser. Written with diacritics for readability; matching
 * ignores tones and, for text typed without diacritics, all marks (see match.ts).
 */
import type { Comparator } from './types';
import { compilePhrase, compilePhrases, type Phrase } from './match';

/** Openers that carry no measure: "Phấn đấu" (the seed's "Phần đầu" folds to the same key), "có", … */
export const LEAD_WORDS: readonly Phrase[] = compilePhrases([
  'phấn đấu',
  'có',
  'đảm bảo',
  'bảo đảm',
  'phải',
  'trong đó',
  'trong số đó',
  'mục tiêu',
  'chỉ tiêu',
]);

/** Verbs after which a bare count still reads as the target figure: "Tổ chức 02 hội nghị". */
export const LEAD_VERBS: readonly Phrase[] = compilePhrases([
  'hoàn thành',
  'thực hiện',
  'tổ chức',
  'xây dựng',
  'giải quyết',
  'phát hiện',
  'nhân rộng',
  'đạt',
]);

/** A table phrase that sets the comparator. */
export interface ComparatorPhrase extends Phrase {
  readonly comparator: Comparator;
  /** Only opens a range ("từ 5% trở xuống"): a word after the figure decides the direction. */
  readonly weak: boolean;
}

function comparatorTable(
  rows: ReadonlyArray<readonly [string, Comparator] | readonly [string, Comparator, 'weak']>,
): ComparatorPhrase[] {
  return rows
    .map(([source, comparator, weak]) => ({ ...compilePhrase(source), comparator, weak: weak === 'weak' }))
    .sort((a, b) => b.words.length - a.words.length);
}

/** Comparator words written just before the figure ("ít nhất 01", "trên 90%"). */
export const COMPARATORS_BEFORE: readonly ComparatorPhrase[] = comparatorTable([
  ['ít nhất', 'gte'],
  ['ít nhất là', 'gte'],
  ['tối thiểu', 'gte'],
  ['tối thiểu là', 'gte'],
  ['không dưới', 'gte'],
  ['không ít hơn', 'gte'],
  ['không thấp hơn', 'gte'],
  ['từ', 'gte', 'weak'],
  ['trên', 'gt'],
  ['hơn', 'gt'],
  ['nhiều hơn', 'gt'],
  ['cao hơn', 'gt'],
  ['không quá', 'lte'],
  ['không vượt quá', 'lte'],
  ['tối đa', 'lte'],
  ['tối đa là', 'lte'],
  ['không nhiều hơn', 'lte'],
  ['không cao hơn', 'lte'],
  ['dưới', 'lt'],
  ['ít hơn', 'lt'],
  ['thấp hơn', 'lt'],
]);

/** Comparator words written just after the figure ("95% trở lên", "từ 5% trở xuống"). */
export const COMPARATORS_AFTER: readonly ComparatorPhrase[] = comparatorTable([
  ['trở lên', 'gte'],
  ['trở xuống', 'lte'],
]);

/** Small numbers spelt out; only read right after a comparator ("ít nhất một tập thể"), since "năm" is also "year". */
export const NUMBER_WORDS: ReadonlyArray<{ readonly phrase: Phrase; readonly value: number }> = (
  [
    ['một', 1],
    ['hai', 2],
    ['ba', 3],
    ['bốn', 4],
    ['năm', 5],
    ['sáu', 6],
    ['bảy', 7],
    ['bẩy', 7],
    ['tám', 8],
    ['chín', 9],
    ['mười', 10],
  ] as const
).map(([source, value]) => ({ phrase: compilePhrase(source), value }));

/** "95 phần trăm" spelt out. */
export const PERCENT_WORDS: readonly Phrase[] = compilePhrases(['phần trăm']);

/** Opens a measure of nought: "Không có công chức … vi phạm" (read as eq 0, count). */
export const ZERO_OPENERS: readonly Phrase[] = compilePhrases(['không có']);

/** Opens a clause measured within the previous measure's subject. */
export const NESTED_MARKERS: readonly Phrase[] = compilePhrases(['trong đó', 'trong số đó']);

/** Subject written before the figure: "Tỷ lệ hồ sơ … đạt 98%". */
export const RATE_OPENERS: readonly Phrase[] = compilePhrases(['tỷ lệ']);

/**
 * Words that end a subject written after the figure: the predicate starts here
 * ("100% công chức | hoàn thành tốt nhiệm vụ", "100% … của Ban | đã đề ra").
 */
export const SUBJECT_ENDS: readonly Phrase[] = [
  // Strict: without diacritics "co" is as likely "cơ" ("cơ quan", "cơ sở") inside the subject.
  compilePhrase('có', true),
  ...compilePhrases([
    'đạt',
    'được',
    'đã',
    'đề ra',
    'hoàn thành',
    'chấp hành',
    'vi phạm',
    'tham gia',
    'thực hiện',
    'giải quyết',
    'xếp loại',
    'bị',
    'không',
    'là',
    'phải',
    'sử dụng',
    'ứng dụng',
    'nộp',
    'đăng ký',
    'cam kết',
    'học tập',
    'nắm vững',
    'quán triệt',
    'đảm bảo',
    'bảo đảm',
    'xây dựng',
    'hưởng ứng',
    'duy trì',
    'trở lên',
    'trở xuống',
    'trong đó',
    'trong số đó',
  ]),
].sort((a, b) => b.words.length - a.words.length);

/**
 * Words that end a subject written before the figure ("Tỷ lệ <subject> đạt 98%"). Narrower
 * than SUBJECT_ENDS: "Tỷ lệ giải quyết hồ sơ đúng hạn" is all subject.
 */
export const RATE_SUBJECT_ENDS: readonly Phrase[] = compilePhrases([
  'đạt',
  'là',
  'ở mức',
  'phải đạt',
  'được xếp loại',
  'được đánh giá',
  'được công nhận',
]);

/** Words right before a quoted name that make it the title ("đạt “…”", "danh hiệu thi đua từ “…”"). */
export const TITLE_INTRODUCERS: readonly Phrase[] = compilePhrases([
  'đạt',
  'đạt chuẩn',
  'đạt tiêu chuẩn',
  'danh hiệu',
  'danh hiệu thi đua',
  'công nhận',
  'đánh giá',
  'xếp loại',
  'tặng',
  'khen thưởng',
  'từ',
  'là',
]);

/** "danh hiệu [thi đua] [từ]" before an unquoted title that is not in the catalogue. */
export const TITLE_LABELS: readonly Phrase[] = compilePhrases([
  'danh hiệu',
  'danh hiệu thi đua',
  'danh hiệu từ',
  'danh hiệu thi đua từ',
]);

/** After a title: the target accepts that title or a higher one. */
export const OR_HIGHER: readonly Phrase[] = compilePhrases(['trở lên', 'hoặc cao hơn']);

/** Words that stop an open-ended title ("Bằng khen của …") or an uncatalogued one. */
export const TITLE_STOPS: readonly Phrase[] = compilePhrases([
  'trở lên',
  'trở xuống',
  'hoặc cao hơn',
  'trong đó',
  'trong số đó',
  'và',
  'hoặc',
]);

/** A catalogued title or rating; `open` ones continue with their issuer ("Bằng khen của …"). */
export interface TitlePhrase extends Phrase {
  readonly open: boolean;
}

function titleTable(closed: readonly string[], open: readonly string[]): TitlePhrase[] {
  return [
    ...closed.map((source) => ({ ...compilePhrase(source), open: false })),
    ...open.map((source) => ({ ...compilePhrase(source), open: true })),
  ].sort((a, b) => b.words.length - a.words.length);
}

/**
 * Emulation titles (Luật 06/2022/QH15, as in §5) and the annual ratings targets refer to.
 * Ratings and "Cơ quan đạt chuẩn văn hóa" are not titles in law, but targets aim at them the
 * same way, so they are caught here; the catalogue of titles proper lives with the honour board.
 */
export const TITLE_CATALOGUE: readonly TitlePhrase[] = titleTable(
  [
    'Chiến sĩ thi đua toàn quốc',
    'Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh',
    'Chiến sĩ thi đua cấp bộ, ngành',
    'Chiến sĩ thi đua cấp bộ',
    'Chiến sĩ thi đua cấp ngành',
    'Chiến sĩ thi đua cấp tỉnh',
    'Chiến sĩ thi đua cơ sở',
    'Chiến sĩ thi đua cấp cơ sở',
    'Chiến sĩ tiên tiến',
    'Lao động tiên tiến',
    'Cờ thi đua của Chính phủ',
    'Cờ thi đua Chính phủ',
    'Tập thể lao động xuất sắc',
    'Tập thể lao động tiên tiến',
    'Đơn vị quyết thắng',
    'Đơn vị tiên tiến',
    'Xã, phường, thị trấn tiêu biểu',
    'Thôn, tổ dân phố văn hóa',
    'Gia đình văn hóa',
    'Cơ quan đạt chuẩn văn hóa',
    'Cơ quan văn hóa',
    'hoàn thành xuất sắc nhiệm vụ',
    'hoàn thành tốt nhiệm vụ',
    'hoàn thành nhiệm vụ',
    'hoàn thành nhiệm vụ nhưng còn hạn chế về năng lực',
    'không hoàn thành nhiệm vụ',
    'trong sạch, vững mạnh',
    'trong sạch, vững mạnh tiêu biểu',
    'vững mạnh xuất sắc',
  ],
  ['Cờ thi đua', 'Bằng khen', 'Giấy khen', 'Huân chương', 'Huy chương', 'Kỷ niệm chương'],
);

/**
 * Target phrases and their full expected parse: the six targets of the seed
 * (phat-dong-thi-dua-2023-ban-dan-toc-cao-bang.txt, "II. MỤC TIÊU"), then the shapes of
 * domain guide §6 with spelling variants, missing diacritics and markdown.
 */
import type { Comparator, TargetMeasure, TargetUnit } from '../../src/lib/targets/types';

/** One table row: the target as written and its expected main measure (null: qualitative). */
export interface TargetCase {
  readonly name: string;
  readonly text: string;
  readonly expected: TargetMeasure | null;
}

/** Build an expected measure; subject and title as written, orHigher and nested default off. */
export function m(
  comparator: Comparator,
  value: number,
  unit: TargetUnit,
  subject: string | null,
  title: string | null,
  extra: { orHigher?: boolean; nested?: TargetMeasure[] } = {},
): TargetMeasure {
  return { comparator, value, unit, subject, title, orHigher: extra.orHigher ?? false, nested: extra.nested ?? [] };
}

/** The seed's six targets, verbatim (including its "Phần đầu" for "Phấn đấu"). */
export const SEED_TARGETS = [
  'Phần đầu hoàn thành 100% chương trình, kế hoạch công tác năm 2023 của Ban đã đề ra.',
  'Phần đầu 100% công chức và người lao động trong cơ quan hoàn thành tốt nhiệm vụ trở lên. Không có công chức, người lao động vi phạm các quy định của pháp luật.',
  'Phần đầu 100% các phòng chuyên môn đạt danh hiệu thi đua từ “Tập thể lao động tiên tiến” trở lên. Trong đó có ít nhất 01 tập thể đạt “Tập thể lao động xuất sắc”.',
  'Xây dựng “Cơ quan đạt chuẩn văn hoá”, cơ quan đạt tiêu chuẩn “An toàn về an ninh, trật tự”; chi bộ và các tổ chức đoàn thể trong sạch, vững mạnh.',
  '100% thủ tục hành chính của Ban được tiếp nhận hồ sơ, trả kết quả giải quyết thủ tục hành chính qua dịch vụ công trực tuyến mức độ 4.',
  '100% công chức, người lao động chấp hành nghiêm kỷ luật, kỷ cương hành chính, văn hóa công vụ.',
] as const;

const STAFF = 'công chức và người lao động trong cơ quan';
const TTLDXS = m('gte', 1, 'count', 'tập thể', 'Tập thể lao động xuất sắc');

/** Seed rows first, so a failure there reads as "the shipped content is wrong". */
export const SEED_CASES: readonly TargetCase[] = [
  {
    name: 'seed 1: verb before the figure, "đã đề ra" ends the subject',
    text: SEED_TARGETS[0],
    expected: m('eq', 100, 'percent', 'chương trình, kế hoạch công tác năm 2023 của Ban', null),
  },
  {
    name: 'seed 2: rating with "trở lên"; the "Không có" sentence is a second top-level measure',
    text: SEED_TARGETS[1],
    expected: m('eq', 100, 'percent', STAFF, 'hoàn thành tốt nhiệm vụ', { orHigher: true }),
  },
  {
    name: 'seed 3: quoted title "từ … trở lên", nested count in the next sentence',
    text: SEED_TARGETS[2],
    expected: m('eq', 100, 'percent', 'các phòng chuyên môn', 'Tập thể lao động tiên tiến', {
      orHigher: true,
      nested: [TTLDXS],
    }),
  },
  { name: 'seed 4: qualitative', text: SEED_TARGETS[3], expected: null },
  {
    name: 'seed 5: "được" ends the subject, no rating',
    text: SEED_TARGETS[4],
    expected: m('eq', 100, 'percent', 'thủ tục hành chính của Ban', null),
  },
  {
    name: 'seed 6: comma inside the subject',
    text: SEED_TARGETS[5],
    expected: m('eq', 100, 'percent', 'công chức, người lao động', null),
  },
];

/** Variants of the seed targets as other documents, OCR and editors write them. */
export const VARIANT_CASES: readonly TargetCase[] = [
  {
    name: 'correct spelling "Phấn đấu"',
    text: 'Phấn đấu 100% công chức và người lao động trong cơ quan hoàn thành tốt nhiệm vụ trở lên.',
    expected: m('eq', 100, 'percent', STAFF, 'hoàn thành tốt nhiệm vụ', { orHigher: true }),
  },
  {
    name: 'no diacritics at all, "co quan" stays in the subject',
    text: 'Phan dau 100% cong chuc va nguoi lao dong trong co quan hoan thanh tot nhiem vu tro len.',
    expected: m('eq', 100, 'percent', 'cong chuc va nguoi lao dong trong co quan', 'hoan thanh tot nhiem vu', {
      orHigher: true,
    }),
  },
  {
    name: 'no diacritics, straight quotes, nested',
    text: 'Phan dau 100% cac phong chuyen mon dat danh hieu thi dua tu "Tap the lao dong tien tien" tro len. Trong do co it nhat 01 tap the dat "Tap the lao dong xuat sac".',
    expected: m('eq', 100, 'percent', 'cac phong chuyen mon', 'Tap the lao dong tien tien', {
      orHigher: true,
      nested: [m('gte', 1, 'count', 'tap the', 'Tap the lao dong xuat sac')],
    }),
  },
  {
    name: 'straight quotes',
    text: 'Phấn đấu 100% các phòng chuyên môn đạt danh hiệu thi đua từ "Tập thể lao động tiên tiến" trở lên.',
    expected: m('eq', 100, 'percent', 'các phòng chuyên môn', 'Tập thể lao động tiên tiến', { orHigher: true }),
  },
  {
    name: 'markdown bold around figure and title',
    text: 'Phấn đấu **100%** các phòng chuyên môn đạt danh hiệu thi đua từ “**Tập thể lao động tiên tiến**” trở lên.',
    expected: m('eq', 100, 'percent', 'các phòng chuyên môn', 'Tập thể lao động tiên tiến', { orHigher: true }),
  },
  {
    name: 'NFD input comes back NFC',
    text: 'Phần đầu 100% công chức, người lao động chấp hành nghiêm kỷ luật.'.normalize('NFD'),
    expected: m('eq', 100, 'percent', 'công chức, người lao động', null),
  },
  {
    name: 'legacy look-alike Ð (U+00D0) for Đ',
    text: 'Phấn đấu 90% công chức Ðạt danh hiệu Lao động tiên tiến.',
    expected: m('gte', 90, 'percent', 'công chức', 'Lao động tiên tiến'),
  },
  {
    name: '"Chiến sỹ" spelling',
    text: 'Phấn đấu 20% cán bộ đạt danh hiệu Chiến sỹ thi đua cơ sở.',
    expected: m('gte', 20, 'percent', 'cán bộ', 'Chiến sỹ thi đua cơ sở'),
  },
  {
    name: '"văn hoá" old tone placement, quoted',
    text: '100% hộ gia đình đạt danh hiệu “Gia đình văn hoá”.',
    expected: m('eq', 100, 'percent', 'hộ gia đình', 'Gia đình văn hoá'),
  },
  {
    name: '"văn hóa" new tone placement, unquoted',
    text: 'Phấn đấu 90% hộ gia đình đạt Gia đình văn hóa.',
    expected: m('gte', 90, 'percent', 'hộ gia đình', 'Gia đình văn hóa'),
  },
  {
    name: 'no diacritics, "Chien sy", "it nhat 02"',
    text: 'Phan dau it nhat 02 ca nhan dat danh hieu Chien sy thi dua co so',
    expected: m('gte', 2, 'count', 'ca nhan', 'Chien sy thi dua co so'),
  },
  {
    name: '"tỉ lệ" spelling of "tỷ lệ", title before the figure',
    text: 'Tỉ lệ công chức đạt danh hiệu Lao động tiên tiến từ 80% trở lên.',
    expected: m('gte', 80, 'percent', 'công chức', 'Lao động tiên tiến'),
  },
  {
    name: 'quoted rating with commas, straight quotes',
    text: 'Phấn đấu 100% chi bộ đạt "Trong sạch, vững mạnh".',
    expected: m('eq', 100, 'percent', 'chi bộ', 'Trong sạch, vững mạnh'),
  },
  {
    name: 'space before the percent sign',
    text: '100 % công chức hoàn thành nhiệm vụ được giao.',
    expected: m('eq', 100, 'percent', 'công chức', 'hoàn thành nhiệm vụ'),
  },
];

/** Comparators, figures and units (§6). */
export const FIGURE_CASES: readonly TargetCase[] = [
  {
    name: 'bare percentage below 100 is a floor',
    text: '95% công chức đạt danh hiệu Lao động tiên tiến.',
    expected: m('gte', 95, 'percent', 'công chức', 'Lao động tiên tiến'),
  },
  {
    name: '"từ 95% trở lên" before the subject, quoted title',
    text: 'Phấn đấu có từ 95% trở lên công chức đạt danh hiệu “Lao động tiên tiến”.',
    expected: m('gte', 95, 'percent', 'công chức', 'Lao động tiên tiến'),
  },
  {
    name: '"trên 90%" is strictly over',
    text: 'Trên 90% công chức được đánh giá, xếp loại hoàn thành tốt nhiệm vụ trở lên.',
    expected: m('gt', 90, 'percent', 'công chức', 'hoàn thành tốt nhiệm vụ', { orHigher: true }),
  },
  {
    name: '"hơn 50%"',
    text: 'Hơn 50% sáng kiến được áp dụng vào thực tiễn.',
    expected: m('gt', 50, 'percent', 'sáng kiến', null),
  },
  {
    name: '"ít nhất 02" count, title of a province',
    text: 'Có ít nhất 02 cá nhân đạt danh hiệu Chiến sĩ thi đua cấp tỉnh.',
    expected: m('gte', 2, 'count', 'cá nhân', 'Chiến sĩ thi đua cấp tỉnh'),
  },
  {
    name: '"ít nhất 01" count with unquoted title',
    text: 'Ít nhất 01 tập thể đạt Tập thể lao động xuất sắc.',
    expected: m('gte', 1, 'count', 'tập thể', 'Tập thể lao động xuất sắc'),
  },
  {
    name: 'spelt-out count after a comparator, open title with issuer',
    text: 'Có ít nhất một tập thể được tặng Cờ thi đua của Ủy ban nhân dân tỉnh.',
    expected: m('gte', 1, 'count', 'tập thể', 'Cờ thi đua của Ủy ban nhân dân tỉnh'),
  },
  {
    name: 'title straight after the figure: no subject',
    text: 'Phấn đấu có ít nhất 01 Tập thể lao động xuất sắc.',
    expected: m('gte', 1, 'count', null, 'Tập thể lao động xuất sắc'),
  },
  {
    name: 'bare count is a floor, "Bằng khen của …" title',
    text: 'Phấn đấu 02 tập thể được tặng Bằng khen của Chủ tịch UBND tỉnh.',
    expected: m('gte', 2, 'count', 'tập thể', 'Bằng khen của Chủ tịch UBND tỉnh'),
  },
  {
    name: "Prime Minister's Bằng khen for at least one person",
    text: 'Ít nhất 01 cá nhân được đề nghị tặng Bằng khen của Thủ tướng Chính phủ.',
    expected: m('gte', 1, 'count', 'cá nhân', 'Bằng khen của Thủ tướng Chính phủ'),
  },
  {
    name: 'decimal comma "95,5%"',
    text: 'Phấn đấu 95,5% hồ sơ được giải quyết trước và đúng hạn.',
    expected: m('gte', 95.5, 'percent', 'hồ sơ', null),
  },
  {
    name: 'decimal point "95.5%"',
    text: 'Phấn đấu 95.5% hồ sơ được giải quyết đúng hạn.',
    expected: m('gte', 95.5, 'percent', 'hồ sơ', null),
  },
  {
    name: '"trên 99,5%"',
    text: 'Trên 99,5% hồ sơ được số hóa.',
    expected: m('gt', 99.5, 'percent', 'hồ sơ', null),
  },
  {
    name: '"phần trăm" spelt out',
    text: 'Phấn đấu 98 phần trăm hồ sơ được giải quyết đúng hạn.',
    expected: m('gte', 98, 'percent', 'hồ sơ', null),
  },
  {
    name: '"dưới 5%" is strictly under',
    text: 'Dưới 5% hồ sơ giải quyết quá hạn.',
    expected: m('lt', 5, 'percent', 'hồ sơ', null),
  },
  {
    name: '"không quá 5%" and the lowest passing rating',
    text: 'Không quá 5% công chức hoàn thành nhiệm vụ nhưng còn hạn chế về năng lực.',
    expected: m('lte', 5, 'percent', 'công chức', 'hoàn thành nhiệm vụ nhưng còn hạn chế về năng lực'),
  },
  {
    name: '"tối đa 01" count',
    text: 'Tối đa 01 cán bộ bị xử lý kỷ luật.',
    expected: m('lte', 1, 'count', 'cán bộ', null),
  },
  {
    name: '"không dưới 80%"',
    text: 'Không dưới 80% đoàn viên tham gia các hoạt động do Công đoàn tổ chức.',
    expected: m('gte', 80, 'percent', 'đoàn viên', null),
  },
  {
    name: '"tối thiểu 90%"',
    text: 'Tối thiểu 90% cán bộ được bồi dưỡng kiến thức về thi đua, khen thưởng.',
    expected: m('gte', 90, 'percent', 'cán bộ', null),
  },
  {
    name: '"từ 5% trở xuống" is a ceiling',
    text: 'Từ 5% trở xuống công chức xếp loại hoàn thành nhiệm vụ.',
    expected: m('lte', 5, 'percent', 'công chức', 'hoàn thành nhiệm vụ'),
  },
  {
    name: '"trở lên" after the subject',
    text: 'Phấn đấu có 03 sáng kiến trở lên được công nhận cấp tỉnh.',
    expected: m('gte', 3, 'count', 'sáng kiến', null),
  },
  {
    name: 'subject-first "tỷ lệ … đạt 98% trở lên"',
    text: 'Tỷ lệ giải quyết hồ sơ đúng hạn đạt 98% trở lên.',
    expected: m('gte', 98, 'percent', 'giải quyết hồ sơ đúng hạn', null),
  },
  {
    name: 'subject-first, "được" stays in the subject',
    text: 'Tỷ lệ hồ sơ được giải quyết đúng hạn đạt từ 98% trở lên',
    expected: m('gte', 98, 'percent', 'hồ sơ được giải quyết đúng hạn', null),
  },
  {
    name: 'verb before 100%',
    text: 'Giải ngân đạt 100% kế hoạch vốn được giao.',
    expected: m('eq', 100, 'percent', 'kế hoạch vốn', null),
  },
  {
    name: 'lead verb before a bare count',
    text: 'Tổ chức 04 đợt thi đua chuyên đề trong năm.',
    expected: m('gte', 4, 'count', 'đợt thi đua chuyên đề trong năm', null),
  },
  {
    name: 'lead verb and comparator before a count, comma in the subject',
    text: 'Tổ chức ít nhất 02 hội nghị tuyên truyền về công tác thi đua, khen thưởng.',
    expected: m('gte', 2, 'count', 'hội nghị tuyên truyền về công tác thi đua, khen thưởng', null),
  },
  {
    name: 'rating "hoàn thành xuất sắc nhiệm vụ"',
    text: 'Phấn đấu 100% công chức hoàn thành xuất sắc nhiệm vụ.',
    expected: m('eq', 100, 'percent', 'công chức', 'hoàn thành xuất sắc nhiệm vụ'),
  },
  {
    name: '"không" ends the subject',
    text: 'Phấn đấu 100% công chức không vi phạm pháp luật và quy định của cơ quan.',
    expected: m('eq', 100, 'percent', 'công chức', null),
  },
  {
    name: 'uncatalogued title after "danh hiệu"',
    text: 'Phấn đấu 100% thôn đạt danh hiệu Thôn văn hóa.',
    expected: m('eq', 100, 'percent', 'thôn', 'Thôn văn hóa'),
  },
  {
    name: '"đạt chuẩn" that is not a title',
    text: 'Phấn đấu 100% công chức đạt chuẩn về trình độ tin học, ngoại ngữ.',
    expected: m('eq', 100, 'percent', 'công chức', null),
  },
  {
    name: 'quoted movement name is not a title',
    text: '100% đoàn viên tham gia phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa”.',
    expected: m('eq', 100, 'percent', 'đoàn viên', null),
  },
  {
    name: 'a title whose head noun is the subject',
    text: 'Phấn đấu 100% cơ quan đạt chuẩn văn hóa.',
    expected: m('eq', 100, 'percent', 'cơ quan', 'cơ quan đạt chuẩn văn hóa'),
  },
  {
    name: 'count after "có" past a year',
    text: 'Phấn đấu năm 2023 có 02 tập thể đạt Tập thể lao động xuất sắc.',
    expected: m('gte', 2, 'count', 'tập thể', 'Tập thể lao động xuất sắc'),
  },
  {
    name: 'a leading list number is skipped',
    text: '1. Phấn đấu 100% công chức hoàn thành tốt nhiệm vụ.',
    expected: m('eq', 100, 'percent', 'công chức', 'hoàn thành tốt nhiệm vụ'),
  },
  {
    name: 'dates before the figure are not figures',
    text: 'Từ ngày 01/01/2023 đến hết năm, 100% hồ sơ được giải quyết đúng hạn.',
    expected: m('eq', 100, 'percent', 'hồ sơ', null),
  },
  {
    name: 'older wording "cấp cơ sở"',
    text: 'Có 01 cá nhân đạt Chiến sĩ thi đua cấp cơ sở.',
    expected: m('gte', 1, 'count', 'cá nhân', 'Chiến sĩ thi đua cấp cơ sở'),
  },
  {
    name: 'figure after a qualitative clause',
    text: 'Chi bộ đạt “Trong sạch, vững mạnh” và 100% đoàn viên công đoàn tham gia sinh hoạt.',
    expected: m('eq', 100, 'percent', 'đoàn viên công đoàn', null),
  },
];

/** "Không có …" (nought) and "trong đó" (nested) forms. */
export const NESTED_AND_ZERO_CASES: readonly TargetCase[] = [
  {
    name: 'seed 2, second sentence alone: nought',
    text: 'Không có công chức, người lao động vi phạm các quy định của pháp luật.',
    expected: m('eq', 0, 'count', 'công chức, người lao động', null),
  },
  {
    name: 'nought with "bị"',
    text: 'Không có cán bộ bị xử lý kỷ luật.',
    expected: m('eq', 0, 'count', 'cán bộ', null),
  },
  {
    name: '§6 example: ratio inside a ratio',
    text: '95% công chức đạt danh hiệu Lao động tiên tiến, trong đó 15% trở lên đạt Chiến sĩ thi đua cơ sở',
    expected: m('gte', 95, 'percent', 'công chức', 'Lao động tiên tiến', {
      nested: [m('gte', 15, 'percent', null, 'Chiến sĩ thi đua cơ sở')],
    }),
  },
  {
    name: 'nested percentage of collectives, quoted titles',
    text: '100% đơn vị trực thuộc đạt danh hiệu “Tập thể lao động tiên tiến” trở lên, trong đó 30% trở lên đạt “Tập thể lao động xuất sắc”.',
    expected: m('eq', 100, 'percent', 'đơn vị trực thuộc', 'Tập thể lao động tiên tiến', {
      orHigher: true,
      nested: [m('gte', 30, 'percent', null, 'Tập thể lao động xuất sắc')],
    }),
  },
  {
    name: 'nested after a semicolon',
    text: 'Phấn đấu 100% công chức, người lao động được đánh giá, xếp loại từ hoàn thành tốt nhiệm vụ trở lên; trong đó ít nhất 20% hoàn thành xuất sắc nhiệm vụ.',
    expected: m('eq', 100, 'percent', 'công chức, người lao động', 'hoàn thành tốt nhiệm vụ', {
      orHigher: true,
      nested: [m('gte', 20, 'percent', null, 'hoàn thành xuất sắc nhiệm vụ')],
    }),
  },
  {
    name: 'two nested measures under one',
    text: '100% công chức đạt danh hiệu Lao động tiên tiến, trong đó ít nhất 01 công chức đạt Chiến sĩ thi đua cấp tỉnh, trong đó 15% đạt Chiến sĩ thi đua cơ sở.',
    expected: m('eq', 100, 'percent', 'công chức', 'Lao động tiên tiến', {
      nested: [
        m('gte', 1, 'count', 'công chức', 'Chiến sĩ thi đua cấp tỉnh'),
        m('gte', 15, 'percent', null, 'Chiến sĩ thi đua cơ sở'),
      ],
    }),
  },
  {
    name: 'parenthesised "trong đó"',
    text: 'Phấn đấu 100% phòng đạt Tập thể lao động tiên tiến (trong đó ít nhất 01 phòng đạt Tập thể lao động xuất sắc).',
    expected: m('eq', 100, 'percent', 'phòng', 'Tập thể lao động tiên tiến', {
      nested: [m('gte', 1, 'count', 'phòng', 'Tập thể lao động xuất sắc')],
    }),
  },
  {
    name: '"trong đó" with nothing to sit in stands alone',
    text: 'Trong đó có ít nhất 01 tập thể đạt “Tập thể lao động xuất sắc”.',
    expected: TTLDXS,
  },
];

/** Targets with nothing to quantify: qualitative, never an error. */
export const QUALITATIVE_CASES: readonly TargetCase[] = [
  { name: '§6 example', text: 'Xây dựng cơ quan đạt chuẩn văn hóa.', expected: null },
  { name: 'a year is not a figure', text: 'Thực hiện tốt công tác cải cách hành chính năm 2023.', expected: null },
  { name: 'a list number is not a figure', text: '3. Chi bộ đạt trong sạch, vững mạnh.', expected: null },
  {
    name: 'a quoted movement',
    text: 'Tham gia đầy đủ các phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa”.',
    expected: null,
  },
  {
    name: 'a title named without a figure',
    text: 'Nhân rộng điển hình tiên tiến, Chiến sĩ thi đua cơ sở.',
    expected: null,
  },
  {
    name: 'a directive cited by number',
    text: 'Thực hiện có hiệu quả Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị.',
    expected: null,
  },
  { name: '"không để xảy ra" names no countable subject', text: 'Không để xảy ra vi phạm pháp luật.', expected: null },
  { name: 'empty text', text: '', expected: null },
];

/** Every row, for the table test and the row count. */
export const ALL_CASES: readonly TargetCase[] = [
  ...SEED_CASES,
  ...VARIANT_CASES,
  ...FIGURE_CASES,
  ...NESTED_AND_ZERO_CASES,
  ...QUALITATIVE_CASES,
];

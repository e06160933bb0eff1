/**
 * A deterministic synthetic corpus for benchmarks, shaped like ONE province's archive (issue #14):
 * for N documents, the bodies of a province (departments, districts, communes under their
 * district, Party organs and mass organisations, each with divisions and a few named people)
 * over ten campaign years, with their documents filed under content/campaigns/<year>/<body>/,
 * the emulation blocs they sit in (rotating head and deputy, a covenant document each year, a
 * year-end ranking and proposals, a body moving bloc now and then) and one honour board a year
 * (the province's flags and commendations to the proposed bodies, its "Tập thể lao động xuất
 * sắc" to divisions, and each body's own decisions for its divisions and people).
 *
 * Documents keep the real shape (preamble with a theme, numbered contents citing real-shaped
 * directives, numbered targets with annotations read by the site's own target parser, closing
 * call), so the build, the content rules and the search index do the work they do for real; the
 * corpus passes `npm run check` (tests/unit/bench/corpus.test.ts).
 *
 *   npx tsx src/cli/bench/corpus.ts <count> <out-folder>
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { parseTarget } from '../../lib/targets';
import { slugify } from '../../lib/text/fold';

/** Seeded PRNG (mulberry32): the same count always gives the same corpus. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(r: Random, items: readonly T[]): T => items[Math.floor(r() * items.length)];
const between = (r: Random, low: number, high: number): number => low + Math.floor(r() * (high - low + 1));
function shuffle<T>(r: Random, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i -= 1) {
    const j = Math.floor(r() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}
const two = (n: number) => String(n).padStart(2, '0');

/** The ten campaign years of the archive. */
export const FIRST_YEAR = 2015;
export const LAST_YEAR = 2024;
const YEARS = Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i);

/** The province: made up, so nothing here reads as a real body's record. */
const PROVINCE = 'Cao Sơn';
const PROVINCE_UPPER = PROVINCE.toLocaleUpperCase('vi');
const UBND_TINH = slugify(`ubnd tinh ${PROVINCE}`);
const TINH_UY = slugify(`tinh uy ${PROVINCE}`);

/** Cited documents, each citable from the campaign year its date allows. */
const DIRECTIVES: { text: string; from: number }[] = [
  { text: 'Chỉ thị số 34-CT/TW ngày 7/4/2014 của Bộ Chính trị về việc “tiếp tục đổi mới công tác thi đua, khen thưởng”', from: 2015 },
  { text: 'Chỉ thị số 39-CT/TW ngày 21/5/2004 của Ban Bí thư về tiếp tục đổi mới, đẩy mạnh phong trào thi đua yêu nước', from: 2015 },
  { text: 'Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh', from: 2017 },
  { text: 'Luật Thi đua, khen thưởng năm 2003', from: 2015 },
  { text: 'Nghị định số 91/2017/NĐ-CP ngày 31/7/2017 của Chính phủ', from: 2018 },
  { text: 'Kết luận số 12-KL/TU ngày 03/02/2019 của Ban Thường vụ Tỉnh ủy', from: 2020 },
  { text: 'Chỉ thị số 19/CT-TTg ngày 16/7/2021 của Thủ tướng Chính phủ', from: 2022 },
  { text: 'Luật Thi đua, khen thưởng năm 2022', from: 2023 },
  { text: 'Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ', from: 2024 },
];
const CONTENTS = [
  'Tiếp tục thực hiện có hiệu quả {D}, gắn với việc thực hiện nhiệm vụ chính trị của {O}.',
  'Thi đua hoàn thành xuất sắc nhiệm vụ được giao, thực hiện có hiệu quả chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi.',
  'Thi đua thực hiện tốt chủ trương, đường lối của Đảng, chính sách pháp luật của Nhà nước; thực hiện nghiêm túc {D}.',
  'Tích cực hưởng ứng các đợt thi đua do các cấp, các ngành phát động; phát hiện, bồi dưỡng, nhân rộng điển hình tiên tiến.',
  'Xây dựng tổ chức cơ sở Đảng trong sạch, vững mạnh; xây dựng {O} đạt chuẩn “Cơ quan văn hóa”.',
  'Đẩy mạnh cải cách hành chính, chuyển đổi số, nâng cao chất lượng phục vụ người dân và doanh nghiệp.',
  'Đẩy mạnh các hoạt động văn nghệ, thể thao; hưởng ứng phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa”.',
  'Thực hiện tốt công tác tuyên truyền chính sách dân tộc, giữ gìn bản sắc văn hóa các dân tộc thiểu số.',
  'Thực hành tiết kiệm, chống lãng phí; phòng, chống tham nhũng, tiêu cực trong {O}.',
  'Nâng cao chất lượng công tác tham mưu, kiểm tra việc thực hiện nhiệm vụ được giao trên địa bàn {P}.',
  'Đẩy mạnh phong trào thi đua “Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau”.',
  'Thi đua thực hiện thắng lợi Nghị quyết Đại hội Đảng bộ tỉnh {P} và kế hoạch phát triển kinh tế - xã hội năm {Y}.',
];
const TARGETS: ((r: Random, o: string) => string)[] = [
  (_r, o) => `Phấn đấu hoàn thành 100% chương trình, kế hoạch công tác năm của ${o} đã đề ra.`,
  () => `Phấn đấu 100% cán bộ, công chức và người lao động hoàn thành tốt nhiệm vụ trở lên.`,
  (r) => `Phấn đấu ${80 + Math.floor(r() * 20)}% công chức đạt danh hiệu “Lao động tiên tiến”, trong đó 15% trở lên đạt danh hiệu “Chiến sĩ thi đua cơ sở”.`,
  (r) => `Có ít nhất 0${1 + Math.floor(r() * 3)} tập thể đạt danh hiệu “Tập thể lao động xuất sắc”.`,
  () => `Xây dựng “Cơ quan đạt chuẩn văn hóa”, đạt tiêu chuẩn “An toàn về an ninh, trật tự”.`,
  (r) => `Từ ${90 + Math.floor(r() * 10)}% thủ tục hành chính trở lên được giải quyết qua dịch vụ công trực tuyến.`,
  () => `100% cán bộ, công chức, người lao động chấp hành nghiêm kỷ luật, kỷ cương hành chính.`,
  (r) => `Giải ngân trên ${85 + Math.floor(r() * 10)}% kế hoạch vốn đầu tư công được giao.`,
];
const THEMES = ['Đoàn kết, kỷ cương, chủ động, sáng tạo, thi đua hoàn thành xuất sắc nhiệm vụ năm {Y}', 'Đổi mới, sáng tạo, tăng tốc, bứt phá, hoàn thành thắng lợi nhiệm vụ năm {Y}', 'Kỷ cương, trách nhiệm, hiệu quả, thi đua lập thành tích chào mừng năm {Y}'];

const FAMILY = ['Nông', 'Hoàng', 'Lý', 'Triệu', 'Bế', 'Lục', 'Đàm', 'Vi', 'Nguyễn', 'Hà', 'Lương', 'Đinh', 'Phùng', 'Sầm'];
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Minh', 'Ngọc', 'Thanh'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dung', 'Hùng', 'Lan', 'Mai', 'Tú', 'Đạt', 'Giang', 'Hằng', 'Khải', 'Linh', 'Nam', 'Oanh', 'Phúc', 'Quân', 'Sơn', 'Thảo', 'Uyên', 'Vinh', 'Yến', 'Đông', 'Hiền'];

type Level = 'central' | 'province' | 'district' | 'commune';
type Kind = 'agency' | 'party' | 'mass-organisation';

/** Province departments and agencies: name, symbol code, head's position, function (which bloc), level. */
const DEPARTMENTS: [string, string, string, string, Level][] = [
  ['Sở Nội vụ', 'SNV', 'GIÁM ĐỐC', 'tham-muu', 'province'],
  ['Văn phòng Ủy ban nhân dân tỉnh', 'VPUBND', 'CHÁNH VĂN PHÒNG', 'tham-muu', 'province'],
  ['Thanh tra tỉnh', 'TTr', 'CHÁNH THANH TRA', 'tham-muu', 'province'],
  ['Sở Kế hoạch và Đầu tư', 'SKHĐT', 'GIÁM ĐỐC', 'tham-muu', 'province'],
  ['Sở Tài chính', 'STC', 'GIÁM ĐỐC', 'tham-muu', 'province'],
  ['Ban Dân tộc', 'BDT', 'TRƯỞNG BAN', 'tham-muu', 'province'],
  ['Sở Tư pháp', 'STP', 'GIÁM ĐỐC', 'tham-muu', 'province'],
  ['Sở Ngoại vụ', 'SNgV', 'GIÁM ĐỐC', 'tham-muu', 'province'],
  ['Sở Công Thương', 'SCT', 'GIÁM ĐỐC', 'kinh-te', 'province'],
  ['Sở Nông nghiệp và Phát triển nông thôn', 'SNN', 'GIÁM ĐỐC', 'kinh-te', 'province'],
  ['Sở Giao thông vận tải', 'SGTVT', 'GIÁM ĐỐC', 'kinh-te', 'province'],
  ['Sở Xây dựng', 'SXD', 'GIÁM ĐỐC', 'kinh-te', 'province'],
  ['Sở Tài nguyên và Môi trường', 'STNMT', 'GIÁM ĐỐC', 'kinh-te', 'province'],
  ['Sở Khoa học và Công nghệ', 'SKHCN', 'GIÁM ĐỐC', 'kinh-te', 'province'],
  ['Ban Quản lý Khu kinh tế tỉnh', 'BQLKKT', 'TRƯỞNG BAN', 'kinh-te', 'province'],
  ['Sở Thông tin và Truyền thông', 'STTTT', 'GIÁM ĐỐC', 'van-hoa', 'province'],
  ['Sở Lao động - Thương binh và Xã hội', 'SLĐTBXH', 'GIÁM ĐỐC', 'van-hoa', 'province'],
  ['Sở Văn hóa, Thể thao và Du lịch', 'SVHTTDL', 'GIÁM ĐỐC', 'van-hoa', 'province'],
  ['Sở Giáo dục và Đào tạo', 'SGDĐT', 'GIÁM ĐỐC', 'van-hoa', 'province'],
  ['Sở Y tế', 'SYT', 'GIÁM ĐỐC', 'van-hoa', 'province'],
  ['Cục Thuế tỉnh', 'CT', 'CỤC TRƯỞNG', 'trung-uong', 'central'],
  ['Kho bạc Nhà nước tỉnh', 'KBNN', 'GIÁM ĐỐC', 'trung-uong', 'central'],
  ['Bảo hiểm xã hội tỉnh', 'BHXH', 'GIÁM ĐỐC', 'trung-uong', 'central'],
  ['Cục Thống kê tỉnh', 'CTK', 'CỤC TRƯỞNG', 'trung-uong', 'central'],
  ['Ngân hàng Nhà nước chi nhánh tỉnh', 'NHNN', 'GIÁM ĐỐC', 'trung-uong', 'central'],
  ['Đài Phát thanh và Truyền hình tỉnh', 'ĐPTTH', 'GIÁM ĐỐC', 'su-nghiep', 'province'],
  ['Trường Chính trị tỉnh', 'TCT', 'HIỆU TRƯỞNG', 'su-nghiep', 'province'],
  ['Bệnh viện Đa khoa tỉnh', 'BVĐK', 'GIÁM ĐỐC', 'su-nghiep', 'province'],
  ['Trung tâm Phục vụ hành chính công tỉnh', 'TTPVHCC', 'GIÁM ĐỐC', 'su-nghiep', 'province'],
  ['Quỹ Đầu tư phát triển tỉnh', 'QĐTPT', 'GIÁM ĐỐC', 'su-nghiep', 'province'],
  ['Viện Kiểm sát nhân dân tỉnh', 'VKSND', 'VIỆN TRƯỞNG', 'noi-chinh', 'central'],
  ['Tòa án nhân dân tỉnh', 'TAND', 'CHÁNH ÁN', 'noi-chinh', 'central'],
  ['Cục Thi hành án dân sự tỉnh', 'CTHADS', 'CỤC TRƯỞNG', 'noi-chinh', 'central'],
  ['Cục Hải quan tỉnh', 'CHQ', 'CỤC TRƯỞNG', 'trung-uong', 'central'],
  ['Cục Quản lý thị trường tỉnh', 'CQLTT', 'CỤC TRƯỞNG', 'trung-uong', 'central'],
  ['Ngân hàng Chính sách xã hội chi nhánh tỉnh', 'NHCSXH', 'GIÁM ĐỐC', 'trung-uong', 'central'],
  ['Bưu điện tỉnh', 'BĐT', 'GIÁM ĐỐC', 'trung-uong', 'central'],
  ['Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh', 'LHH', 'CHỦ TỊCH', 'su-nghiep', 'province'],
  ['Hội Văn học Nghệ thuật tỉnh', 'HVHNT', 'CHỦ TỊCH', 'su-nghiep', 'province'],
  ['Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh', 'BQLDAGT', 'GIÁM ĐỐC', 'su-nghiep', 'province'],
  ['Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh', 'BQLDADD', 'GIÁM ĐỐC', 'su-nghiep', 'province'],
  ['Trường Cao đẳng Sư phạm tỉnh', 'CĐSP', 'HIỆU TRƯỞNG', 'su-nghiep', 'province'],
  ['Báo Cao Sơn', 'BCS', 'TỔNG BIÊN TẬP', 'su-nghiep', 'province'],
  ['Trung tâm Kiểm soát bệnh tật tỉnh', 'CDC', 'GIÁM ĐỐC', 'su-nghiep', 'province'],
];
const BLOC_NAMES: Record<string, [string, string]> = {
  'tham-muu': ['Khối thi đua các cơ quan tham mưu tổng hợp', 'Khối TĐ các CQTMTH'],
  'kinh-te': ['Khối thi đua các sở quản lý kinh tế', 'Khối TĐ các sở kinh tế'],
  'van-hoa': ['Khối thi đua các cơ quan văn hóa - xã hội', 'Khối TĐ văn hóa - xã hội'],
  'trung-uong': ['Khối thi đua các cơ quan Trung ương đóng trên địa bàn tỉnh', 'Khối TĐ các cơ quan Trung ương'],
  'su-nghiep': ['Khối thi đua các đơn vị sự nghiệp', 'Khối TĐ các đơn vị sự nghiệp'],
  'noi-chinh': ['Khối thi đua các cơ quan nội chính', 'Khối TĐ các cơ quan nội chính'],
  'dang-doan-the': ['Khối thi đua các cơ quan Đảng, Mặt trận và đoàn thể', 'Khối TĐ Đảng, đoàn thể'],
  'huyen': ['Cụm thi đua các huyện, thành phố', 'Cụm TĐ các huyện'],
  'khac': ['Khối thi đua các cơ quan, đơn vị', 'Khối TĐ các cơ quan, đơn vị'],
};
/** Party organs of the province: name, code, head's position. */
const PARTY: [string, string, string][] = [
  ['Văn phòng Tỉnh ủy', 'VPTU', 'CHÁNH VĂN PHÒNG'],
  ['Ban Tổ chức Tỉnh ủy', 'BTCTU', 'TRƯỞNG BAN'],
  ['Ban Tuyên giáo Tỉnh ủy', 'BTGTU', 'TRƯỞNG BAN'],
  ['Ban Dân vận Tỉnh ủy', 'BDVTU', 'TRƯỞNG BAN'],
  ['Ủy ban Kiểm tra Tỉnh ủy', 'UBKTTU', 'CHỦ NHIỆM'],
  ['Ban Nội chính Tỉnh ủy', 'BNCTU', 'TRƯỞNG BAN'],
  ['Đảng ủy Khối các cơ quan tỉnh', 'ĐUK', 'BÍ THƯ'],
  ['Đảng ủy Khối Doanh nghiệp tỉnh', 'ĐUKDN', 'BÍ THƯ'],
];
/** Mass organisations of the province (and, by district, the first three). */
const MASS: [string, string, string][] = [
  ['Ủy ban Mặt trận Tổ quốc Việt Nam', 'MTTQ', 'CHỦ TỊCH'],
  ['Đoàn Thanh niên Cộng sản Hồ Chí Minh', 'ĐTN', 'BÍ THƯ'],
  ['Hội Liên hiệp Phụ nữ', 'HLHPN', 'CHỦ TỊCH'],
  ['Hội Nông dân', 'HND', 'CHỦ TỊCH'],
  ['Hội Cựu chiến binh', 'HCCB', 'CHỦ TỊCH'],
  ['Liên đoàn Lao động', 'LĐLĐ', 'CHỦ TỊCH'],
  ['Hội Chữ thập đỏ', 'HCTĐ', 'CHỦ TỊCH'],
  ['Liên minh Hợp tác xã', 'LMHTX', 'CHỦ TỊCH'],
  ['Hội Người cao tuổi', 'HNCT', 'CHỦ TỊCH'],
];
const DISTRICTS = ['Cao Sơn', 'Đông Khê', 'Bình Lạc', 'Phúc Hòa', 'An Lâm', 'Thanh Thủy', 'Đức Long', 'Hưng Đạo', 'Kim Đồng', 'Tân Yên', 'Vĩnh Phú', 'Ngọc Khê', 'Đại Sơn'];
const COMMUNE_FIRST = ['Bình', 'Hòa', 'Minh', 'Quang', 'Đức', 'Hưng', 'Phúc', 'Thanh', 'Kim', 'Ngọc', 'Vĩnh', 'Tân', 'An', 'Đại', 'Xuân', 'Trung', 'Hồng', 'Lê', 'Cần', 'Nam', 'Đông', 'Bắc'];
const COMMUNE_SECOND = ['Long', 'Thịnh', 'Lợi', 'Tiến', 'Sơn', 'Phong', 'Hà', 'Lâm', 'Khê', 'Yên', 'Thắng', 'Hải', 'Đồng', 'Thành', 'Lộc', 'Quý', 'Tường', 'Dương', 'Trị', 'Nghĩa'];
const DIVISIONS: Record<'department' | 'district' | 'commune' | 'party' | 'mass', string[]> = {
  department: ['Văn phòng', 'Phòng Kế hoạch - Tài chính', 'Phòng Tổ chức cán bộ', 'Phòng Nghiệp vụ', 'Phòng Quản lý chuyên ngành', 'Phòng Pháp chế'],
  district: ['Văn phòng Hội đồng nhân dân và Ủy ban nhân dân', 'Phòng Nội vụ', 'Phòng Tài chính - Kế hoạch', 'Phòng Giáo dục và Đào tạo', 'Phòng Tư pháp', 'Phòng Văn hóa và Thông tin', 'Phòng Dân tộc'],
  commune: ['Văn phòng - Thống kê', 'Bộ phận Địa chính - Xây dựng', 'Bộ phận Tư pháp - Hộ tịch', 'Bộ phận Tài chính - Kế toán', 'Bộ phận Văn hóa - Xã hội'],
  party: ['Văn phòng', 'Phòng Tổng hợp', 'Phòng Nghiệp vụ 1', 'Phòng Nghiệp vụ 2', 'Phòng Nghiệp vụ 3'],
  mass: ['Văn phòng', 'Ban Tổ chức - Kiểm tra', 'Ban Tuyên giáo', 'Ban Phong trào', 'Ban Chính sách - Pháp luật'],
};
const POSITIONS = ['Trưởng phòng', 'Phó Trưởng phòng', 'Chuyên viên', 'Chuyên viên', 'Kế toán', 'Văn thư'];

interface Person {
  name: string;
  position: string;
}
interface Division {
  id: string;
  name: string;
  staff: Person[];
}
interface Body {
  id: string;
  name: string;
  headerName: string;
  parent?: string;
  kind: Kind;
  level: Level;
  /** Which bloc family it belongs to. */
  family: string;
  /** Symbol code after "KH-", "BC-" ... */
  code: string;
  /** The signature block of its documents. */
  signer: { prefix?: 'TM.'; onBehalfOf?: string; position: string };
  /** How its own texts name it: "Sở", "Ủy ban nhân dân xã", "cơ quan". */
  self: string;
  place: string;
  /** The district a commune or a district body is in. */
  district?: number;
  divisions: Division[];
}
interface Bloc {
  id: string;
  name: string;
  shortName: string;
  establishedBy: string;
  /** Members by year. */
  members: Map<number, string[]>;
}

/** What a written corpus holds, as the report and the test read it. */
export interface CorpusShape {
  documents: number;
  roles: Record<string, number>;
  bodies: number;
  levels: Record<string, number>;
  kinds: Record<string, number>;
  units: number;
  blocs: number;
  blocMoves: number;
  years: [number, number];
  honourRows: number;
  /**
   * A launch document's file (relative to the content folder), a word of its text, and what the
   * one-document rebuilds put in its place, one after another: words no document of the corpus
   * holds, so that the rebuilt page shows which edit it was built from.
   */
  sample: { file: string; word: string; replacements: string[] };
}

/** How many bodies a province archive of `count` documents has: about one a document per ten years, at most 400 (more only when needed). */
export function bodiesFor(count: number): number {
  return Math.max(1, Math.min(400, Math.round(count / YEARS.length)), Math.ceil(count / (YEARS.length * 3)));
}

/** The bodies of the province, by level and kind, with their divisions and people. */
function makeBodies(total: number, r: Random): Body[] {
  const districts = Math.max(1, Math.min(DISTRICTS.length, Math.round(total / 20)));
  const departments = Math.max(1, Math.min(DEPARTMENTS.length, Math.round(total * 0.12)));
  const party = total >= 5 ? Math.max(1, Math.round(total * 0.07)) : 0;
  const mass = total >= 5 ? Math.max(1, Math.round(total * 0.07)) : 0;
  const bodies: Body[] = [];
  const districtIds: string[] = [];
  const add = (body: Omit<Body, 'divisions'>, divisionPool: string[], low: number, high: number) => {
    const divisions = shuffle(r, [...divisionPool])
      .slice(0, between(r, low, high))
      .map((name) => {
        const names = new Set<string>();
        const staff = Array.from({ length: between(r, 1, 2) }, (_, i) => {
          let name = '';
          do name = `${pick(r, FAMILY)} ${pick(r, MIDDLE)} ${pick(r, GIVEN)}`;
          while (names.has(name));
          names.add(name);
          return { name, position: body.level === 'commune' ? 'Công chức' : i === 0 ? POSITIONS[0] : pick(r, POSITIONS.slice(1)) };
        });
        return { id: `${body.id}-${slugify(name)}`, name, staff };
      });
    bodies.push({ ...body, divisions });
  };
  // Districts first (communes need them), the first a city.
  for (let d = 0; d < districts && bodies.length < total; d += 1) {
    const kind = d === 0 ? 'thành phố' : 'huyện';
    const id = slugify(`ubnd ${kind} ${DISTRICTS[d]}`);
    districtIds.push(id);
    add({ id, name: `Ủy ban nhân dân ${kind} ${DISTRICTS[d]}`, headerName: `ỦY BAN NHÂN DÂN ${kind.toLocaleUpperCase('vi')} ${DISTRICTS[d].toLocaleUpperCase('vi')}`, parent: UBND_TINH, kind: 'agency', level: 'district', family: 'huyen', code: 'UBND', signer: { prefix: 'TM.', onBehalfOf: 'ỦY BAN NHÂN DÂN', position: 'CHỦ TỊCH' }, self: 'cơ quan', place: DISTRICTS[d], district: d }, DIVISIONS.district, 4, 5);
  }
  for (const [short, code, position, family, level] of DEPARTMENTS.slice(0, Math.min(departments, total - bodies.length))) {
    const name = short.endsWith('tỉnh') ? `${short} ${PROVINCE}` : short.includes(PROVINCE) ? short : `${short} tỉnh ${PROVINCE}`;
    const id = slugify(name);
    const self = /^(Sở|Ban|Cục|Trường|Bệnh viện|Đài|Viện|Tòa|Quỹ|Hội|Báo|Kho bạc|Thanh tra|Văn phòng)/.exec(short)?.[1] ?? 'cơ quan';
    add({ id, name, headerName: short.replace(/ tỉnh$/, '').toLocaleUpperCase('vi'), ...(level === 'province' ? { parent: UBND_TINH } : {}), kind: 'agency', level, family, code, signer: { position }, self, place: PROVINCE }, DIVISIONS.department, 3, 5);
  }
  const partyBodies = [...PARTY.map(([name, code, position]) => ({ name: `${name} ${PROVINCE}`, header: name.toLocaleUpperCase('vi'), code, position, district: undefined as number | undefined })), ...districtIds.map((_, d) => ({ name: `Huyện ủy ${DISTRICTS[d]}`, header: `HUYỆN ỦY ${DISTRICTS[d].toLocaleUpperCase('vi')}`, code: 'HU', position: 'BÍ THƯ', district: d as number | undefined }))];
  for (const organ of partyBodies.slice(0, Math.min(party, total - bodies.length))) {
    const district = organ.district;
    const prefixed = organ.position === 'BÍ THƯ' ? { prefix: 'TM.' as const, onBehalfOf: 'BAN THƯỜNG VỤ' } : {};
    add({ id: slugify(organ.name), name: organ.name, headerName: organ.header, parent: TINH_UY, kind: 'party', level: district === undefined ? 'province' : 'district', family: 'dang-doan-the', code: organ.code, signer: { ...prefixed, position: organ.position }, self: 'cơ quan', place: district === undefined ? PROVINCE : DISTRICTS[district], ...(district === undefined ? {} : { district }) }, DIVISIONS.party, 2, 4);
  }
  const massBodies = [
    ...MASS.map(([name, code, position]) => ({ name: `${name} tỉnh ${PROVINCE}`, header: `${name.toLocaleUpperCase('vi')} TỈNH ${PROVINCE_UPPER}`, code, position, district: undefined as number | undefined })),
    ...MASS.slice(0, 3).flatMap(([name, code, position]) => districtIds.map((_, d) => ({ name: `${name} ${d === 0 ? 'thành phố' : 'huyện'} ${DISTRICTS[d]}`, header: `${name.toLocaleUpperCase('vi')} ${d === 0 ? 'THÀNH PHỐ' : 'HUYỆN'} ${DISTRICTS[d].toLocaleUpperCase('vi')}`, code, position, district: d as number | undefined }))),
  ];
  for (const organisation of massBodies.slice(0, Math.min(mass, total - bodies.length))) {
    const district = organisation.district;
    add({ id: slugify(organisation.name), name: organisation.name, headerName: organisation.header, kind: 'mass-organisation', level: district === undefined ? 'province' : 'district', family: 'dang-doan-the', code: organisation.code, signer: { prefix: 'TM.', onBehalfOf: 'BAN THƯỜNG VỤ', position: organisation.position }, self: 'cơ quan', place: district === undefined ? PROVINCE : DISTRICTS[district], ...(district === undefined ? {} : { district }) }, DIVISIONS.mass, 2, 4);
  }
  // Communes (wards in the city) fill the rest, spread over the districts.
  const names = shuffle(r, COMMUNE_FIRST.flatMap((first) => COMMUNE_SECOND.filter((second) => second !== first).map((second) => `${first} ${second}`)));
  const communes = total - bodies.length;
  for (let c = 0; c < communes; c += 1) {
    const d = c % districtIds.length;
    const kind = d === 0 ? 'phường' : 'xã';
    const place = names[c % names.length] + (c >= names.length ? ` ${Math.floor(c / names.length) + 1}` : '');
    add({ id: slugify(`ubnd ${kind} ${place}`), name: `Ủy ban nhân dân ${kind} ${place}`, headerName: `ỦY BAN NHÂN DÂN ${kind.toLocaleUpperCase('vi')} ${place.toLocaleUpperCase('vi')}`, parent: districtIds[d], kind: 'agency', level: 'commune', family: `xa-${d}`, code: 'UBND', signer: { prefix: 'TM.', onBehalfOf: 'ỦY BAN NHÂN DÂN', position: 'CHỦ TỊCH' }, self: 'cơ quan', place: DISTRICTS[d], district: d }, DIVISIONS.commune, 4, 5);
  }
  return bodies;
}

/** Splits a list into parts of 5 to 12, as even as they come (a list under 5 stays whole). */
function chunks<T>(items: T[]): T[][] {
  if (items.length < 5) return [items];
  const parts = Math.ceil(items.length / 10);
  const out: T[][] = [];
  let at = 0;
  for (let p = 0; p < parts; p += 1) {
    const size = Math.floor(items.length / parts) + (p < items.length % parts ? 1 : 0);
    out.push(items.slice(at, at + size));
    at += size;
  }
  return out;
}

/** Blocs of 5 to 12 bodies of like function or level; bodies of too small a family share a general bloc. */
function makeBlocs(bodies: Body[], r: Random): Bloc[] {
  const families = new Map<string, Body[]>();
  for (const body of bodies) families.set(body.family, [...(families.get(body.family) ?? []), body]);
  const groups: { family: string; members: Body[] }[] = [];
  const leftover: Body[] = [];
  // Province departments are grouped by function when a function has 5 or more, else pooled.
  const pooled: Body[] = [];
  for (const [family, members] of families) {
    if (family.startsWith('xa-') || family === 'huyen' || family === 'dang-doan-the') {
      if (members.length >= 5) groups.push({ family, members });
      else leftover.push(...members);
    } else if (members.length >= 5) {
      groups.push({ family, members });
    } else pooled.push(...members);
  }
  if (pooled.length >= 5) groups.push({ family: 'khac', members: pooled });
  else leftover.push(...pooled);
  if (leftover.length >= 5) groups.push({ family: 'khac', members: leftover.splice(0) });
  const blocs: Bloc[] = [];
  const used = new Map<string, number>();
  for (const group of groups) {
    for (const part of chunks(group.members)) {
      if (part.length < 5) continue;
      const commune = group.family.startsWith('xa-') ? Number(group.family.slice(3)) : undefined;
      const [baseName, baseShort] = commune === undefined ? BLOC_NAMES[group.family] : [`Cụm thi đua các xã, phường ${commune === 0 ? 'thành phố' : 'huyện'} ${DISTRICTS[commune]}`, `Cụm TĐ ${DISTRICTS[commune]}`];
      const n = (used.get(baseName) ?? 0) + 1;
      used.set(baseName, n);
      const suffix = n > 1 || chunks(group.members).length > 1 ? ` số ${n}` : '';
      const name = `${baseName}${suffix}`;
      const establishedBy = commune === undefined ? UBND_TINH : bodies.find((body) => body.level === 'district' && body.kind === 'agency' && body.district === commune)!.id;
      blocs.push({ id: slugify(`${baseShort.replace(/^(Khối|Cụm) TĐ/, '$1')}${suffix}`), name, shortName: `${baseShort}${suffix}`, establishedBy, members: new Map() });
      blocs.at(-1)!.members.set(FIRST_YEAR, part.map((body) => body.id));
    }
  }
  // A few bodies of too small a family join the smallest bloc, as a province places them.
  for (const body of leftover) {
    const smallest = blocs.reduce<Bloc | undefined>((best, bloc) => (!best || bloc.members.get(FIRST_YEAR)!.length < best.members.get(FIRST_YEAR)!.length ? bloc : best), undefined);
    if (smallest && smallest.members.get(FIRST_YEAR)!.length < 12) smallest.members.get(FIRST_YEAR)!.push(body.id);
  }
  // Membership changes a little between years: now and then a body moves to another bloc of its kind.
  const familyOf = new Map(bodies.map((body) => [body.id, body.family.startsWith('xa-') ? 'xa' : body.kind === 'agency' && body.level !== 'district' ? 'so' : body.family]));
  for (const year of YEARS.slice(1)) {
    for (const bloc of blocs) bloc.members.set(year, [...bloc.members.get(year - 1)!]);
    if (blocs.length < 2 || r() < 0.3) continue;
    const from = pick(r, blocs);
    const members = from.members.get(year)!;
    if (members.length <= 5) continue;
    const mover = pick(r, members);
    const targets = blocs.filter((bloc) => bloc !== from && bloc.members.get(year)!.length < 12 && bloc.members.get(year)!.some((member) => familyOf.get(member) === familyOf.get(mover)));
    if (!targets.length) continue;
    from.members.set(year, members.filter((member) => member !== mover));
    pick(r, targets).members.get(year)!.push(mover);
  }
  return blocs;
}

/** The annotations the site would accept for these targets: read by its own parser, as an editor would. */
const annotationCache = new Map<string, object>();
function annotate(targets: string[]): object[] {
  return targets.map((text, i) => {
    let annotation = annotationCache.get(text);
    if (!annotation) {
      const m = parseTarget(text).measure;
      annotation = m
        ? { metric: (m.subject ?? m.title ?? 'Mục tiêu').slice(0, 80), comparator: m.comparator, value: m.value, unit: m.unit, ...(m.title ? { title: m.title } : {}) }
        : { metric: text.replace(/\.$/, '').replace(/^(.{20,70}?)[,;].*$/, '$1'), qualitative: true };
      annotationCache.set(text, annotation);
    }
    return { item: i + 1, ...annotation };
  });
}

const RECIPIENTS = ['Ban Thi đua - Khen thưởng, Sở Nội vụ;', 'Các phòng, đơn vị trực thuộc;', 'Lưu: VT, TĐKT.'];

/** Writes the province archive of exactly `count` campaign documents (with the shipped titles and directives) under `out`. */
export function writeCorpus(count: number, out: string): CorpusShape {
  if (!Number.isInteger(count) || count < YEARS.length) throw new Error(`Cần ít nhất ${YEARS.length} văn bản (một năm một văn bản), có ${count}.`);
  const r = random(count * 7919);
  rmSync(out, { recursive: true, force: true });
  for (const folder of ['campaigns', 'directives', 'honours', 'units', 'blocs']) mkdirSync(join(out, folder), { recursive: true });
  cpSync('content/directives', join(out, 'directives'), { recursive: true });
  cpSync('content/titles.yaml', join(out, 'titles.yaml'));

  const bodies = makeBodies(bodiesFor(count), r);
  const byId = new Map(bodies.map((body) => [body.id, body]));
  let blocs = makeBlocs(bodies, r);
  // Covenants count in N: with very few documents, fewer blocs.
  while (blocs.length && blocs.length * YEARS.length > count / 2) blocs = blocs.slice(0, -1);

  // Units: the province's People's Committee and Party committee (they set the blocs up and confer), every body, every division.
  const units: [string, object][] = [
    [UBND_TINH, { name: `Ủy ban nhân dân tỉnh ${PROVINCE}`, headerName: `ỦY BAN NHÂN DÂN TỈNH ${PROVINCE_UPPER}`, level: 'province' }],
    [TINH_UY, { name: `Tỉnh ủy ${PROVINCE}`, headerName: `TỈNH ỦY ${PROVINCE_UPPER}`, kind: 'party', level: 'province' }],
  ];
  for (const body of bodies) {
    units.push([body.id, { name: body.name, headerName: body.headerName, ...(body.parent ? { parent: body.parent } : {}), ...(body.kind === 'agency' ? {} : { kind: body.kind }), level: body.level }]);
    for (const division of body.divisions) {
      units.push([division.id, { name: `${division.name} (${body.name})`, parent: body.id, kind: 'division' }]);
    }
  }
  for (const [id, data] of units) writeFileSync(join(out, 'units', `${id}.yaml`), stringify(data));

  // Blocs: head and deputy rotate among the year's members; the outcome ranks them all and proposes the first.
  const proposals = new Map<number, { flag: string[]; commendation: string[] }>(YEARS.map((year) => [year, { flag: [], commendation: [] }]));
  const headOf = new Map<string, string>();
  let blocMoves = 0;
  blocs.forEach((bloc, b) => {
    const years = YEARS.map((year, y) => {
      const members = bloc.members.get(year)!;
      if (y > 0 && members.join() !== bloc.members.get(year - 1)!.join()) blocMoves += 1;
      const head = members[(y + b) % members.length];
      const deputy = members[(y + b + 1) % members.length];
      headOf.set(`${bloc.id}|${year}`, head);
      let score = 99 - Math.floor(r() * 3) / 2;
      const ranking = shuffle(r, [...members]).map((unit, i) => {
        if (i > 0) score -= 0.5 + Math.floor(r() * 4) / 2;
        return { unit, rank: i + 1, score };
      });
      const flags = ranking.slice(0, members.length >= 9 ? 2 : 1).map((row) => row.unit);
      const commendations = ranking.slice(flags.length, flags.length + 2).map((row) => row.unit);
      proposals.get(year)!.flag.push(...flags);
      proposals.get(year)!.commendation.push(...commendations);
      return {
        year,
        members,
        head,
        deputy,
        covenant: `${year}/${bloc.id}/giao-uoc-thi-dua-${year}`,
        outcome: { decidedBy: `Biên bản họp bình xét thi đua của ${bloc.shortName} ngày ${between(r, 10, 20)}/12/${year}`, ranking, proposedForFlag: flags, proposedForCommendation: commendations },
      };
    });
    writeFileSync(join(out, 'blocs', `${bloc.id}.yaml`), stringify({ name: bloc.name, shortName: bloc.shortName, establishedBy: bloc.establishedBy, basis: `Quyết định số ${between(r, 100, 2000)}/QĐ-UBND ngày ${between(r, 1, 28)}/${between(r, 1, 12)}/2014 của Ủy ban nhân dân tỉnh ${PROVINCE} ban hành Quy chế tổ chức và hoạt động của các cụm, khối thi đua`, years }));
  });

  // Which body-years have which documents: N = covenants + launches + plans and reviews, exactly.
  const covenants = blocs.length * YEARS.length;
  const rest = count - covenants;
  const bodyYears = shuffle(r, bodies.flatMap((body) => YEARS.map((year) => ({ body, year, weight: 0 }))));
  // Older years are the ones an archive misses.
  for (const slot of bodyYears) slot.weight = r() + (slot.year - FIRST_YEAR) * 0.06;
  bodyYears.sort((a, b) => b.weight - a.weight);
  const extras = Math.max(Math.round(rest * 0.06), rest - bodyYears.length);
  const launches = bodyYears.slice(0, rest - extras);
  const planned = shuffle(r, [...launches]);
  const plans = Math.ceil(extras / 2);
  const documents: { body: Body; year: number; role: 'launch' | 'plan' | 'review' }[] = launches.map(({ body, year }) => ({ body, year, role: 'launch' }));
  for (let e = 0; e < extras; e += 1) {
    const slot = planned[(e < plans ? e : e - plans) % planned.length];
    documents.push({ body: slot.body, year: slot.year, role: e < plans ? 'plan' : 'review' });
  }

  const roles: Record<string, number> = { launch: 0, plan: 0, review: 0, covenant: 0 };
  let sample: CorpusShape['sample'] | undefined;
  const write = (folder: string, file: string, frontmatter: object, body: string) => {
    mkdirSync(join(out, 'campaigns', folder), { recursive: true });
    writeFileSync(join(out, 'campaigns', folder, file), `---\n${stringify(frontmatter)}---\n\n${body}\n`);
  };
  const citing = (year: number) => DIRECTIVES.filter((directive) => directive.from <= year);
  const contentsOf = (year: number, n: number, offset: number, self: string, place: string) =>
    Array.from({ length: n }, (_, i) => CONTENTS[(i + offset) % CONTENTS.length].replace('{D}', pick(r, citing(year)).text).replace('{O}', self.toLocaleLowerCase('vi')).replace('{P}', place).replace('{Y}', String(year)));
  const targetsOf = (n: number, offset: number, self: string) => Array.from({ length: n }, (_, i) => TARGETS[(i + offset) % TARGETS.length](r, self.toLocaleLowerCase('vi')));
  const numbered = (items: string[]) => items.map((text, i) => `${i + 1}. ${text}`).join('\n\n');
  const signerName = () => `${pick(r, FAMILY)} ${pick(r, MIDDLE)} ${pick(r, GIVEN)}`;

  documents.forEach(({ body, year, role }, n) => {
    roles[role] += 1;
    const self = body.self;
    const theme = pick(r, THEMES).replace('{Y}', String(year));
    const targets = targetsOf(role === 'plan' ? 5 : 6, n, self);
    const common = { number: String(between(r, 1, 150)).padStart(2, '0'), signer: { ...body.signer, name: signerName() } };
    if (role === 'launch') {
      const contents = contentsOf(year, 8, n, self, body.place);
      const text = [
        `Phát huy những kết quả đã đạt được trong phong trào thi đua năm ${year - 1}, ${body.name} phát động phong trào thi đua năm ${year} với chủ đề **“${theme}”** với các nội dung chủ yếu sau:`,
        '## I. NỘI DUNG',
        numbered(contents),
        '## II. MỤC TIÊU',
        numbered(targets),
        `Trên cơ sở nội dung phát động phong trào thi đua này, lãnh đạo ${self.toLocaleLowerCase('vi')} đề nghị toàn thể cán bộ, công chức, người lao động hưởng ứng tổ chức thực hiện có hiệu quả trong năm ${year}./.`,
      ].join('\n\n');
      const symbol = body.kind === 'party' ? `KH/${body.code}` : `PĐTĐ-${body.code}`;
      const issued = `${year}-0${between(r, 1, 3)}-${two(between(r, 1, 28))}`;
      write(`${year}/${body.id}`, `phat-dong-thi-dua-${year}.mdx`, { role, year, documentType: 'PHÁT ĐỘNG', subject: `PHONG TRÀO THI ĐUA NĂM ${year}`, number: common.number, symbol, issuer: body.id, place: body.place, issued, theme, signer: common.signer, recipients: RECIPIENTS, targets: annotate(targets) }, text);
      // The one-document rebuild edits a commune's launch document (any launch document in a tiny corpus).
      if (!sample || (!sample.file.includes('/ubnd-xa-') && body.level === 'commune')) sample = { file: `campaigns/${year}/${body.id}/phat-dong-thi-dua-${year}.mdx`, word: 'toàn thể', replacements: ['tất cả', 'tất thảy', 'hết thảy'] };
    } else if (role === 'plan') {
      const contents = contentsOf(year, 6, n + 3, self, body.place);
      const basis = pick(r, citing(year)).text;
      const text = [
        `Thực hiện ${basis}; ${body.name} xây dựng Kế hoạch tổ chức phong trào thi đua năm ${year} như sau:`,
        '## I. MỤC ĐÍCH, YÊU CẦU',
        numbered([`Tổ chức phong trào thi đua sâu rộng, thiết thực, gắn với nhiệm vụ chính trị của ${self.toLocaleLowerCase('vi')} năm ${year}.`, 'Việc bình xét, khen thưởng bảo đảm chính xác, công khai, công bằng, kịp thời.']),
        '## II. NỘI DUNG THI ĐUA',
        numbered(contents),
        '## III. CHỈ TIÊU',
        numbered(targets),
        '## IV. TỔ CHỨC THỰC HIỆN',
        numbered(['Văn phòng chủ trì, theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp kết quả, đề xuất khen thưởng.', 'Các phòng, đơn vị trực thuộc xây dựng kế hoạch cụ thể, đăng ký thi đua và báo cáo kết quả trước ngày 15/11.']),
      ].join('\n\n');
      write(`${year}/${body.id}`, `ke-hoach-thi-dua-${year}.mdx`, { role, year, documentType: 'KẾ HOẠCH', subject: `Tổ chức phong trào thi đua năm ${year}`, number: common.number, symbol: body.kind === 'party' ? `KH-TĐ/${body.code}` : `KH-${body.code}`, issuer: body.id, place: body.place, issued: `${year}-0${between(r, 2, 4)}-${two(between(r, 1, 28))}`, signer: common.signer, recipients: RECIPIENTS, targets: annotate(targets) }, text);
    } else {
      const text = [
        `Thực hiện Kế hoạch tổ chức phong trào thi đua năm ${year}, ${body.name} báo cáo kết quả công tác thi đua, khen thưởng năm ${year} như sau:`,
        '## I. KẾT QUẢ TỔ CHỨC CÁC PHONG TRÀO THI ĐUA',
        numbered(contentsOf(year, 4, n + 5, self, body.place).map((text) => `Đã triển khai: ${text}`)),
        '## II. CÔNG TÁC KHEN THƯỞNG',
        numbered([`Đề nghị công nhận danh hiệu “Tập thể lao động xuất sắc” cho ${between(r, 1, 2)} tập thể, “Tập thể lao động tiên tiến” cho ${between(r, 2, 4)} tập thể.`, `Công nhận danh hiệu “Lao động tiên tiến” cho ${between(r, 5, 40)} cá nhân, “Chiến sĩ thi đua cơ sở” cho ${between(r, 1, 4)} cá nhân.`]),
        `## III. PHƯƠNG HƯỚNG NĂM ${year + 1}`,
        numbered(['Tiếp tục đổi mới công tác thi đua, khen thưởng; nâng cao chất lượng phát hiện, nhân rộng điển hình tiên tiến.']),
      ].join('\n\n');
      write(`${year}/${body.id}`, `bao-cao-tong-ket-thi-dua-${year}.mdx`, { role, year, documentType: 'BÁO CÁO', subject: `Tổng kết công tác thi đua, khen thưởng năm ${year}`, number: common.number, symbol: body.kind === 'party' ? `BC/${body.code}` : `BC-${body.code}`, issuer: body.id, place: body.place, issued: `${year}-12-${two(between(r, 1, 28))}`, signer: common.signer, recipients: RECIPIENTS }, text);
    }
  });

  // Covenants: the bloc's document, issued by the year's head, filed in the bloc's folder.
  blocs.forEach((bloc, b) => {
    for (const year of YEARS) {
      roles.covenant += 1;
      const head = byId.get(headOf.get(`${bloc.id}|${year}`)!)!;
      const theme = pick(r, THEMES).replace('{Y}', String(year));
      const contents = contentsOf(year, 6, b + year, 'đơn vị', head.place);
      const targets = targetsOf(5, b + year, 'đơn vị');
      const text = [
        `Thực hiện Quy chế tổ chức và hoạt động của các cụm, khối thi đua, các đơn vị trong ${bloc.name} thống nhất ký kết giao ước thi đua năm ${year} với chủ đề **“${theme}”** với các nội dung sau:`,
        '## I. NỘI DUNG GIAO ƯỚC',
        numbered(contents),
        '## II. CHỈ TIÊU',
        numbered(targets),
        `Các đơn vị trong ${bloc.shortName} cam kết thực hiện nghiêm túc giao ước này; khối trưởng tổng hợp, báo cáo kết quả về Ban Thi đua - Khen thưởng tỉnh./.`,
      ].join('\n\n');
      write(`${year}/${bloc.id}`, `giao-uoc-thi-dua-${year}.mdx`, { role: 'covenant', bloc: bloc.id, year, documentType: 'GIAO ƯỚC THI ĐUA', subject: `GIAO ƯỚC THI ĐUA NĂM ${year}`, number: null, symbol: `GƯTĐ-K${b + 1}`, issuer: head.id, place: head.place, issued: `${year}-02-${two(between(r, 1, 28))}`, theme, signer: { prefix: 'TM.', onBehalfOf: 'CÁC ĐƠN VỊ TRONG KHỐI', position: 'KHỐI TRƯỞNG', name: signerName() }, recipients: ['Ban Thi đua - Khen thưởng, Sở Nội vụ;', 'Các đơn vị trong khối;', 'Lưu: VT.'], targets: annotate(targets) }, text);
    }
  });

  // Honour boards: one file a year with every decision.
  let honourRows = 0;
  const chairman = `Chủ tịch Ủy ban nhân dân tỉnh ${PROVINCE}`;
  const headTitle = (body: Body) => {
    const position = body.signer.position.toLocaleLowerCase('vi');
    return `${position[0].toLocaleUpperCase('vi')}${position.slice(1)} ${body.name}`;
  };
  for (const year of YEARS) {
    const issued = (month: number) => `${year + 1}-${two(month)}-${two(between(r, 5, 28))}`;
    const decisions: object[] = [];
    const { flag, commendation } = proposals.get(year)!;
    if (flag.length) {
      decisions.push({ symbol: `${between(r, 10, 99)}/QĐ-UBND`, issued: issued(2), issuer: chairman, reason: `Đã hoàn thành xuất sắc nhiệm vụ, dẫn đầu phong trào thi đua của cụm, khối thi đua năm ${year}`, rows: flag.map((unit) => ({ title: 'Cờ thi đua của UBND tỉnh', recipient: { kind: 'collective', unit } })) });
    }
    if (commendation.length) {
      decisions.push({ symbol: `${between(r, 100, 199)}/QĐ-UBND`, issued: issued(2), issuer: chairman, reason: `Đã có thành tích xuất sắc trong phong trào thi đua năm ${year}`, rows: commendation.map((unit) => ({ title: 'Bằng khen của Chủ tịch UBND tỉnh', recipient: { kind: 'collective', unit } })) });
    }
    // "Tập thể lao động xuất sắc": by the province for its bodies' divisions, by each district for its communes'.
    const excellent = new Map<string, string[]>();
    for (const body of bodies) {
      const division = pick(r, body.divisions);
      if (r() < 0.25) continue;
      const by = body.level === 'commune' ? body.parent! : UBND_TINH;
      excellent.set(by, [...(excellent.get(by) ?? []), division.id]);
    }
    for (const [by, divisions] of excellent) {
      const district = byId.get(by);
      decisions.push({ symbol: `${between(r, 200, 399)}/QĐ-UBND`, issued: issued(1), issuer: district ? `Chủ tịch ${district.name}` : chairman, rows: divisions.map((unit) => ({ title: 'tap-the-lao-dong-xuat-sac', recipient: { kind: 'collective', unit } })) });
    }
    // Each body's own decision: its divisions and its people.
    for (const body of bodies) {
      const rows: object[] = [];
      for (const division of body.divisions) if (r() < 0.85) rows.push({ title: 'Tập thể lao động tiên tiến', recipient: { kind: 'collective', unit: division.id } });
      const people = body.divisions.flatMap((division) => division.staff.map((person) => ({ person, unit: division.id })));
      const advanced = people.filter(() => r() < 0.8);
      advanced.forEach(({ person, unit }) => rows.push({ title: 'lao-dong-tien-tien', recipient: { kind: 'individual', name: person.name, position: person.position, unit } }));
      // "Chiến sĩ thi đua cơ sở": about 15% of those rated "Lao động tiên tiến", at least one.
      for (const { person, unit } of advanced.slice(0, Math.max(1, Math.floor(advanced.length * 0.15)))) {
        rows.push({ title: 'Chiến sĩ thi đua cơ sở', recipient: { kind: 'individual', name: person.name, position: person.position, unit } });
      }
      if (!rows.length) continue;
      decisions.push({ symbol: `${between(r, 1, 99)}/QĐ-${body.code}`, issued: issued(1), issuer: headTitle(body), reason: `Đã có thành tích trong phong trào thi đua năm ${year}`, rows });
    }
    honourRows += decisions.reduce<number>((sum, decision) => sum + (decision as { rows: object[] }).rows.length, 0);
    writeFileSync(join(out, 'honours', `${year}.yaml`), stringify({ year, decisions }));
  }

  const tally = (values: string[]) => values.reduce<Record<string, number>>((counts, value) => ({ ...counts, [value]: (counts[value] ?? 0) + 1 }), {});
  return {
    documents: documents.length + covenants,
    roles,
    bodies: bodies.length,
    levels: tally(bodies.map((body) => body.level)),
    kinds: tally(bodies.map((body) => body.kind)),
    units: units.length,
    blocs: blocs.length,
    blocMoves,
    years: [FIRST_YEAR, LAST_YEAR],
    honourRows,
    sample: sample!,
  };
}

/** One line describing the corpus, for the report. */
export function describeCorpus(shape: CorpusShape): string {
  const levels = Object.entries(shape.levels).map(([level, n]) => `${n} ${level}`).join(', ');
  const kinds = Object.entries(shape.kinds).filter(([kind]) => kind !== 'agency').map(([kind, n]) => `${n} ${kind}`).join(', ');
  const roles = Object.entries(shape.roles).map(([role, n]) => `${n} ${role}`).join(', ');
  return `${shape.documents} documents (${roles}) by ${shape.bodies} bodies (${levels}; of them ${kinds}), ${shape.units} units, ${shape.blocs} blocs (${shape.blocMoves} membership changes), years ${shape.years[0]}–${shape.years[1]}, ${shape.honourRows} honour rows`;
}

if (process.argv[1]?.endsWith('corpus.ts')) {
  const [count, out] = process.argv.slice(2);
  if (!count || !out) {
    console.error('Cách dùng: npx tsx src/cli/bench/corpus.ts <số văn bản> <thư mục>');
    process.exit(1);
  }
  const started = Date.now();
  const shape = writeCorpus(Number(count), out);
  console.log(`Đã tạo trong ${out} (${((Date.now() - started) / 1000).toFixed(1)} s): ${describeCorpus(shape)}`);
}

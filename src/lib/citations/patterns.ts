/**
 * The extractor's knowledge as data (domain guide §3–4), like eyecite's reporter table: document
 * types with their symbol abbreviations and running-text words, issuer abbreviations seen in
 * symbols, and the issuer names written after "của". Words are folded (see ../text/fold.ts) and
 * separated by single spaces; punctuation between words is ignored when matching.
 */
import { foldVietnamese } from '../text/fold';
import type { IssuerLevel } from './types';

/** A document type ("tên loại"). */
export interface DocumentType {
  /** Canonical Vietnamese name, used as Citation.kind. */
  kind: string;
  /** Abbreviations in the symbol, as officially written (case matters only for display: "CTr", "QyĐ"). */
  abbreviations: readonly string[];
  /** Folded words that name the type in running text. */
  words: readonly string[];
  /** "văn bản", "công văn": the kind comes from the symbol when the symbol has a type. */
  generic?: boolean;
  /** How the type is cited without a number: laws by name, Party congress resolutions by their congress, charters by their organisation. */
  byName?: 'law' | 'resolution' | 'charter';
  /** Other kinds that share the abbreviation (Party documents write Quy định as "QĐ"). */
  sharesAbbreviationWith?: readonly string[];
}

/** Document types, longest words first where one contains another (the matcher sorts anyway). */
export const DOCUMENT_TYPES: readonly DocumentType[] = [
  { kind: 'Nghị quyết', abbreviations: ['NQ'], words: ['nghi quyet'], byName: 'resolution' },
  { kind: 'Quyết định', abbreviations: ['QĐ'], words: ['quyet dinh'], sharesAbbreviationWith: ['Quy định'] },
  { kind: 'Chỉ thị', abbreviations: ['CT'], words: ['chi thi'] },
  { kind: 'Quy chế', abbreviations: ['QC'], words: ['quy che'] },
  { kind: 'Quy định', abbreviations: ['QyĐ'], words: ['quy dinh'] },
  { kind: 'Thông cáo', abbreviations: ['TC'], words: ['thong cao'] },
  { kind: 'Thông báo', abbreviations: ['TB'], words: ['thong bao'] },
  { kind: 'Hướng dẫn', abbreviations: ['HD'], words: ['huong dan'] },
  { kind: 'Chương trình', abbreviations: ['CTr'], words: ['chuong trinh'] },
  { kind: 'Kế hoạch', abbreviations: ['KH'], words: ['ke hoach'] },
  { kind: 'Phương án', abbreviations: ['PA'], words: ['phuong an'] },
  { kind: 'Đề án', abbreviations: ['ĐA'], words: ['de an'] },
  { kind: 'Dự án', abbreviations: ['DA'], words: ['du an'] },
  { kind: 'Báo cáo', abbreviations: ['BC'], words: ['bao cao'] },
  { kind: 'Biên bản', abbreviations: ['BB'], words: ['bien ban'] },
  { kind: 'Tờ trình', abbreviations: ['TTr'], words: ['to trinh'] },
  { kind: 'Hợp đồng', abbreviations: ['HĐ'], words: ['hop dong'] },
  { kind: 'Công điện', abbreviations: ['CĐ'], words: ['cong dien'] },
  { kind: 'Giấy mời', abbreviations: ['GM'], words: ['giay moi'] },
  { kind: 'Kết luận', abbreviations: ['KL'], words: ['ket luan'] },
  { kind: 'Nghị định', abbreviations: ['NĐ'], words: ['nghi dinh'] },
  { kind: 'Thông tư liên tịch', abbreviations: ['TTLT'], words: ['thong tu lien tich'] },
  { kind: 'Nghị quyết liên tịch', abbreviations: ['NQLT'], words: ['nghi quyet lien tich'] },
  { kind: 'Kế hoạch liên tịch', abbreviations: ['KHLT'], words: ['ke hoach lien tich'] },
  { kind: 'Thông tư', abbreviations: ['TT'], words: ['thong tu'], sharesAbbreviationWith: ['Thông tri'] },
  { kind: 'Thông tri', abbreviations: [], words: ['thong tri'] },
  { kind: 'Văn bản hợp nhất', abbreviations: ['VBHN'], words: ['van ban hop nhat'] },
  { kind: 'Luật', abbreviations: [], words: ['luat'], byName: 'law' },
  { kind: 'Bộ luật', abbreviations: [], words: ['bo luat'], byName: 'law' },
  { kind: 'Pháp lệnh', abbreviations: [], words: ['phap lenh'], byName: 'law' },
  { kind: 'Điều lệ', abbreviations: [], words: ['dieu le'], byName: 'charter' },
  { kind: 'Công văn', abbreviations: [], words: ['cong van', 'van ban'], generic: true },
];

/** Kind given to a symbol shaped like a law ("06/2022/QH15") when no type word says otherwise. */
export const LAW_KIND = 'Luật';
/** Kind of a generic "văn bản số ..." whose symbol has no type ("238/UBND-KGVX"). */
export const OFFICIAL_LETTER_KIND = 'Công văn';

/** An issuing body as abbreviated inside a symbol. */
export interface SymbolIssuer {
  /** As officially written ("TTg" with lower-case g). */
  abbr: string;
  /** Canonical full name. */
  name: string;
  /** Issuing tier. */
  level: IssuerLevel;
  /** Only one body in the country writes it, so the symbol alone names the issuer (TTg yes; TW, UBND no). */
  unique: boolean;
  /** A Party body: its documents are numbered "N-TYPE/BODY". */
  party?: boolean;
}

/** Issuer abbreviations seen in symbols. Laws' "QH15" and "UBTVQH15" are recognised with their term number. */
export const SYMBOL_ISSUERS: readonly SymbolIssuer[] = [
  { abbr: 'TW', name: 'Trung ương Đảng', level: 'party', unique: false, party: true },
  { abbr: 'TU', name: 'Tỉnh ủy', level: 'province', unique: false, party: true },
  { abbr: 'HU', name: 'Huyện ủy', level: 'district', unique: false, party: true },
  { abbr: 'QU', name: 'Quận ủy', level: 'district', unique: false, party: true },
  { abbr: 'ĐU', name: 'Đảng ủy', level: 'other', unique: false, party: true },
  { abbr: 'ĐUK', name: 'Đảng ủy Khối', level: 'other', unique: false, party: true },
  { abbr: 'BCSĐ', name: 'Ban cán sự đảng', level: 'other', unique: false, party: true },
  { abbr: 'BTGTW', name: 'Ban Tuyên giáo Trung ương', level: 'party', unique: true, party: true },
  { abbr: 'BTCTW', name: 'Ban Tổ chức Trung ương', level: 'party', unique: true, party: true },
  { abbr: 'BDVTW', name: 'Ban Dân vận Trung ương', level: 'party', unique: true, party: true },
  { abbr: 'UBKTTW', name: 'Ủy ban Kiểm tra Trung ương', level: 'party', unique: true, party: true },
  { abbr: 'VPTW', name: 'Văn phòng Trung ương Đảng', level: 'party', unique: true, party: true },
  { abbr: 'QH', name: 'Quốc hội', level: 'national-assembly', unique: true },
  { abbr: 'UBTVQH', name: 'Ủy ban Thường vụ Quốc hội', level: 'national-assembly', unique: true },
  { abbr: 'CTN', name: 'Chủ tịch nước', level: 'other', unique: true },
  { abbr: 'CP', name: 'Chính phủ', level: 'government', unique: true },
  { abbr: 'TTg', name: 'Thủ tướng Chính phủ', level: 'government', unique: true },
  { abbr: 'VPCP', name: 'Văn phòng Chính phủ', level: 'government', unique: true },
  { abbr: 'HĐTĐKT', name: 'Hội đồng Thi đua - Khen thưởng', level: 'other', unique: false },
  { abbr: 'BTĐKT', name: 'Ban Thi đua - Khen thưởng', level: 'other', unique: false },
  { abbr: 'BNV', name: 'Bộ Nội vụ', level: 'ministry', unique: true },
  { abbr: 'UBDT', name: 'Ủy ban Dân tộc', level: 'ministry', unique: true },
  { abbr: 'BQP', name: 'Bộ Quốc phòng', level: 'ministry', unique: true },
  { abbr: 'BCA', name: 'Bộ Công an', level: 'ministry', unique: true },
  { abbr: 'BNG', name: 'Bộ Ngoại giao', level: 'ministry', unique: true },
  { abbr: 'BTP', name: 'Bộ Tư pháp', level: 'ministry', unique: true },
  { abbr: 'BTC', name: 'Bộ Tài chính', level: 'ministry', unique: true },
  { abbr: 'BKHĐT', name: 'Bộ Kế hoạch và Đầu tư', level: 'ministry', unique: true },
  { abbr: 'BCT', name: 'Bộ Công Thương', level: 'ministry', unique: true },
  { abbr: 'BNNPTNT', name: 'Bộ Nông nghiệp và Phát triển nông thôn', level: 'ministry', unique: true },
  { abbr: 'BGTVT', name: 'Bộ Giao thông vận tải', level: 'ministry', unique: true },
  { abbr: 'BXD', name: 'Bộ Xây dựng', level: 'ministry', unique: true },
  { abbr: 'BTNMT', name: 'Bộ Tài nguyên và Môi trường', level: 'ministry', unique: true },
  { abbr: 'BTTTT', name: 'Bộ Thông tin và Truyền thông', level: 'ministry', unique: true },
  { abbr: 'BLĐTBXH', name: 'Bộ Lao động - Thương binh và Xã hội', level: 'ministry', unique: true },
  { abbr: 'BVHTTDL', name: 'Bộ Văn hóa, Thể thao và Du lịch', level: 'ministry', unique: true },
  { abbr: 'BKHCN', name: 'Bộ Khoa học và Công nghệ', level: 'ministry', unique: true },
  { abbr: 'BGDĐT', name: 'Bộ Giáo dục và Đào tạo', level: 'ministry', unique: true },
  { abbr: 'BYT', name: 'Bộ Y tế', level: 'ministry', unique: true },
  { abbr: 'TTCP', name: 'Thanh tra Chính phủ', level: 'ministry', unique: true },
  { abbr: 'NHNN', name: 'Ngân hàng Nhà nước Việt Nam', level: 'ministry', unique: true },
  { abbr: 'UBND', name: 'Ủy ban nhân dân', level: 'province', unique: false },
  { abbr: 'HĐND', name: 'Hội đồng nhân dân', level: 'province', unique: false },
  { abbr: 'SNV', name: 'Sở Nội vụ', level: 'province', unique: false },
  { abbr: 'BDT', name: 'Ban Dân tộc', level: 'province', unique: false },
];

/** A way of writing an issuing body after "của". */
export interface IssuerName {
  /** Folded words as written in running text. */
  words: string;
  /** Canonical full name. */
  name: string;
  /** Issuing tier. */
  level: IssuerLevel;
  /** A place name may follow ("Ủy ban nhân dân tỉnh Cao Bằng") and becomes part of the issuer. */
  place?: boolean;
}

/** Ministries, and their ministers ("của Bộ trưởng Bộ Nội vụ"), from the symbol table. */
const MINISTRY_NAMES: readonly IssuerName[] = SYMBOL_ISSUERS.filter((i) => i.level === 'ministry').flatMap((i) => [
  { words: foldWords(i.name), name: i.name, level: 'ministry' as const },
  { words: `bo truong ${foldWords(i.name)}`, name: `Bộ trưởng ${i.name}`, level: 'ministry' as const },
]);

/** Issuer names after "của"; the longest matching entry wins. */
export const ISSUER_NAMES: readonly IssuerName[] = [
  { words: 'bo chinh tri', name: 'Bộ Chính trị', level: 'party' },
  { words: 'ban bi thu', name: 'Ban Bí thư', level: 'party' },
  { words: 'ban bi thu trung uong dang', name: 'Ban Bí thư Trung ương Đảng', level: 'party' },
  { words: 'ban chap hanh trung uong', name: 'Ban Chấp hành Trung ương', level: 'party' },
  { words: 'ban chap hanh trung uong dang', name: 'Ban Chấp hành Trung ương Đảng', level: 'party' },
  { words: 'bch trung uong', name: 'Ban Chấp hành Trung ương', level: 'party' },
  { words: 'trung uong dang', name: 'Trung ương Đảng', level: 'party' },
  { words: 'ban tuyen giao trung uong', name: 'Ban Tuyên giáo Trung ương', level: 'party' },
  { words: 'ban to chuc trung uong', name: 'Ban Tổ chức Trung ương', level: 'party' },
  { words: 'ban dan van trung uong', name: 'Ban Dân vận Trung ương', level: 'party' },
  { words: 'uy ban kiem tra trung uong', name: 'Ủy ban Kiểm tra Trung ương', level: 'party' },
  { words: 'ban thuong vu tinh uy', name: 'Ban Thường vụ Tỉnh ủy', level: 'province', place: true },
  { words: 'ban chap hanh dang bo tinh', name: 'Ban Chấp hành Đảng bộ tỉnh', level: 'province', place: true },
  { words: 'tinh uy', name: 'Tỉnh ủy', level: 'province', place: true },
  { words: 'ban thuong vu thanh uy', name: 'Ban Thường vụ Thành ủy', level: 'province', place: true },
  { words: 'thanh uy', name: 'Thành ủy', level: 'province', place: true },
  { words: 'ban tuyen giao tinh uy', name: 'Ban Tuyên giáo Tỉnh ủy', level: 'province', place: true },
  { words: 'ban thuong vu huyen uy', name: 'Ban Thường vụ Huyện ủy', level: 'district', place: true },
  { words: 'huyen uy', name: 'Huyện ủy', level: 'district', place: true },
  { words: 'dang uy khoi cac co quan tinh', name: 'Đảng ủy Khối các cơ quan tỉnh', level: 'province', place: true },
  { words: 'dang uy', name: 'Đảng ủy', level: 'other', place: true },
  { words: 'quoc hoi', name: 'Quốc hội', level: 'national-assembly' },
  { words: 'uy ban thuong vu quoc hoi', name: 'Ủy ban Thường vụ Quốc hội', level: 'national-assembly' },
  { words: 'chu tich nuoc', name: 'Chủ tịch nước', level: 'other' },
  { words: 'chinh phu', name: 'Chính phủ', level: 'government' },
  { words: 'thu tuong chinh phu', name: 'Thủ tướng Chính phủ', level: 'government' },
  { words: 'thu tuong', name: 'Thủ tướng Chính phủ', level: 'government' },
  { words: 'van phong chinh phu', name: 'Văn phòng Chính phủ', level: 'government' },
  { words: 'hoi dong thi dua khen thuong trung uong', name: 'Hội đồng Thi đua - Khen thưởng Trung ương', level: 'government' },
  { words: 'ban thi dua khen thuong trung uong', name: 'Ban Thi đua - Khen thưởng Trung ương', level: 'ministry' },
  { words: 'hoi dong thi dua khen thuong tinh', name: 'Hội đồng Thi đua - Khen thưởng tỉnh', level: 'province', place: true },
  { words: 'hoi dong thi dua khen thuong', name: 'Hội đồng Thi đua - Khen thưởng', level: 'other' },
  { words: 'ban thi dua khen thuong tinh', name: 'Ban Thi đua - Khen thưởng tỉnh', level: 'province', place: true },
  { words: 'ban thi dua khen thuong', name: 'Ban Thi đua - Khen thưởng', level: 'province' },
  ...MINISTRY_NAMES,
  { words: 'uy ban nhan dan', name: 'Ủy ban nhân dân', level: 'province' },
  { words: 'ubnd', name: 'Ủy ban nhân dân', level: 'province' },
  ...localGovernment('uy ban nhan dan', 'Ủy ban nhân dân'),
  ...localGovernment('ubnd', 'Ủy ban nhân dân'),
  ...localGovernment('chu tich uy ban nhan dan', 'Chủ tịch Ủy ban nhân dân'),
  ...localGovernment('chu tich ubnd', 'Chủ tịch Ủy ban nhân dân'),
  ...localGovernment('hoi dong nhan dan', 'Hội đồng nhân dân'),
  ...localGovernment('hdnd', 'Hội đồng nhân dân'),
  { words: 'so noi vu', name: 'Sở Nội vụ', level: 'province', place: true },
  { words: 'so tai chinh', name: 'Sở Tài chính', level: 'province', place: true },
  { words: 'so giao duc va dao tao', name: 'Sở Giáo dục và Đào tạo', level: 'province', place: true },
  { words: 'so y te', name: 'Sở Y tế', level: 'province', place: true },
  { words: 'ban dan toc tinh', name: 'Ban Dân tộc tỉnh', level: 'province', place: true },
  { words: 'ban dan toc', name: 'Ban Dân tộc', level: 'province', place: true },
  { words: 'uy ban dan toc', name: 'Ủy ban Dân tộc', level: 'ministry' },
  { words: 'uy ban trung uong mat tran to quoc viet nam', name: 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam', level: 'other' },
  { words: 'tong lien doan lao dong viet nam', name: 'Tổng Liên đoàn Lao động Việt Nam', level: 'other' },
];

/** "Ủy ban nhân dân tỉnh/thành phố/huyện/... <place>": the tier follows the administrative unit named. */
function localGovernment(words: string, name: string): IssuerName[] {
  const units: readonly [string, string, IssuerLevel][] = [
    ['tinh', 'tỉnh', 'province'],
    ['thanh pho', 'thành phố', 'province'],
    ['huyen', 'huyện', 'district'],
    ['quan', 'quận', 'district'],
    ['thi xa', 'thị xã', 'district'],
    ['xa', 'xã', 'other'],
    ['phuong', 'phường', 'other'],
  ];
  return units.map(([foldedUnit, unit, level]) => ({
    words: `${words} ${foldedUnit}`,
    name: `${name} ${unit}`,
    level,
    place: true,
  }));
}

/** Folded words of a canonical name, for tables derived from SYMBOL_ISSUERS. */
function foldWords(name: string): string {
  return foldVietnamese(name).replace(/[^a-z0-9]+/g, ' ').trim();
}

/**
 * A law's name runs until punctuation or one of these words. They are matched with their
 * diacritics ("về" stops a name, "vệ" in "Bảo vệ" does not), or folded in text that has none.
 * "năm" and "ngày" only stop the name before a number ("năm 2022"), so "Việt Nam" stays in it;
 * "có", "với" and "ở" are part of names ("người có công với cách mạng", "Nhà ở").
 */
export const LAW_NAME_STOP_WORDS: readonly string[] = [
  'số', 'của', 'đã', 'được', 'và', 'về', 'tại', 'theo', 'trong', 'nhằm', 'là', 'này', 'thì',
  'cho', 'đến', 'để', 'khi', 'hoặc', 'như', 'gồm', 'sau', 'trước',
];

/** Multi-word phrases that end a law's name ("... có hiệu lực", "... quy định", "... đối với"). */
export const LAW_NAME_STOP_PHRASES: readonly string[] = ['co hieu luc', 'quy dinh', 'ban hanh', 'hien hanh', 'doi voi', 'sua doi', 'o day'];

/** First words after "Luật" that mean it is not a law's name: "Luật sư", "Luật này", "luật định". */
export const LAW_NAME_FALSE_STARTS: readonly string[] = ['sư', 'này', 'định', 'lệ', 'số', 'của', 'và', 'là'];

/**
 * Folded words that continue a law's name after a comma, because the name itself has one:
 * "phòng, chống", "Thi đua, khen thưởng", "Phòng cháy, chữa cháy", "sửa đổi, bổ sung", "Cán bộ, công chức",
 * "Quản lý, sử dụng tài sản công".
 */
export const LAW_NAME_COMMA_CONTINUATIONS: readonly string[] = [
  'chong', 'khen thuong', 'chua chay', 'bo sung', 'cong chuc', 'cuu nan', 'cuu ho', 'bia', 'su dung', 'cham soc',
];

/** Words after "Nghị quyết" that start a resolution cited by name ("Nghị quyết Đại hội ... lần thứ XIII của Đảng"). */
export const RESOLUTION_NAME_LEADS: readonly string[] = ['dai hoi', 'hoi nghi trung uong', 'hoi nghi lan thu', 'trung uong'];

/** Words that end a resolution's name (matched like LAW_NAME_STOP_WORDS). "của" is kept only when "Đảng" follows. */
export const RESOLUTION_NAME_STOP_WORDS: readonly string[] = [
  'về', 'đã', 'được', 'và', 'nhằm', 'trong', 'theo', 'với', 'là', 'để', 'ngày', 'số', 'tại', 'của', 'ban',
];

/** Words that stop a place name after an issuer ("UBND tỉnh Cao Bằng về việc ..."), even when capitalised in titles. */
export const PLACE_STOP_WORDS: ReadonlySet<string> = new Set(['ve', 'ngay', 'so', 'nam', 'cua', 'va', 'theo', 'tai', 'ban', 'phat', 'quy']);

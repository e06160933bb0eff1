/**
 * Splitting "Chuyên viên Phòng Chính sách dân tộc" into position (chức vụ) and unit (đơn vị).
 * Positions are data: a table of what annexes write, longest first, with the unit a head's
 * title implies ("Trưởng phòng Chính sách dân tộc" heads "Phòng Chính sách dân tộc").
 */
import { foldVietnamese } from '../text/fold';

/** A position as written in annexes, and the unit word its holder heads when it names one. */
interface PositionPattern {
  words: string;
  impliedUnit?: string;
}

const POSITIONS: PositionPattern[] = [
  { words: 'Phó Trưởng phòng', impliedUnit: 'Phòng' },
  { words: 'Trưởng phòng', impliedUnit: 'Phòng' },
  { words: 'Phó Chánh Văn phòng', impliedUnit: 'Văn phòng' },
  { words: 'Chánh Văn phòng', impliedUnit: 'Văn phòng' },
  { words: 'Phó Chánh Thanh tra', impliedUnit: 'Thanh tra' },
  { words: 'Chánh Thanh tra', impliedUnit: 'Thanh tra' },
  { words: 'Phó Trưởng khoa', impliedUnit: 'Khoa' },
  { words: 'Trưởng khoa', impliedUnit: 'Khoa' },
  // "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy" heads "Ban Tuyên giáo ...", as a Trưởng phòng heads a Phòng.
  { words: 'Phó Trưởng ban', impliedUnit: 'Ban' },
  { words: 'Trưởng ban', impliedUnit: 'Ban' },
  { words: 'Phó Trưởng thôn', impliedUnit: 'Thôn' },
  { words: 'Trưởng thôn', impliedUnit: 'Thôn' },
  { words: 'Trưởng bản', impliedUnit: 'Bản' },
  { words: 'Phó Đồn trưởng' },
  { words: 'Đồn trưởng' },
  { words: 'Chi hội trưởng' },
  { words: 'Chi hội phó' },
  { words: 'Thuyền trưởng' },
  { words: 'Thuyền phó' },
  { words: 'Tổng phụ trách Đội' },
  { words: 'Phó Giám đốc' },
  { words: 'Giám đốc' },
  { words: 'Phó Chủ tịch' },
  { words: 'Chủ tịch' },
  { words: 'Phó Bí thư Thường trực' },
  { words: 'Phó Bí thư' },
  { words: 'Bí thư' },
  { words: 'Phó Hiệu trưởng' },
  { words: 'Hiệu trưởng' },
  { words: 'Phó Đội trưởng' },
  { words: 'Đội trưởng' },
  { words: 'Tổ trưởng' },
  { words: 'Tổ phó' },
  { words: 'Chuyên viên cao cấp' },
  { words: 'Chuyên viên chính' },
  { words: 'Chuyên viên' },
  { words: 'Thanh tra viên chính' },
  { words: 'Thanh tra viên' },
  { words: 'Kế toán trưởng' },
  { words: 'Kế toán' },
  { words: 'Văn thư' },
  { words: 'Thủ quỹ' },
  { words: 'Lưu trữ viên' },
  { words: 'Cán sự' },
  { words: 'Nhân viên' },
  { words: 'Công chức' },
  { words: 'Viên chức' },
  { words: 'Giáo viên' },
  { words: 'Lái xe' },
  { words: 'Bảo vệ' },
  { words: 'Phục vụ' },
  { words: 'Tạp vụ' },
].sort((a, b) => b.words.length - a.words.length);

/** Words a unit's name starts with, to split an unknown position from its unit. */
const UNIT_HEADS = /\s(?=(?:Phòng|Văn phòng|Thanh tra|Ban|Sở|Trung tâm|Chi cục|Cục|Vụ|Ủy ban|Uỷ ban|UBND|Trường|Bệnh viện|Hội|Chi hội|Công đoàn|Chi bộ|Đảng ủy|Huyện ủy|Tỉnh ủy|Thành ủy|Công an|Đồn|Đoàn|Khoa|Đội|Tổ|Trạm|Bộ phận|Xã|Phường|Huyện)(?=[\s,]|$))/u;

/** Position and unit of one person, as written. */
export interface PositionAndUnit {
  position?: string;
  unit?: string;
}

const key = (text: string) => foldVietnamese(text).replace(/\s+/g, ' ');
const tidy = (text: string) => text.replace(/^[\s,;:\-–—]+|[\s,;:.\-–—]+$/g, '');

/** Splits what follows a person's name into position and unit. */
export function splitPositionAndUnit(text: string): PositionAndUnit {
  const rest = tidy(text.replace(/\s+/g, ' '));
  if (!rest) return {};
  const folded = key(rest);
  for (const pattern of POSITIONS) {
    const words = key(pattern.words);
    if (!folded.startsWith(words) || !/^(?:$|[\s,;\-–])/.test(folded.slice(words.length))) continue;
    const position = rest.slice(0, pattern.words.length);
    const after = rest.slice(pattern.words.length);
    const unit = tidy(after);
    if (!unit) return { position };
    if (/^\s*[,;\-–]/.test(after) || !pattern.impliedUnit || key(unit).startsWith(key(pattern.impliedUnit))) return { position, unit };
    return { position, unit: `${pattern.impliedUnit} ${unit}` };
  }
  const comma = rest.indexOf(',');
  if (comma > 0) return { position: tidy(rest.slice(0, comma)), unit: tidy(rest.slice(comma + 1)) || undefined };
  const head = UNIT_HEADS.exec(rest);
  if (head) return { position: tidy(rest.slice(0, head.index)), unit: tidy(rest.slice(head.index)) };
  return { position: rest };
}

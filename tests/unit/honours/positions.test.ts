/** Position (chức vụ) and unit (đơn vị) after a person's name. */
import { describe, expect, it } from 'vitest';
import { splitPositionAndUnit } from '../../../src/lib/honours/positions';

describe('splitPositionAndUnit', () => {
  it.each([
    ['Chuyên viên Phòng Chính sách dân tộc', 'Chuyên viên', 'Phòng Chính sách dân tộc'],
    ['Chuyên viên chính, Văn phòng Ban', 'Chuyên viên chính', 'Văn phòng Ban'],
    ['Trưởng phòng Chính sách dân tộc', 'Trưởng phòng', 'Phòng Chính sách dân tộc'],
    ['Phó Trưởng phòng Kế hoạch - Tổng hợp', 'Phó Trưởng phòng', 'Phòng Kế hoạch - Tổng hợp'],
    ['Trưởng phòng, Phòng Tổ chức', 'Trưởng phòng', 'Phòng Tổ chức'],
    ['Chánh Văn phòng Ban', 'Chánh Văn phòng', 'Văn phòng Ban'],
    ['Chánh Thanh tra', 'Chánh Thanh tra', undefined],
    ['Trưởng ban', 'Trưởng ban', undefined],
    ['Kế toán, Văn phòng Ban;', 'Kế toán', 'Văn phòng Ban'],
    ['Thanh tra viên Thanh tra Sở', 'Thanh tra viên', 'Thanh tra Sở'],
    ['Điều phối viên, Trung tâm Hỗ trợ', 'Điều phối viên', 'Trung tâm Hỗ trợ'],
    ['Điều phối viên Trung tâm Hỗ trợ', 'Điều phối viên', 'Trung tâm Hỗ trợ'],
    ['Điều phối viên', 'Điều phối viên', undefined],
    ['Điều phối viên Sở Nội vụ', 'Điều phối viên', 'Sở Nội vụ'],
    // Held-out annexes, round two (tests/fixtures/honours/held-out-2): 14, 15, 16.
    ['Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy', 'Phó Trưởng Ban', 'Ban Tuyên giáo và Dân vận Tỉnh ủy'],
    ['Trưởng ban Ban Dân tộc tỉnh Cao Bằng', 'Trưởng ban', 'Ban Dân tộc tỉnh Cao Bằng'],
    ['Phó Bí thư Thường trực Huyện ủy Lục Ngạn', 'Phó Bí thư Thường trực', 'Huyện ủy Lục Ngạn'],
    ['Tổng phụ trách Đội Trường THCS Tân Dĩnh, huyện Lạng Giang', 'Tổng phụ trách Đội', 'Trường THCS Tân Dĩnh, huyện Lạng Giang'],
    ['Trưởng thôn Plei Rô, xã Ia Sao', 'Trưởng thôn', 'Thôn Plei Rô, xã Ia Sao'],
    ['Chi hội trưởng Chi hội Phụ nữ thôn Plei Rô, xã Ia Sao', 'Chi hội trưởng', 'Chi hội Phụ nữ thôn Plei Rô, xã Ia Sao'],
    ['Phó Trưởng Công an xã Ia Sao', 'Phó Trưởng', 'Công an xã Ia Sao'],
    ['Phó Đồn trưởng Đồn Biên phòng Lý Sơn, Bộ Chỉ huy Quân sự tỉnh Quảng Ngãi', 'Phó Đồn trưởng', 'Đồn Biên phòng Lý Sơn, Bộ Chỉ huy Quân sự tỉnh Quảng Ngãi'],
    ['Thuyền phó tàu An Vĩnh Express', 'Thuyền phó', 'tàu An Vĩnh Express'],
  ])('splits "%s" into "%s" and %j', (text, position, unit) => {
    expect(splitPositionAndUnit(text)).toEqual(unit === undefined ? { position } : { position, unit });
  });

  it('returns nothing for an empty remainder', () => {
    expect(splitPositionAndUnit(' ; ')).toEqual({});
  });
});

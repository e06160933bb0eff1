/** canonicalSymbol and directiveKey: one spelling and one key per document, whatever the source wrote. */
import { describe, expect, it } from 'vitest';
import { canonicalSymbol, directiveKey } from '../../src/lib/citations/index';

describe('canonicalSymbol', () => {
  it.each([
    ['34-ct/tw', '34-CT/TW'],
    ['22/CT-TW', '22-CT/TW'],
    ['34/CT/TW', '34-CT/TW'],
    ['5-CT/TW', '05-CT/TW'],
    ['12-KL/TU', '12-KL/TU'],
    // The Youth Union numbers as the Party does, the issuing office after the body.
    ['1364-QĐKT/TWĐTN-VP', '1364-QĐKT/TWĐTN-VP'],
    ['1364/QĐKT-TWĐTN-VP', '1364-QĐKT/TWĐTN-VP'],
    ['183-KH/TWĐTN-TNNT', '183-KH/TWĐTN-TNNT'],
    ['431 QĐ/ĐTN', '431-QĐ/ĐTN'],
    ['01/KH- BTC', '01/KH-BTC'],
    ['151/2018/TT - BQP', '151/2018/TT-BQP'],
    ['82/2005-QĐ-UBND', '82/2005/QĐ-UBND'],
    ['98/2023/ND-CP', '98/2023/NĐ-CP'],
    ['98/2023/NÐ-CP', '98/2023/NĐ-CP'],
    ['98/2023/NƉ\u2010CP', '98/2023/NĐ-CP'],
    ['19/CT\u2212TTG', '19/CT-TTg'],
    ['01/2020/qd-ubnd', '01/2020/QĐ-UBND'],
    ['06/2022/QH15', '06/2022/QH15'],
    ['06/2022/qh15', '06/2022/QH15'],
    ['55/2005/TTLT-BNV-VPCP', '55/2005/TTLT-BNV-VPCP'],
    ['238/UBND-KGVX', '238/UBND-KGVX'],
    ['03/ctr-ubnd', '03/CTr-UBND'],
    ['12/HD-BTĐKT', '12/HD-BTĐKT'],
    ['12/HĐ-UBND', '12/HĐ-UBND'],
  ])('%s → %s', (raw, symbol) => {
    expect(canonicalSymbol(raw)).toBe(symbol);
  });

  it.each(['7/4/2014', '15-5-2016', '2021-2025', '28/30', '0206.3852.123', 'Chỉ thị', '12/QĐ', '/PĐTĐ-BDT', ''])('%s is not a symbol', (raw) => {
    expect(canonicalSymbol(raw)).toBeNull();
  });
});

describe('directiveKey', () => {
  it('is the same for every spelling of one symbol', () => {
    const keys = ['34-CT/TW', '34-ct/tw', '34/CT-TW', '34\u2013CT/TW'].map((s) => directiveKey('Chỉ thị', s));
    expect(new Set(keys)).toEqual(new Set(['chi-thi-34-ct-tw']));
  });
  it('slugs a normative symbol', () => {
    expect(directiveKey('Nghị định', '98/2023/NĐ-CP')).toBe('nghi-dinh-98-2023-nd-cp');
  });
  it('does not repeat the kind of a name that starts with it', () => {
    expect(directiveKey('Luật', 'Luật phòng, chống tham nhũng')).toBe('luat-phong-chong-tham-nhung');
    expect(directiveKey('Luật', 'Luật Thi đua, khen thưởng 2022')).toBe('luat-thi-dua-khen-thuong-2022');
  });
});

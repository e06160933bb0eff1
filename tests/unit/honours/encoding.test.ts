/** Annex files must be UTF-8 Unicode; legacy TCVN3/VNI text is named plainly instead of imported as garbage. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeAnnexFile } from '../../../src/lib/honours/encoding';
import { detectLegacyEncoding } from '../../../src/lib/text/legacy-encoding';

const bytes = (name: string) => readFileSync(`tests/fixtures/honours/${name}`);

describe('the shared legacy-encoding detector on annexes', () => {
  it.each([
    ['05-tcvn3.txt', 'tcvn3'],
    ['06-vni.txt', 'vni'],
    ['01-ca-nhan-tap-the-ban-dan-toc.txt', 'unicode'],
    ['02-bang-tab-so-noi-vu.txt', 'unicode'],
    ['03-bang-gach-dung-ubnd.txt', 'unicode'],
    ['04-gia-dinh-van-hoa-xa.txt', 'unicode'],
  ])('reads %s as %s', (name, expected) => {
    expect(detectLegacyEncoding(bytes(name).toString('utf8')).encoding).toBe(expected);
  });

  it.each([
    'Chiến sĩ thi đua cơ sở: Ông Nông Văn An, Trưởng phòng — «chào» ° · ±',
    'Quyet dinh so 01/2020/QD-UBND ngay 05/01/2020',
    'Hòa, mình, kìm, nhìn, lò, bò, đò, mò',
  ])('leaves ordinary text alone: %s', (text) => {
    expect(detectLegacyEncoding(text).encoding).toBe('unicode');
  });
});

describe('decodeAnnexFile', () => {
  it('returns NFC text without the BOM', () => {
    const decoded = decodeAnnexFile(new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from('Ho\u0300a', 'utf8')]));
    expect(decoded).toEqual({ ok: true, text: 'Hòa' });
  });

  it('refuses bytes that are not UTF-8 (an 8-bit TCVN3 or Windows-1258 file)', () => {
    const decoded = decodeAnnexFile(new Uint8Array([0x43, 0xe9, 0x6e, 0x67, 0x20, 0xdf, 0xa7]));
    expect(decoded.ok).toBe(false);
    expect(!decoded.ok && decoded.reason).toContain('không phải UTF-8');
  });

  it('refuses UTF-16 with a clear message', () => {
    const decoded = decodeAnnexFile(new Uint8Array([0xff, 0xfe, 0x41, 0x00]));
    expect(!decoded.ok && decoded.reason).toContain('UTF-16');
  });

  it.each([
    ['05-tcvn3.txt', 'TCVN3'],
    ['06-vni.txt', 'VNI'],
  ])('refuses %s, naming %s and how to convert it', (name, encoding) => {
    const decoded = decodeAnnexFile(bytes(name));
    expect(decoded.ok).toBe(false);
    expect(!decoded.ok && decoded.reason).toContain(encoding);
    expect(!decoded.ok && decoded.reason).toContain('Unikey');
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectLegacyEncoding, encodeLegacy, ImportRefusal, importDocument, readSource } from '../../../src/lib/importer';
import { SEED_PATH, readSeed } from '../../support/seed';
import { CONTEXT } from '../../support/importer';

/** The refusal a read raises, or a failure when it reads. */
async function refusal(read: Promise<unknown>): Promise<ImportRefusal> {
  try {
    await read;
  } catch (error) {
    if (error instanceof ImportRefusal) return error;
    throw error;
  }
  throw new Error('expected the import to be refused');
}

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('legacy Vietnamese encodings', () => {
  it.each([
    ['TCVN3 (.VnTime)', 'Céng hoµ x· héi chñ nghÜa ViÖt Nam', 'tcvn3', 'Cộng hoà xã hội chủ nghĩa Việt Nam'],
    ['TCVN3 in the capitals font (.VnTimeH)', 'CéNG HOµ X· HéI CHñ NGHÜA VIÖT NAM', 'tcvn3', 'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
    ['TCVN3 with ư as a soft hyphen', 'Ng\u00adêi lao ®éng ë M\u00adêng Kh\u00ad¬ng', 'tcvn3', 'Người lao động ở Mường Khương'],
    ['VNI (VNI-Times)', 'Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam', 'vni', 'Cộng hòa xã hội chủ nghĩa Việt Nam'],
    ['VNI in capitals', 'COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM', 'vni', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
  ])('detects %s by its character statistics and converts it', (_, mojibake, encoding, unicode) => {
    expect(detectLegacyEncoding(mojibake)).toMatchObject({ encoding, converted: unicode });
  });

  it.each([
    ['the seed', readSeed()],
    ['plain ASCII', 'Quyet dinh so 01/2020/QD-UBND ve viec khen thuong'],
    ['French with accents', 'Le président a félicité les élèves très sérieux à Noël'],
  ])('leaves Unicode text alone: %s', (_, text) => {
    expect(detectLegacyEncoding(text).encoding).toBe('unicode');
  });

  it.each(['tcvn3', 'vni'] as const)('imports the whole seed typed in %s (saved as UTF-8) into the same entry as the Unicode seed', async (encoding) => {
    const unicode = importDocument(await readSource(readFileSync(SEED_PATH), 'seed.txt'), 'seed.txt', CONTEXT);
    const source = await readSource(utf8(encodeLegacy(readSeed(), encoding)), `seed-${encoding}.txt`);
    const legacy = importDocument(source, `seed-${encoding}.txt`, CONTEXT);
    expect(source.notices.join('\n')).toContain(`seed-${encoding}.txt`);
    // TCVN3 stores capital toned letters with the lower-case codes (the capitals font draws them): compare case-blind.
    expect(legacy.body.toLocaleLowerCase('vi')).toBe(unicode.body.toLocaleLowerCase('vi'));
    expect(legacy.data.symbol).toBe('PĐTĐ-BDT');
    expect(legacy.data.issued).toBe('2023-01');
  });

  it('reads the look-alikes a PDF copy puts for Vietnamese letters ("ƣ" for "ư", "Ð" for "Đ") as those letters, and says so', async () => {
    const seed = readSeed();
    const copy = seed.replace(/ư/g, 'ƣ').replace(/Ư/g, 'Ƣ').replace(/Đ/g, 'Ð');
    const source = await readSource(utf8(copy), 'ban-pdf.txt');
    expect(source.notices.join('\n')).toContain('"ƣ"');
    const unicode = importDocument(await readSource(readFileSync(SEED_PATH), 'seed.txt'), 'seed.txt', CONTEXT);
    const repaired = importDocument(source, 'ban-pdf.txt', CONTEXT);
    expect(repaired.body).toBe(unicode.body);
    expect(repaired.data.symbol).toBe(unicode.data.symbol);
  });

  it('reads a TCVN3 file saved as raw bytes (not UTF-8) and converts it', async () => {
    const bytes = Buffer.from(encodeLegacy('PHÁT ĐỘNG\nPHONG TRÀO THI ĐUA NĂM 2023\n\nBan Dân tộc phát động phong trào thi đua năm 2023.', 'tcvn3'), 'latin1');
    const source = await readSource(bytes, 'cu.txt');
    expect(source.lines.map((line) => line.map((run) => run.text).join('')).join('\n')).toContain('Ban Dân tộc phát động phong trào thi đua năm 2023.');
  });

  it('refuses mojibake it cannot convert, naming the file, in Vietnamese and English', async () => {
    // UTF-8 read as Windows-1252 twice over: neither TCVN3 nor VNI.
    const garbled = 'CÃ´ng hÃ²a xÃ£ há»™i chá»§ nghÄ©a Viá»‡t Nam, Ä‘á»™c láº­p tá»± do háº¡nh phÃºc, thi Ä‘ua khen thÆ°á»Ÿng';
    const error = await refusal(readSource(utf8(garbled), 'hong.txt'));
    expect(error.reason).toBe('legacy-encoding');
    expect(error.message).toContain('"hong.txt"');
    expect(error.message).toContain('bảng mã cũ');
    expect(error.message).toContain('legacy Vietnamese encoding');
  });
});

describe('files that cannot be imported are refused with the file named', () => {
  it.each([
    ['an empty file', new Uint8Array(), 'rong.txt', 'empty'],
    ['a file of spaces', utf8('  \n\n  '), 'trang.txt', 'empty'],
    ['a binary file', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'anh.txt', 'binary'],
    ['Windows-1252 text that is not Vietnamese', Uint8Array.from(Buffer.from('Caf\xe9 cr\xe8me \x80 na\xefve', 'latin1')), 'cp1252.txt', 'not-utf8'],
    ['a file with no letters', utf8('1234 5678\n---\n'), 'so.txt', 'no-text'],
    ['an old .doc', utf8('x'), 'van-ban.doc', 'unsupported-format'],
    ['a .docx that is not a zip', utf8('not a zip file at all'), 'hong.docx', 'unreadable-docx'],
  ])('%s', async (_, bytes, name, reason) => {
    const error = await refusal(readSource(bytes, name));
    expect(error.reason).toBe(reason);
    expect(error.message).toContain(`"${name}"`);
  });

  it('reports the offset of the first byte that is not UTF-8', async () => {
    const error = await refusal(readSource(Uint8Array.from(Buffer.from('abc\xe9 cr\xe8me \x80 na\xefve', 'latin1')), 'x.txt'));
    expect(error.message).toContain('0xe9');
    expect(error.message).toContain('vị trí 3');
  });
});

/**
 * Reading an annex file as text: UTF-8 only, and legacy Vietnamese encodings (TCVN3/ABC with
 * .VnTime fonts, VNI) recognised by the mojibake they turn into (the detector shared with the
 * document importer), so the user is told plainly what to convert instead of importing garbage:
 * names of people are not something to guess at (domain guide §8).
 */
import { LEGACY_NAMES, detectLegacyEncoding } from '../text/legacy-encoding';


/** The outcome of reading a file's bytes as annex text. */
export type DecodedText = { ok: true; text: string } | { ok: false; reason: string };

/** How to convert, in the words of the tool every office has (Unikey). */
function convertAdvice(from: string): string {
  return `Hãy chuyển tệp sang Unicode (ví dụ Unikey → Công cụ chuyển mã, nguồn "${from}", đích "Unicode"), lưu dạng văn bản UTF-8 rồi chạy lại.`;
}

/** The text of a UTF-8 file (BOM dropped, NFC), or why it cannot be read as an annex. */
export function decodeAnnexFile(bytes: Uint8Array): DecodedText {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, reason: 'Tệp được lưu dạng UTF-16, không phải UTF-8 (file is UTF-16). Hãy lưu lại dạng "Văn bản thuần, UTF-8" rồi chạy lại.' };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return {
      ok: false,
      reason: `Tệp không phải UTF-8 (file is not UTF-8): có thể là bảng mã cũ TCVN3 (ABC), VNI hoặc Windows-1258. ${convertAdvice('TCVN3 (ABC)" hoặc "VNI Windows')}`,
    };
  }
  text = text.replace(/^\ufeff/, '').normalize('NFC');
  const { encoding } = detectLegacyEncoding(text);
  if (encoding !== 'unicode') {
    const font = encoding === 'unknown-legacy' ? 'TCVN3 (ABC) hoặc VNI' : LEGACY_NAMES[encoding];
    const name = encoding === 'unknown-legacy' ? 'TCVN3/VNI' : encoding.toUpperCase();
    return {
      ok: false,
      reason: `Văn bản có vẻ gõ bằng bảng mã cũ ${font}, nên chữ Việt bị lỗi phông khi đọc dạng Unicode (legacy ${name} text detected). ${convertAdvice(encoding === 'vni' ? 'VNI Windows' : 'TCVN3 (ABC)')}`,
    };
  }
  return { ok: true, text };
}

import { ImportRefusal } from './types';
import { LEGACY_NAMES, detectLegacyEncoding } from '../text/legacy-encoding';
import { firstInvalidUtf8 } from '../text/utf8';

/**
 * Bytes of a text file → Unicode text, or a refusal naming the file: empty, binary, not UTF-8
 * (and not a legacy Vietnamese encoding either). UTF-8 with or without BOM and UTF-16 with BOM
 * are read; anything else is reported rather than guessed.
 */
export function decodeTextFile(bytes: Uint8Array, fileName: string): string {
  if (bytes.length === 0 || !/\S/.test(new TextDecoder('utf-8').decode(bytes))) {
    throw new ImportRefusal('empty', `Tệp "${fileName}" rỗng, không có chữ nào để nhập. / The file "${fileName}" is empty.`);
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (looksBinary(bytes)) {
    throw new ImportRefusal(
      'binary',
      `Tệp "${fileName}" không phải văn bản thuần (có dữ liệu nhị phân). Hãy lưu văn bản dưới dạng .docx hoặc .txt (UTF-8) rồi nhập lại. / ` +
        `"${fileName}" is a binary file, not text: save it as .docx or UTF-8 .txt and import that.`,
    );
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return decodeNonUtf8(bytes, fileName);
  }
}

/** NUL bytes, or many control characters, do not occur in text files. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20)) control += 1;
  }
  return control > sample.length * 0.05;
}

/**
 * A file that is not UTF-8 may be a legacy Vietnamese file saved as raw bytes (TCVN3 and VNI use
 * Latin-1 code points): read it as Latin-1 and let detection decide. Otherwise refuse, naming
 * the first offending byte.
 */
function decodeNonUtf8(bytes: Uint8Array, fileName: string): string {
  const latin1 = Buffer.from(bytes).toString('latin1');
  const verdict = detectLegacyEncoding(latin1);
  if (verdict.encoding === 'tcvn3' || verdict.encoding === 'vni') return latin1;
  const offset = firstInvalidUtf8(bytes);
  throw new ImportRefusal(
    'not-utf8',
    `Tệp "${fileName}" không phải UTF-8 (byte 0x${bytes[offset].toString(16).padStart(2, '0')} ở vị trí ${offset} không hợp lệ), ` +
      `cũng không nhận ra là ${LEGACY_NAMES.tcvn3} hay ${LEGACY_NAMES.vni}. Mở tệp trong Word và lưu lại dạng .docx, hoặc lưu .txt với mã hóa UTF-8. / ` +
      `"${fileName}" is not valid UTF-8 (invalid byte at offset ${offset}): save it as .docx or as UTF-8 text.`,
  );
}

/**
 * A content file's bytes as text, or the one problem saying why they cannot be published as
 * they are. Office PCs save text in more than one way: Notepad's "Unicode" is UTF-16, "ANSI" is
 * Windows-1258, and a paragraph copied from an old document typed with a .VnTime or VNI font
 * keeps that font's letters ("Céng hoµ" for "Cộng hoà"). Read as UTF-8, each turns into a
 * cascade of unrelated problems or, worse, into garbled words on the site. The file is reported
 * once, at the line where it goes wrong, with what to do in the tools offices have.
 */
import { LEGACY_NAMES, detectLegacyEncoding, mayBeLegacy, type LegacyEncoding } from '../text/legacy-encoding';
import { firstInvalidUtf8 } from '../text/utf8';
import type { ContentProblem } from './types';

/** The field name a reading problem is reported under. */
export const ENCODING_FIELD = 'bảng mã';

const SAVE_AS_UTF8 = 'Mở tệp bằng Notepad (hoặc VS Code), chọn Lưu thành (Save As), ở ô Encoding chọn UTF-8, rồi lưu đè tệp này.';
const EXPECTED_UTF8 = 'tệp văn bản lưu bằng mã UTF-8, chữ Việt Unicode';

/** How to convert a legacy font's text, in the words of the tool every office has (Unikey). */
function convertAdvice(encoding: LegacyEncoding): string {
  const source = encoding === 'vni' ? 'VNI Windows' : 'TCVN3 (ABC)';
  return `Chuyển sang Unicode bằng Unikey (Công cụ chuyển mã, nguồn "${source}", đích "Unicode"), dán lại vào tệp, lưu bằng mã UTF-8.`;
}

/** Line (from 1) of a byte offset. */
function lineAtByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i += 1) if (bytes[i] === 0x0a) line += 1;
  return line;
}


/** Legacy-font words in a Unicode text: the first line that reads as TCVN3 or VNI, and what it says converted. */
export function legacyLine(text: string): { line: number; encoding: LegacyEncoding; found: string; reads: string } | undefined {
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index += 1) {
    // Most lines are plain Unicode, told apart without counting syllables.
    if (!mayBeLegacy(lines[index])) continue;
    const verdict = detectLegacyEncoding(lines[index]);
    if (verdict.encoding !== 'tcvn3' && verdict.encoding !== 'vni') continue;
    const clip = (value: string) => (value.length > 60 ? `${value.slice(0, 60)}…` : value).trim();
    return { line: index + 1, encoding: verdict.encoding, found: clip(lines[index]), reads: clip(verdict.converted ?? '') };
  }
  return undefined;
}

/** The text of a content file (BOM dropped), or the problem that keeps it out. */
export function readContentText(bytes: Uint8Array, file: string): { text: string; problem?: undefined } | { text?: undefined; problem: ContentProblem } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { problem: { file, field: ENCODING_FIELD, line: 1, expected: EXPECTED_UTF8, found: 'tệp lưu bằng mã UTF-16 (Notepad gọi là "Unicode")', fix: SAVE_AS_UTF8 } };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const line = lineAtByte(bytes, offset);
    const byte = `byte 0x${bytes[offset].toString(16).padStart(2, '0')} ở dòng ${line}`;
    const legacy = detectLegacyEncoding(Buffer.from(bytes).toString('latin1')).encoding;
    if (legacy === 'tcvn3' || legacy === 'vni') {
      return { problem: { file, field: ENCODING_FIELD, line, expected: EXPECTED_UTF8, found: `chữ gõ bằng bảng mã cũ ${LEGACY_NAMES[legacy]}, không phải UTF-8 (${byte})`, fix: convertAdvice(legacy) } };
    }
    return { problem: { file, field: ENCODING_FIELD, line, expected: EXPECTED_UTF8, found: `${byte} không thuộc mã UTF-8 (tệp có thể lưu bằng "ANSI"/Windows-1258)`, fix: SAVE_AS_UTF8 } };
  }
  const legacy = legacyLine(text);
  if (legacy) {
    return {
      problem: {
        file,
        field: ENCODING_FIELD,
        line: legacy.line,
        expected: 'chữ Việt Unicode',
        found: `“${legacy.found}”: chữ gõ bằng bảng mã cũ ${LEGACY_NAMES[legacy.encoding]}, đọc đúng là “${legacy.reads}”`,
        fix: convertAdvice(legacy.encoding),
      },
    };
  }
  return { text };
}

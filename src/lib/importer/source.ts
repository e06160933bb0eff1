import { repairLookalikes, toNfc } from '../text/fold';
import { LEGACY_NAMES, convertLegacy, detectLegacyEncoding } from '../text/legacy-encoding';
import { ImportRefusal, type Run, type SourceLine, type SourceText } from './types';

/** Invisible characters Word and the web leave in text: BOM, zero-width, soft hyphen, bidi marks. */
const INVISIBLE = /[\ufeff\u200b-\u200d\u2060\u00ad\u200e\u200f]/g;
/** Control characters other than tab and newline. */
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g;

/** NFC, ordinary spaces for no-break ones, invisible and control characters removed. */
export function cleanRunText(text: string): string {
  return toNfc(text).replace(/[\u00a0\u2007\u202f]/g, ' ').replace(INVISIBLE, '').replace(CONTROL, '');
}

/**
 * A line of a text file as runs: `**…**` pairs are bold (the seed and hand-written files mark
 * bold so); an unpaired `**` is kept as text.
 */
export function runsOfMarkdownLine(line: string): Run[] {
  const parts = line.split('**');
  if (parts.length % 2 === 0) return line ? [{ text: line, bold: false }] : [];
  return parts.map((text, index) => ({ text, bold: index % 2 === 1 })).filter((run) => run.text !== '');
}

/** Lines of a plain-text document (CRLF, CR and form feeds are line breaks). */
export function linesOfText(text: string): SourceLine[] {
  return text.split(/\r\n|\r|\n|\f/).map(runsOfMarkdownLine);
}

/**
 * Checks the encoding of the whole document and cleans every run. TCVN3 or VNI text is converted
 * when the conversion reads as Vietnamese; otherwise the import is refused with an explanation.
 */
export function normaliseSource(lines: SourceLine[], fileName: string, notices: string[] = []): SourceText {
  const all = lines.map((line) => line.map((run) => run.text).join('')).join('\n');
  if (!/\p{L}/u.test(all)) {
    throw new ImportRefusal('no-text', `Tệp "${fileName}" không có chữ nào để nhập. / "${fileName}" contains no text to import.`);
  }
  const verdict = detectLegacyEncoding(toNfc(all));
  let convert = (text: string) => text;
  if (verdict.encoding === 'tcvn3' || verdict.encoding === 'vni') {
    const encoding = verdict.encoding;
    convert = (text) => convertLegacy(text, encoding);
    notices.push(
      `Tệp "${fileName}" được gõ bằng bảng mã ${LEGACY_NAMES[encoding]}; đã chuyển sang Unicode. Hãy đối chiếu với bản gốc. / ` +
        `"${fileName}" was in the legacy ${encoding.toUpperCase()} encoding and has been converted to Unicode: check it against the original.`,
    );
  } else if (verdict.encoding === 'unknown-legacy') {
    throw new ImportRefusal(
      'legacy-encoding',
      `Tệp "${fileName}" có vẻ được gõ bằng bảng mã cũ (TCVN3/.VnTime hoặc VNI), chữ hiện ra bị lỗi (ví dụ "Céng hoµ", "Coäng hoøa") ` +
        `và không chuyển đổi tự động được. Hãy chuyển sang Unicode (Unikey: Công cụ chuyển mã) rồi nhập lại. / ` +
        `"${fileName}" looks like text in a legacy Vietnamese encoding (TCVN3 or VNI) that could not be converted automatically: convert it to Unicode first.`,
    );
  }
  const lookalikes = [...new Set(convert(toNfc(all)).match(/[\u00d0\u0189\u00f0\u0256\u01a2\u01a3]/gu) ?? [])];
  if (lookalikes.length) {
    notices.push(
      `Tệp "${fileName}" có chữ ${lookalikes.map((ch) => `"${ch}"`).join(', ')} mà bản sao PDF hay phông cũ đặt thay cho chữ tiếng Việt; đã đọc thành ${lookalikes.map((ch) => `"${repairLookalikes(ch)}"`).join(', ')}. / ` +
        `"${fileName}" has look-alike letters a PDF copy or an old font put for Vietnamese ones; they were read as the Vietnamese letters.`,
    );
  }
  return {
    lines: lines.map((line) =>
      line.map((run) => ({ ...run, text: cleanRunText(repairLookalikes(convert(toNfc(run.text)))) })).filter((run) => run.text !== ''),
    ),
    notices,
  };
}

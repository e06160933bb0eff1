import { DOCUMENT_TYPES } from '../citations';
import { foldVietnamese } from '../text/fold';
import type { SourceLine } from './types';

/**
 * Splits an official document (Nghị định 30/2020 layout, domain guide §3) into its parts: the
 * header (issuing body, number, national title, place and date), the title, the legal basis,
 * the body, and the foot (recipients and signature). Text exported from Word often puts the two
 * header columns on one line separated by tabs or runs of spaces; those are read as cells.
 */
export interface DocumentParts {
  /** Capitalised header lines naming the issuing body, parent first: ["UBND TỈNH CAO BẰNG", "BAN DÂN TỘC"]. */
  issuerLines: string[];
  /** "Số: 05/KH-BDT", as printed. */
  numberLine?: string;
  /** "Cao Bằng, ngày 05 tháng 01 năm 2023", as printed. */
  dateLine?: string;
  /** The type line ("PHÁT ĐỘNG", "KẾ HOẠCH"), when found. */
  documentType?: string;
  /** The subject lines (trích yếu) joined by a space. */
  subject?: string;
  /** "Căn cứ ..." lines. */
  basis: string[];
  /** The body's lines (no blank lines), with their bold runs. */
  body: SourceLine[];
  /** "Nơi nhận" entries without the leading dash; undefined when the document has no list. */
  recipients?: string[];
  /** Lines of the signature block, in order. */
  signerLines: string[];
}

/** Plain text of a line, without bold. */
export function plainText(line: SourceLine): string {
  return line.map((run) => run.text).join('');
}

const isBlank = (text: string) => text.trim() === '';
const isCaps = (text: string) => /\p{L}/u.test(text) && text === text.toLocaleUpperCase('vi');
const isDecoration = (text: string) => /^[\s\-_–—=*.·~‒―]+$/.test(text) && text.trim() !== '';
const isNational = (text: string) => /^(cong hoa xa hoi chu nghia viet nam|dang cong san viet nam)$/.test(foldVietnamese(text).replace(/\s+/g, ' ').trim());
const isMotto = (text: string) => /^doc lap\s*[-–—]\s*tu do\s*[-–—]\s*hanh phuc$/.test(foldVietnamese(text).trim());
const isNumberLine = (text: string) => /^so\s*:/.test(foldVietnamese(text).trim());
const isDateLine = (text: string) => text.length < 90 && /\bngay\b[^\n]{0,20}\bthang\b[^\n]{0,20}\bnam\s*\d{4}/.test(foldVietnamese(text));
const isRecipientsLabel = (text: string) => /^noi nhan\b/.test(foldVietnamese(text).trim());
/** Authority prefix of a signature: TM., KT., Q., TL., TUQ. (Nghị định 30/2020), and the older T/M, K/T, T/L. */
export const AUTHORITY_PREFIX = /^(TM|KT|Q|TL|TUQ|T\/M|K\/T|T\/L)(?:\s*\.\s*|(?<=\/[A-Z])\s+)(\S.*)$/u;
const isSignerPrefix = (text: string) => AUTHORITY_PREFIX.test(text.trim()) && isCaps(text);
const isBasis = (text: string) => /^can cu\b/.test(foldVietnamese(text).trim());
/** The official end-of-text mark "./.". */
const END_MARK = /\.\/\.\s*$/;
const ROMAN_OR_ITEM = /^\s*(?:[IVXLC]{1,6}|\d{1,3})\s*[.)]\s/;

/**
 * Cells of a line laid out in columns: split at tabs, and at three or more spaces unless they
 * are a blank left to fill in ("Số:      /KH", "ngày      tháng").
 */
function cellsOf(text: string): string[] {
  return text
    .split(/\t+|(?<![ ]|(?:^|\s)Số\s*:|ngày|tháng) {3,}(?![\p{Ll}/ ])/u)
    .map((cell) => cell.replace(/\*\*/g, '').trim())
    .filter(Boolean);
}

type HeaderKind = 'national' | 'motto' | 'number' | 'date' | 'decoration' | 'caps' | 'text';

function headerKind(cell: string): HeaderKind {
  if (isNational(cell)) return 'national';
  if (isMotto(cell)) return 'motto';
  if (isNumberLine(cell)) return 'number';
  if (isDateLine(cell)) return 'date';
  if (isDecoration(cell)) return 'decoration';
  if (isCaps(cell)) return 'caps';
  return 'text';
}

/** Document type words a single-line title may start with ("KẾ HOẠCH PHÁT ĐỘNG ..."). */
const TYPE_WORDS = [...DOCUMENT_TYPES.map((type) => foldVietnamese(type.kind)), 'phat dong'].sort((a, b) => b.length - a.length);

/** Splits a one-line title into type and subject when it starts with a known type. */
function splitTitle(line: string): { type: string; subject?: string } {
  const words = line.split(/\s+/);
  for (const type of TYPE_WORDS) {
    const count = type.split(' ').length;
    if (words.length > count && foldVietnamese(words.slice(0, count).join(' ')) === type) {
      return { type: words.slice(0, count).join(' '), subject: words.slice(count).join(' ') };
    }
  }
  return { type: line };
}

/** Splits the document's lines into header, title, basis, body and foot. */
export function splitDocument(lines: SourceLine[]): DocumentParts {
  const texts = lines.map((line) => plainText(line).trim());
  const parts: DocumentParts = { issuerLines: [], basis: [], body: [], signerLines: [] };

  // Header: the leading block of header lines, capitals and rules, up to the last dated or numbered line.
  let headerEnd = -1;
  for (let i = 0, seen = 0; i < texts.length && seen < 25; i += 1) {
    if (isBlank(texts[i])) continue;
    seen += 1;
    const kinds = cellsOf(texts[i]).map(headerKind);
    if (kinds.includes('text') && !kinds.some((kind) => kind === 'number' || kind === 'date' || kind === 'motto')) break;
    if (kinds.some((kind) => kind === 'national' || kind === 'motto' || kind === 'number' || kind === 'date')) headerEnd = i;
  }
  for (let i = 0; i <= headerEnd; i += 1) {
    for (const cell of cellsOf(texts[i])) {
      const kind = headerKind(cell);
      if (kind === 'number') parts.numberLine ??= cell;
      else if (kind === 'date') parts.dateLine ??= cell;
      else if (kind === 'caps') parts.issuerLines.push(cell);
    }
  }

  // Title: the first capitalised line after the header, then the subject lines right under it.
  let cursor = headerEnd + 1;
  while (cursor < texts.length && (isBlank(texts[cursor]) || isDecoration(texts[cursor]))) cursor += 1;
  if (cursor < texts.length && isCaps(texts[cursor]) && !ROMAN_OR_ITEM.test(texts[cursor]) && !isBasis(texts[cursor])) {
    const title = texts[cursor].replace(/\*\*/g, '').trim();
    cursor += 1;
    const subject: string[] = [];
    const capsSubject = cursor < texts.length && isCaps(texts[cursor]);
    while (cursor < texts.length) {
      const text = texts[cursor].replace(/\*\*/g, '').trim();
      if (isBlank(text) || isDecoration(text) || isBasis(text) || ROMAN_OR_ITEM.test(text) || text.length > 300) break;
      if (subject.length > 0 && (capsSubject ? !isCaps(text) : !/^\p{Ll}/u.test(text))) break;
      if (subject.length === 0 && !capsSubject && /[.:;]$/.test(text)) break;
      subject.push(text);
      cursor += 1;
    }
    if (subject.length > 0) {
      parts.documentType = title;
      parts.subject = subject.join(' ');
    } else {
      const split = splitTitle(title);
      parts.documentType = split.type;
      parts.subject = split.subject;
    }
  }

  // Foot: from "Nơi nhận" or an authority prefix, or right after the "./." end mark.
  let footStart = texts.length;
  for (let i = cursor; i < texts.length; i += 1) {
    const first = cellsOf(texts[i])[0] ?? '';
    if (isRecipientsLabel(first) || isSignerPrefix(first)) {
      footStart = i;
      break;
    }
    if (END_MARK.test(texts[i].replace(/\*\*/g, ''))) {
      footStart = i + 1;
      break;
    }
  }
  if (footStart === texts.length) footStart = trailingSignature(texts, cursor);

  for (let i = cursor; i < footStart; i += 1) {
    const text = texts[i];
    if (isBlank(text) || isDecoration(text)) continue;
    if (isBasis(text) && parts.body.every((line) => !ROMAN_OR_ITEM.test(plainText(line)))) parts.basis.push(text.replace(/\*\*/g, ''));
    else parts.body.push(lines[i]);
  }
  readFoot(texts.slice(footStart), parts);
  return parts;
}

/** Without "Nơi nhận" or "./.", a signature may still close the text: a capitalised position, then a name. */
function trailingSignature(texts: string[], from: number): number {
  const nonBlank = texts.map((text, index) => ({ text, index })).filter(({ text, index }) => index >= from && !isBlank(text));
  const last = nonBlank.at(-1);
  const before = nonBlank.at(-2);
  if (last && before && isPersonName(last.text.replace(/\*\*/g, '').trim()) && isCaps(before.text) && before.text.length < 60) {
    return before.index;
  }
  return texts.length;
}

/** "Bế Văn Hùng": two to six capitalised words. */
export function isPersonName(text: string): boolean {
  const words = text.split(/\s+/);
  return words.length >= 2 && words.length <= 6 && words.every((word) => /^\p{Lu}\p{Ll}*\.?$/u.test(word));
}

/** Recipients (dashed lines under "Nơi nhận") and the signature block, cell by cell. */
function readFoot(texts: string[], parts: DocumentParts): void {
  let recipients: string[] | undefined;
  for (const text of texts) {
    for (const rawCell of cellsOf(text)) {
      let cell = rawCell;
      if (isRecipientsLabel(cell)) {
        recipients = [];
        cell = cell.replace(/^\S+\s+\S+\s*:?\s*/u, '');
        if (!cell) continue;
      }
      const dashed = /^[-–+•]\s*/.exec(cell);
      if (recipients && (dashed || /^lưu\s*:/iu.test(cell))) {
        recipients.push(cell.slice(dashed?.[0].length ?? 0).trim());
      } else if (recipients && recipients.length > 0 && /^\p{Ll}/u.test(cell)) {
        recipients[recipients.length - 1] += ` ${cell}`;
      } else {
        parts.signerLines.push(cell);
      }
    }
  }
  parts.recipients = recipients;
}

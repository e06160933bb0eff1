import { DOCUMENT_TYPES, citationOpening } from '../citations';
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
  /** The type and the subject were read from one line ("QUY ĐỊNH CHI TIẾT THI HÀNH ..."): the type may be the subject's first words. */
  typeFromSubjectLine?: boolean;
  /** A decision's authority line naming its body and place, when the copy has no header to name the issuer. */
  authorityLine?: string;
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
/** The national title, also broken over two lines or cut short by a copy ("CỘNG HÒA XÃ HỘI" / "CHỦ NGHĨA VIỆT NAM"). */
export const isNational = (text: string) =>
  /^(cong hoa xa hoi(?: chu nghia(?: viet(?: nam)?)?)?|chu nghia viet nam|dang cong san viet nam)$/.test(foldVietnamese(text).replace(/[^a-z0-9]+/g, ' ').trim());
/** The motto, also with a word lost ("Độc lập – Tự – Hạnh phúc"). */
export const isMotto = (text: string) => /^doc lap\s*[-–—]\s*(?:tu do|tu)?\s*[-–—]?\s*hanh phuc$/.test(foldVietnamese(text).trim());
/** "Số: 05/KH-BDT", "Số 04/ KH-...", "So 90-KH/TU" (OCR), "Số:      /PĐ-BDT" (number left blank). */
export const isNumberLine = (text: string) => /^so\s*(?::|\d)/.test(foldVietnamese(text).trim());
export const isDateLine = (text: string) => text.length < 90 && /\bngay\b[^\n]{0,20}\bthang\b[^\n]{0,20}\bnam\s*\d{4}/.test(foldVietnamese(text));
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
 * are a blank left to fill in ("Số:      /KH", "Số    77  /KH", "ngày      tháng").
 */
function cellsOf(text: string): string[] {
  return text
    .split(/\t+|(?<![ ]|(?:^|\s)Số\s*:?|ngày|tháng) {3,}(?![\p{Ll}/ ])/u)
    .map((cell) => cell.replace(/\*\*/g, '').trim())
    .filter(Boolean)
    // The issuing body and the number run together when a copy loses the columns ("UBND TỈNH BẮC GIANG Số: 172/2015/QĐ-UBND").
    .flatMap((cell) => {
      const joined = /^(\S.*?)\s+(Số\s*:\s*\S.*)$/u.exec(cell);
      return joined && isCaps(joined[1]) ? [joined[1], joined[2]] : [cell];
    });
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

/** The subject of a title that opens as a citation ("Kế hoạch số 17-KH/BDVTW ngày ... của ... về tổ chức ..." → "tổ chức ..."), as written. */
function subjectAfterCitation(title: string): string | undefined {
  const citation = citationOpening(title);
  if (!citation) return undefined;
  return /^\s*,?\s*(?:về việc|về|v\/v:?)\s+(.+)$/iu.exec(title.slice(citation.end))?.[1].trim();
}

/** Does the line start with a document type word ("KẾ HOẠCH", "Quyết định ...")? */
export function startsWithType(line: string): boolean {
  const folded = foldVietnamese(line).trim();
  return TYPE_WORDS.some((type) => folded === type || folded.startsWith(`${type} `));
}

/** Who decides: a head's position or a collective body, as the authority line of a decision names it. */
const AUTHORITY =
  /^(chu tich|pho chu tich|thu tuong|pho thu tuong|bo truong|uy ban|ubnd|hoi dong|giam doc|hieu truong|truong ban|truong phong|ban thuong|ban chap hanh|doan chu tich|thuong truc|tong giam doc|cuc truong|chi cuc truong|vien truong|chanh|dang uy|tinh uy|huyen uy|thanh uy|chi bo|ban giam hieu|thu truong)\b/;

/**
 * The last words of a subject line that cannot end it: a tier before its place name, a preposition,
 * a verb or noun that needs what follows ("... kỷ niệm 90 năm ngày thành lập" / "Đảng Cộng sản Việt Nam").
 */
const OPEN_END = /\b(tinh|thanh pho|huyen|quan|thi xa|thi tran|xa|phuong|cua|va|cac|ve|cho|voi|tai|trong|den|tu|nhan dip|ngay|thanh lap|ky niem|chao mung|huong ung|thuc hien|to chuc|nham|theo|tren|giua)$/;

/** An authority line that is a body with its place: "ỦY BAN NHÂN DÂN TỈNH BẠC LIÊU", "HỘI ĐỒNG NHÂN DÂN HUYỆN ...". */
const AUTHORITY_BODY = /^(uy ban nhan dan|hoi dong nhan dan)\s+(tinh|thanh pho|huyen|quan|thi xa|thi tran|xa|phuong)\s+\S/;

/** A subject without its type line: "VỀ VIỆC BAN HÀNH ...", "V/v công nhận ...". */
const isSubjectLead = (text: string) => /^(v\/v|ve viec)\b/.test(foldVietnamese(text).trim());

/**
 * The authority line of a decision ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH", "THỦ TƯỚNG CHÍNH
 * PHỦ"): a capitalised line right before the legal basis ("Căn cứ ...", "Xét ..."). It is the
 * body's first line, not part of the subject.
 */
function isAuthorityLine(texts: string[], i: number): boolean {
  if (!isCaps(texts[i]) || texts[i].length > 120 || !AUTHORITY.test(foldVietnamese(texts[i]).trim())) return false;
  let next = i + 1;
  while (next < texts.length && (isBlank(texts[next]) || isDecoration(texts[next]))) next += 1;
  return next < texts.length && /^(can cu|xet|theo de nghi|quyet dinh\s*:)/.test(foldVietnamese(texts[next]).trim());
}

/**
 * A place and date a table cell broke over two lines ("Hà Nội, ngày 15" / "tháng 11 năm 2013"),
 * among the header's first lines, read as one line (the second left blank).
 */
function joinBrokenDates(texts: string[]): void {
  for (let i = 0; i < Math.min(texts.length, 30); i += 1) {
    if (!/\bngay(?:\s+\d{1,2})?\s*$/.test(foldVietnamese(texts[i]))) continue;
    let next = i + 1;
    while (next < texts.length && isBlank(texts[next])) next += 1;
    if (next >= texts.length || !/^thang\b/.test(foldVietnamese(texts[next]))) continue;
    const joined = `${texts[i]} ${texts[next]}`;
    if (!isDateLine(joined)) continue;
    texts[i] = joined;
    texts[next] = '';
  }
}

/** Splits the document's lines into header, title, basis, body and foot. */
export function splitDocument(lines: SourceLine[]): DocumentParts {
  const texts = lines.map((line) => plainText(line).trim());
  joinBrokenDates(texts);
  const parts: DocumentParts = { issuerLines: [], basis: [], body: [], signerLines: [] };

  // Header: the leading block of header lines, capitals and rules, up to the last dated or numbered line.
  /** Is there a place-and-date line among the next few lines? */
  const dateFollows = (from: number) => {
    const next = texts.slice(from + 1).filter((text) => !isBlank(text) && !/^\|+$/.test(text));
    // Not past the legal basis: "Căn cứ Luật ... ngày 19 tháng 6 năm 2015" dates another document.
    const basis = next.findIndex((text) => isBasis(text));
    return next.slice(0, Math.min(4, basis < 0 ? 4 : basis)).some((text) => cellsOf(text).some((cell) => headerKind(cell) === 'date'));
  };
  let headerEnd = -1;
  for (let i = 0, seen = 0; i < texts.length && seen < 25; i += 1) {
    // A line of only "|" is where a flattened table's cell ended: no text of the header.
    if (isBlank(texts[i]) || /^\|+$/.test(texts[i])) continue;
    seen += 1;
    const cells = cellsOf(texts[i]);
    const kinds = cells.map(headerKind);
    // A công văn's subject ("V/v ...") sits under its number, above the place and date: part of the header.
    if (cells.length === 1 && isSubjectLead(cells[0]) && !isCaps(cells[0]) && dateFollows(i)) {
      let subject = cells[0];
      // Its lines run on in lower case ("V/v: tổng kết công tác thi đua, khen thưởng" / "năm 2013").
      while (i + 1 < texts.length && /^\p{Ll}/u.test(texts[i + 1]) && !isDateLine(texts[i + 1])) subject += ` ${texts[(i += 1)]}`;
      parts.subject ??= subject;
      continue;
    }
    if (kinds.includes('text') && !kinds.some((kind) => kind === 'number' || kind === 'date' || kind === 'motto')) break;
    // The basis ends the header (or shows there is none), although its first line gives a date ("Căn cứ Luật ... ngày 19 tháng 6 năm 2015;").
    if (isBasis(texts[i])) break;
    // The title ("KẾ HOẠCH", "QUYẾT ĐỊNH") ends the header, even when a date of another document follows in the subject.
    if (headerEnd >= 0 && cells.length === 1 && (startsWithType(cells[0]) || isSubjectLead(cells[0]) || isAuthorityLine(texts, i))) break;
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

  // Title: the first capitalised line after the header, then the subject lines under it.
  let cursor = headerEnd + 1;
  const skipBlank = (at: number) => {
    while (at < texts.length && (isBlank(texts[at]) || isDecoration(texts[at]))) at += 1;
    return at;
  };
  cursor = skipBlank(cursor);
  const titleAt = cursor;
  const titleText = titleAt < texts.length ? texts[titleAt].replace(/\*\*/g, '').trim() : '';
  const titleWithoutHeader = headerEnd < 0 && titleText !== '' && startsWithType(titleText) && titleText.length <= 300 && !isBasis(titleText);
  if (titleWithoutHeader && !isCaps(titleText)) {
    // A copy without a header (a portal's page, a news item) opening with the document's name: "Chỉ thị phát động ...",
    // or naming it as a citation would: "Kế hoạch số 17-KH/BDVTW ngày 02/6/2020 của Ban Dân vận Trung ương về ...".
    const split = splitTitle(titleText);
    parts.documentType = split.type;
    parts.subject = subjectAfterCitation(titleText) ?? split.subject;
    cursor = titleAt + 1;
  } else if (titleText && isSubjectLead(titleText) && headerEnd >= 0) {
    // No type line: the subject follows the header directly ("VỀ VIỆC BAN HÀNH ...").
    cursor = readSubject(titleAt, isCaps(titleText), (subject) => (parts.subject = subject));
  } else if (titleText && isCaps(titleText) && !ROMAN_OR_ITEM.test(titleText) && !isBasis(titleText) && !isAuthorityLine(texts, titleAt) && (headerEnd >= 0 || titleWithoutHeader)) {
    cursor = titleAt + 1;
    const next = skipBlank(cursor);
    const split = splitTitle(titleText);
    // A title that holds its own subject ("PHÁT ĐỘNG PHONG TRÀO ...") runs on only into capitalised lines right under it.
    const subjectFollows =
      next < texts.length && !isAuthorityLine(texts, next) && isSubjectStart(texts[next]) && (!split.subject || (next === cursor && isCaps(texts[next])));
    if (split.subject && startsWithType(titleText) && subjectFollows && isCaps(texts[next])) {
      // "KẾ HOẠCH PHÁT ĐỘNG THI ĐUA CHÀO MỪNG" / "NGÀY NHÀ GIÁO VIỆT NAM 20/11.": the subject runs on.
      parts.documentType = split.type;
      cursor = readSubject(next, true, (rest) => (parts.subject = `${split.subject} ${rest}`));
    } else if (subjectFollows) {
      parts.documentType = titleText;
      cursor = readSubject(next, isCaps(texts[next]), (subject) => (parts.subject = subject));
    } else if (!startsWithType(titleText) && headerEnd >= 0) {
      // No type line, and no "VỀ VIỆC": a line that names no type of document is the subject
      // ("BAN HÀNH QUY ĐỊNH VỀ CÔNG TÁC THI ĐUA ..." under the number, as a portal copy prints it).
      parts.subject = titleText.replace(/\.$/, '');
    } else {
      parts.documentType = split.type;
      parts.subject = split.subject;
      parts.typeFromSubjectLine = Boolean(split.subject);
    }
  }

  // A copy without its header names the issuing body only in a decision's authority line, over the basis
  // ("ỦY BAN NHÂN DÂN TỈNH BẠC LIÊU"): kept for the issuer when it names a body and its place, not an office ("CHỦ TỊCH ...").
  const authorityAt = skipBlank(cursor);
  if (headerEnd < 0 && authorityAt < texts.length && isAuthorityLine(texts, authorityAt) && AUTHORITY_BODY.test(foldVietnamese(texts[authorityAt]).trim())) {
    parts.authorityLine = texts[authorityAt];
  }

  /** Can this line start a subject: not the basis, not a numbered section, not a paragraph ending in ":"? */
  function isSubjectStart(text: string): boolean {
    const plain = text.replace(/\*\*/g, '').trim();
    if (isBasis(plain) || ROMAN_OR_ITEM.test(plain) || plain.length > 400) return false;
    return isCaps(plain) || !/[:;]$/.test(plain);
  }

  /**
   * The subject from line `at`: capitalised lines while they stay capitalised, or a sentence-case
   * line and its lower-case continuations, across the blank lines a portal copy puts between them.
   */
  function readSubject(at: number, caps: boolean, set: (subject: string) => void): number {
    const lines: string[] = [];
    /** Does a sentence-case subject run on into `text`: a small letter, or a line cut after a word that needs one ("... thành phố" / "Hà Nội lần thứ XVI")? */
    const runsOn = (text: string) => /^\p{Ll}/u.test(text) || (lines.length > 0 && OPEN_END.test(foldVietnamese(lines[lines.length - 1])) && text.length <= 200 && !/[:;.]$/.test(text));
    let i = at;
    while (i < texts.length) {
      const text = texts[i].replace(/\*\*/g, '').trim();
      if (isBlank(text) || isDecoration(text)) {
        const next = skipBlank(i);
        const continues = next < texts.length && lines.length > 0 && !caps && runsOn(texts[next].trim()) && !isBasis(texts[next]);
        if (!continues) break;
        i = next;
        continue;
      }
      if (isBasis(text) || ROMAN_OR_ITEM.test(text) || text.length > 400 || isAuthorityLine(texts, i)) break;
      if (lines.length > 0 && (caps ? !isCaps(text) : !runsOn(text))) break;
      lines.push(text);
      i += 1;
    }
    if (lines.length) set(lines.join(' '));
    return i;
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
    // Only the "Căn cứ" lines that open the text are its legal basis; one further down stays where it is.
    if (isBasis(text) && parts.body.length === 0) parts.basis.push(text.replace(/\*\*/g, ''));
    else parts.body.push(lines[i]);
  }
  const annex = readFoot(texts.slice(footStart), parts);
  // What follows the signature (the list or regulation a decision issues, "DANH SÁCH ... (Kèm theo ...)") is text of the document.
  if (annex >= 0) parts.body.push(...lines.slice(footStart + annex).filter((line) => !isBlank(plainText(line))));
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

/** The first line of what a document attaches after its signature: a list, a regulation, an annex. */
const ANNEX_LEAD = /^(danh sach|phu luc|quy che|quy dinh|bieu|bang|huong dan|ke hoach|chuong trinh|\((?:ban hanh )?kem theo)\b/;

/**
 * Recipients (dashed lines under "Nơi nhận") and the signature block, cell by cell. Returns the
 * index of the line where an attachment starts after the signature, or -1.
 */
function readFoot(texts: string[], parts: DocumentParts): number {
  let recipients: string[] | undefined;
  for (const [index, text] of texts.entries()) {
    const plain = text.replace(/\|/g, ' ').trim();
    if (parts.signerLines.length > 0 && plain && isCaps(plain) && ANNEX_LEAD.test(foldVietnamese(plain))) {
      parts.recipients = recipients;
      return index;
    }
    for (const rawCell of cellsOf(text.replace(/\|/g, '\t'))) {
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
  return -1;
}

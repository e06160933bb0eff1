import { citationOpening } from '../citations';
import { RELATED_LIST_HEADING } from '../citations/own';
import { foldVietnamese } from '../text/fold';
import { startsWithType } from './layout';
import type { SourceLine } from './types';

/**
 * Copies of documents taken from legal portals (domain guide §10): a metadata block before the
 * document ("Số hiệu: ... Loại văn bản: ... Nơi ban hành: ... Người ký: ... Ngày ban hành: ..."),
 * often a title line naming the document ("Quyết định 31/2020/QĐ-UBND sửa đổi ..."), and the
 * header table flattened into rows with "|" between cells. This stage takes the portal's lines
 * off (reporting each one: nothing is dropped silently), keeps the metadata values for fields the
 * header lacks, and turns "|" rows of the header back into cells.
 */

/** What a portal's metadata block states about the document. */
export interface PortalMetadata {
  /** "130/KH-UBND", as the block prints it. */
  numberAndSymbol?: string;
  /** "Kế hoạch". */
  documentType?: string;
  /** "Tỉnh Thanh Hóa", "Ủy ban nhân dân tỉnh Phú Yên". */
  issuer?: string;
  /** "Phan Đình Phùng". */
  signer?: string;
  /** ISO date of issue. */
  issued?: string;
}

/** The source after the portal's own lines are taken off. */
export interface PortalReading {
  lines: SourceLine[];
  metadata: PortalMetadata;
  /** The portal's title line, when there was one. */
  titleLine?: string;
  /** What was taken off, for the editor. */
  notices: string[];
  /** The lines taken off, as written (the portal's, before the document's header). */
  dropped: string[];
}

/** Labels of portal metadata fields, folded; the value follows a colon, or fills the next cell of a "|" row. */
const LABELS: Record<string, keyof PortalMetadata | null> = {
  'so hieu': 'numberAndSymbol',
  'so ky hieu': 'numberAndSymbol',
  'loai van ban': 'documentType',
  'noi ban hanh': 'issuer',
  'co quan ban hanh': 'issuer',
  'nguoi ky': 'signer',
  'ngay ban hanh': 'issued',
  'ngay hieu luc': null,
  'ngay het hieu luc': null,
  'ngay cong bao': null,
  'so cong bao': null,
  'linh vuc': null,
  'tinh trang': null,
  'tinh trang hieu luc': null,
  'trich yeu': null,
  'ngay dang': null,
  'cap nhat': null,
};
const LABEL_ALTERNATION = Object.keys(LABELS)
  .sort((a, b) => b.length - a.length)
  .join('|');
/** A label at a cell start: line start, after "|", or after the previous value (two pairs on one line). */
const LABEL = new RegExp(`(?:^|\\|\\s*|\\s)(${LABEL_ALTERNATION})\\s*:`, 'g');
/** Values a portal prints when it does not know. */
const UNKNOWN_VALUE = /^(dang cap nhat|da biet|khong xac dinh|chua xac dinh|\.+|-+)$/;
const NUMBER_CELL = /^so\s*(?::|\d)/;

/** Plain text of a line. */
function textOf(line: SourceLine): string {
  return line.map((run) => run.text).join('');
}

/** Cells of a "|" row: "ỦY BAN NHÂN DÂN | CỘNG HÒA ... |" → ["ỦY BAN NHÂN DÂN", "CỘNG HÒA ..."]. */
export function pipeCells(text: string): string[] {
  return text
    .split('|')
    .map((cell) => cell.trim())
    .filter(Boolean);
}

/** Label/value pairs of a metadata line, or null when the line is not one. */
export function metadataPairs(text: string): [string, string][] | null {
  const folded = foldVietnamese(text);
  const labels: { label: string; start: number; valueStart: number }[] = [];
  LABEL.lastIndex = 0;
  for (let m = LABEL.exec(folded); m; m = LABEL.exec(folded)) {
    labels.push({ label: m[1], start: m.index + m[0].indexOf(m[1]), valueStart: m.index + m[0].length });
  }
  if (labels.length === 0) {
    // A metadata table pasted as "| Cơ quan ban hành | Tỉnh Bắc Ninh |": the label alone in the first cell.
    const cells = text.includes('|') ? pipeCells(text) : [];
    const label = cells.length === 2 ? foldVietnamese(cells[0]).replace(/\s+/g, ' ').trim() : '';
    return Object.hasOwn(LABELS, label) ? [[label, cells[1]]] : null;
  }
  if (folded.slice(0, labels[0].start).replace(/[|\s]/g, '') !== '') return null;
  // Folding keeps the length of NFC text, so the folded offsets cut the original.
  return labels.map((label, i) => [label.label, text.slice(label.valueStart, labels[i + 1]?.start ?? text.length).replace(/\|/g, ' ').replace(/\s+/g, ' ').trim()]);
}

/** "26/10/2020" or "26-10-2020" → "2020-10-26"; other shapes are not a date. */
function isoOf(value: string): string | undefined {
  const match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value.trim());
  if (!match) return undefined;
  const [, day, month, year] = match;
  if (Number(month) < 1 || Number(month) > 12 || Number(day) < 1 || Number(day) > 31) return undefined;
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** Cells of a header row, however the columns were flattened: "|", tabs, or runs of spaces. */
function rowCells(text: string): string[] {
  return text
    .split(/\||\t+| {3,}/)
    .map((cell) => cell.trim())
    .filter(Boolean);
}

/** The national title of a State body's header and the Party's title of a Party body's, folded. */
const NATIONAL_TITLES = [['cong', 'hoa', 'xa', 'hoi'], ['dang', 'cong', 'san', 'viet', 'nam']];

/**
 * Does the text print a national title as a header does: in capitals anywhere in the row ("ỦY BAN
 * NHÂN DÂN CỘNG HÒA XÃ HỘI ..."), or opening a cell in any case? Not a title's running words
 * ("... kỷ niệm 90 năm ngày thành lập Đảng cộng sản Việt Nam").
 */
function hasNationalTitle(text: string): boolean {
  const words = text.split(/[\s|]+/).filter(Boolean);
  const folded = words.map((word) => foldVietnamese(word).replace(/[^a-z0-9]/g, ''));
  for (const title of NATIONAL_TITLES) {
    for (let at = 0; at + title.length <= folded.length; at += 1) {
      if (!title.every((word, i) => folded[at + i] === word)) continue;
      if (isCaps(words.slice(at, at + title.length).join(' '))) return true;
    }
  }
  return rowCells(text).some((cell) => NATIONAL_TITLES.some((title) => foldVietnamese(cell).replace(/^[^a-z]+/, '').startsWith(title.join(' '))));
}

/** Does this row hold the national title, the motto or the "Số:" line, even run together with other cells? */
function isHeaderStart(text: string): boolean {
  const folded = foldVietnamese(text);
  // The issuing body and the number may run together in one cell: "UBND TỈNH BẮC GIANG Số: 172/2015/QĐ-UBND".
  const bodyAndNumber = /^(\S.*?)\s+Số\s*:\s*\d/u.exec(text);
  return (
    hasNationalTitle(text) ||
    /doc lap\s*[-–—]/.test(folded) ||
    rowCells(text).some((cell) => NUMBER_CELL.test(foldVietnamese(cell).trim())) ||
    (bodyAndNumber !== null && isCaps(bodyAndNumber[1]))
  );
}

const isCaps = (text: string) => /\p{L}/u.test(text) && text === text.toLocaleUpperCase('vi');
const isRule = (text: string) => /^[\s\-_–—=*.·~|]+$/.test(text);

/**
 * Index of the header's first line: the national title, motto or "Số:" line, moved up over the
 * issuing body's capitalised lines and rules above it. -1 when the copy has no header.
 */
function headerStart(texts: string[]): number {
  const limit = Math.min(texts.length, 60);
  let at = -1;
  for (let i = 0; i < limit; i += 1) {
    if (isHeaderStart(texts[i])) {
      at = i;
      break;
    }
  }
  if (at < 0) return -1;
  while (at > 0) {
    const above = texts[at - 1].trim();
    // The issuing body's lines, also beside the place and date ("BAN CHẤP HÀNH TỈNH KHÁNH HÒA      Nha Trang, ngày 11 ...").
    const bodyCells = rowCells(above).filter((cell) => !DATE_PHRASE.test(foldVietnamese(cell)));
    if (above === '' || isRule(above) || isHeaderStart(above) || (bodyCells.length > 0 && isCaps(bodyCells.join(' ')) && metadataPairs(above) === null)) at -= 1;
    else break;
  }
  while (at < texts.length && texts[at].trim() === '') at += 1;
  return at;
}

/** Reads and takes off a portal's metadata block and title line, and unflattens "|" header rows. */
export function readPortalCopy(lines: SourceLine[]): PortalReading {
  const texts = lines.map(textOf);
  const metadata: PortalMetadata = {};
  const notices: string[] = [];
  const start = headerStart(texts);
  const dropped: string[] = [];
  let titleLine: string | undefined;
  let kept = lines;

  const readPairs = (pairs: [string, string][]) => {
    for (const [label, value] of pairs) {
      const field = LABELS[label];
      if (!field || UNKNOWN_VALUE.test(foldVietnamese(value)) || value === '') continue;
      if (field === 'issued') metadata.issued ??= isoOf(value);
      else metadata[field] ??= value;
    }
  };
  // Lines before the header belong to the portal (its metadata block, its title line, its menus).
  if (start > 0) {
    for (const text of texts.slice(0, start)) {
      const pairs = metadataPairs(text);
      if (pairs) {
        readPairs(pairs);
      } else if (text.trim() !== '' && titleLine === undefined && /\d+\s*[/-]\s*\p{L}/u.test(text)) {
        titleLine = text.trim();
      }
      if (text.trim() !== '') dropped.push(text.trim());
    }
    kept = lines.slice(start);
  }
  if (dropped.length) {
    notices.push(
      `Đã bỏ ${dropped.length} dòng của trang web đứng trước phần tiêu đề văn bản (khối thông tin "Số hiệu, Loại văn bản, ..." và dòng tên văn bản của trang), ` +
        `không đưa vào nội dung: ${dropped.map((line) => `"${line.length > 80 ? `${line.slice(0, 77)}...` : line}"`).join('; ')}. / ` +
        `The portal's lines before the document header were not imported.`,
    );
  }
  // A copy with no header that opens with the document's name ("KẾ HOẠCH Phát động ...") under a page's
  // furniture (a view counter, "Lượt xem: 88", a menu row): the furniture is the page's, taken off with a notice.
  if (start < 0) {
    const title = texts.findIndex((text, index) => index < 12 && startsWithType(text.trim()));
    const before = texts.slice(0, Math.max(title, 0)).filter((text) => text.trim() !== '');
    if (title > 0 && before.length > 0 && before.every(isPageFurniture)) {
      notices.push(
        `Đã bỏ ${before.length} dòng của trang web đứng trước tên văn bản (bộ đếm lượt xem, thanh đơn mục), không đưa vào nội dung: ` +
          `${before.map((line) => `"${line.trim()}"`).join('; ')}. / The page's lines before the document's name were not imported.`,
      );
      dropped.push(...before.map((line) => line.trim()));
      kept = lines.slice(title);
    }
    // The page's one-line title, then its posting date, then the document's own title block ("QUYẾT ĐỊNH Về việc ..." /
    // "Ngày cập nhật 19/11/2020" / "QUYẾT ĐỊNH"): the first two are the page's.
    let own = title + 1;
    while (own < texts.length && own <= title + 6 && (texts[own].trim() === '' || isPageFurniture(texts[own]))) own += 1;
    const typeLine = own < texts.length ? texts[own].trim() : '';
    if (title >= 0 && before.every(isPageFurniture) && own > title + 1 && startsWithType(typeLine) && foldVietnamese(texts[title]).trim().startsWith(foldVietnamese(typeLine)) && texts[title].trim() !== typeLine) {
      const page = texts.slice(title, own).filter((text) => text.trim() !== '').map((text) => text.trim());
      notices.push(
        `Đã bỏ dòng tên văn bản và ngày đăng của trang web đứng trước tên văn bản, không đưa vào nội dung: ${page.map((line) => `"${line.length > 80 ? `${line.slice(0, 77)}...` : line}"`).join('; ')}. / ` +
          `The page's title and posting date before the document's own title were not imported.`,
      );
      dropped.push(...page);
      kept = lines.slice(own);
    } else if (title >= 0 && before.every(isPageFurniture) && readTitleCitation(texts[title], metadata)) {
      titleLine = texts[title].trim();
      notices.push(
        `Bản sao không có phần tiêu đề: số, ngày ban hành và cơ quan ban hành lấy từ dòng tên văn bản "${titleLine.length > 100 ? `${titleLine.slice(0, 97)}...` : titleLine}". Kiểm tra lại. / ` +
          `No header: number, date and issuer taken from the document's title line.`,
      );
    }
  }
  // A portal may print its metadata block after the text instead ("Số hiệu: 16/HD-MT", "Loại văn bản: Hướng dẫn", ...):
  // two or more such lines in a row are the portal's, read and taken off like a block before the header.
  // Within the block, a label this reader has no field for ("Lĩnh vực văn bản:", "Tệp đính kèm :Tải về") is the portal's too.
  const after = start > 0 ? start : 0;
  const isLabelLine = (text: string) => /^\s*[\p{L} ]{2,30}\s*:/u.test(text) && text.length < 120;
  const droppedAfter: string[] = [];
  for (let i = after; i < texts.length; i += 1) {
    if (metadataPairs(texts[i]) === null) continue;
    let end = i;
    let known = 0;
    for (; end < texts.length && (metadataPairs(texts[end]) !== null || (known > 0 && isLabelLine(texts[end]))); end += 1) {
      if (metadataPairs(texts[end]) !== null) known += 1;
    }
    if (known < 2) continue;
    texts.slice(i, end).forEach((text) => {
      readPairs(metadataPairs(text) ?? []);
      droppedAfter.push(text.trim());
    });
    kept = kept.filter((_, index) => index + after < i || index + after >= end);
    break;
  }
  if (droppedAfter.length) {
    notices.push(
      `Đã bỏ ${droppedAfter.length} dòng khối thông tin của trang web in sau văn bản, không đưa vào nội dung (dùng cho các trường phần đầu văn bản còn thiếu): ` +
        `${droppedAfter.map((line) => `"${line}"`).join('; ')}. / The portal's metadata block after the document was not imported.`,
    );
  }
  dropped.push(...droppedAfter);
  // A portal's list of other documents after the text ("Các văn bản khác", "Tin liên quan"): the page's, not the document's.
  const keptTexts = kept.map(textOf);
  const related = keptTexts.findIndex((text, index) => index >= keptTexts.length / 2 && RELATED_LIST_HEADING.test(foldVietnamese(text)));
  if (related > 0) {
    const list = keptTexts.slice(related).filter((text) => text.trim() !== '');
    notices.push(
      `Đã bỏ ${list.length} dòng danh sách văn bản khác của trang web in sau văn bản, không đưa vào nội dung: ` +
        `${list.map((line) => `"${line.length > 80 ? `${line.slice(0, 77)}...` : line.trim()}"`).join('; ')}. / The portal's list of other documents after the text was not imported.`,
    );
    dropped.push(...list.map((line) => line.trim()));
    kept = kept.slice(0, related);
  }
  return { lines: unflattenHeader(kept), metadata, titleLine, notices, dropped };
}

/** A page's line that is no part of a document: a counter ("191"), "Lượt xem: 88", a row of menu items. */
function isPageFurniture(text: string): boolean {
  const folded = foldVietnamese(text).trim();
  if (/^\d{1,7}$/.test(folded) || /^(luot xem|so lan xem|luot truy cap|dang luc|ngay dang|nguoi dang)\b/.test(folded)) return true;
  // A search box's label ("Tìm kiếm tin tức"), and the page's posting date ("Ngày cập nhật 19/11/2020", "Ngày 16/01/2020 00:00:00").
  if (/^(tim kiem( tin tuc| van ban| nang cao)?|nhap tu khoa)\s*:?$/.test(folded)) return true;
  if (/^(ngay cap nhat|cap nhat( luc| ngay)?|ngay dang tin)\s*:?\s*\d{1,2}\/\d{1,2}\/\d{4}(\s+\d{1,2}:\d{2}(:\d{2})?)?$/.test(folded)) return true;
  if (/^ngay\s+\d{1,2}\/\d{1,2}\/\d{4}\s+\d{1,2}:\d{2}(:\d{2})?$/.test(folded)) return true;
  // The page's date: "Thứ Sáu, 21/6/2024", "Chủ nhật, 05/01/2025 08:30".
  if (/^(thu (hai|ba|tu|nam|sau|bay)|chu nhat)\s*,?\s*\d{1,2}\/\d{1,2}\/\d{4}(\s+\d{1,2}:\d{2}(:\d{2})?)?$/.test(folded)) return true;
  const cells = text.split(/\t+| {3,}|\|/).map((cell) => cell.trim()).filter(Boolean);
  const isMenuItem = (cell: string) => cell.length <= 20 && !/[.:;]$/.test(cell);
  // A menu row, or a breadcrumb of two sentence-case items ("Hệ thống văn bản    Văn bản hướng dẫn"); a body's name is in capitals.
  return (cells.length >= 3 && cells.every(isMenuItem)) || (cells.length === 2 && cells.every((cell) => isMenuItem(cell) && cell !== cell.toLocaleUpperCase('vi')));
}

/**
 * A copy without header whose first line names the document as a citation would ("Kế hoạch số
 * 17-KH/BDVTW ngày 02/6/2020 của Ban Dân vận Trung ương về ..."): its number, date and issuer,
 * for the fields the missing header would have given.
 */
function readTitleCitation(title: string, metadata: PortalMetadata): boolean {
  const citation = citationOpening(title.trim());
  if (!citation?.symbol) return false;
  metadata.numberAndSymbol ??= citation.symbol;
  if (citation.date) metadata.issued ??= citation.date;
  if (citation.issuer) metadata.issuer ??= citation.issuer;
  return true;
}

/** Where a new header cell starts inside a row: the national title, the motto, the "Số" line. */
const CELL_START = /cong hoa xa hoi|dang cong san viet nam|doc lap\s*[-–—]|(?<=\s)so\s*(?::|\d)/g;
/** The date phrase, with the year it ends on. */
const DATE_PHRASE = /,?\s*ngay\b[^,\t|]{0,24}?\bthang\b[^,\t|]{0,24}?\bnam\s*\d{4}/;
/** Does the row hold a header cell at all? */
const HEADER_MARK = /cong hoa xa hoi|dang cong san viet nam|doc lap\s*[-–—]|^\s*so\s*(?::|\d)|\|\s*so\s*(?::|\d)|\bngay\b[^\t|]{0,24}\bthang\b[^\t|]{0,24}\bnam\s*\d{4}/;

/** A place name's word: a capital then small letters ("Thanh", "Hoá"), not an abbreviation in capitals ("LĐLĐ"). */
const PLACE_WORD = /^\p{Lu}[\p{Ll}\u0300-\u036f]*\.?$/u;

/**
 * Cells of one header row whose cells a copy ran together with single spaces, or with none
 * ("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI ...", "UBND XÃ VẠN THẮNGCỘNG HÒA ...", "Số: 328/QĐ-UBND Hậu
 * Giang, ngày 12 tháng 3 năm 2018"). Text after the date (the title, when a copy put the whole
 * header on one line) is returned apart, as the next line.
 */
export function splitHeaderRow(text: string): { cells: string[]; rest?: string } {
  const folded = foldVietnamese(text);
  const cuts = new Set<number>();
  for (const m of folded.matchAll(CELL_START)) if (m.index > 0) cuts.add(m.index);
  let rest: string | undefined;
  let end = text.length;
  const date = DATE_PHRASE.exec(folded);
  if (date) {
    const comma = date.index + (date[0].startsWith(',') ? 0 : -1);
    // The place is the capitalised words right before ", ngày".
    const before = text.slice(0, Math.max(0, date[0].startsWith(',') ? comma : date.index)).trimEnd();
    const words = before.split(/\s+/);
    let take = 0;
    while (take < Math.min(4, words.length) && PLACE_WORD.test(words[words.length - 1 - take])) take += 1;
    // A tier written before the name is part of the place: "Thành phố Hồ Chí Minh", "Thị xã Sơn Tây", "TP. Hồ Chí Minh".
    const tier = words.slice(Math.max(0, words.length - take - 2), words.length - take);
    if (take > 0 && tier.length === 2 && /^(thanh pho|thi xa|thi tran)$/.test(foldVietnamese(tier.join(' ')).toLowerCase()) && /^\p{Lu}/u.test(tier[0])) take += 2;
    else if (take > 0 && /^TP\.?$/.test(tier.at(-1) ?? '')) take += 1;
    const placeStart = take ? before.length - words.slice(words.length - take).join(' ').length : date.index;
    if (placeStart > 0) cuts.add(placeStart);
    const dateEnd = date.index + date[0].length;
    if (text.slice(dateEnd).trim() !== '' && !/^\s*[|\t]/.test(text.slice(dateEnd))) {
      rest = text.slice(dateEnd).trim();
      end = dateEnd;
    }
  }
  const points = [...cuts].filter((at) => at < end).sort((a, b) => a - b);
  const cells: string[] = [];
  let from = 0;
  for (const at of [...points, end]) {
    cells.push(...text.slice(from, at).split(/\||\t+/));
    from = at;
  }
  return { cells: cells.map((cell) => cell.trim()).filter(Boolean), rest };
}

/**
 * The header's rows as cells, as Word's text export gives them (tab-separated): rows flattened
 * with "|" between cells, cells broken over lines each ending in "|", cells run together. Rows
 * further down (annex tables) are the body's and stay as written.
 */
export function unflattenHeader(lines: SourceLine[]): SourceLine[] {
  const out: SourceLine[] = [];
  let seenHeader = false;
  let done = false;
  // A cell broken over lines, only its last line closed by "|" ("BAN CHẤP" / "HÀNH TRUNG ƯƠNG |"): its first lines wait for it.
  let opened: string[] = [];
  lines.forEach((line, index) => {
    const own = textOf(line);
    const next = index + 1 < lines.length ? textOf(lines[index + 1]) : '';
    if (!done && index < 40 && isCaps(own) && !own.includes('|') && /\S\s*\|\s*$/.test(next) && !next.replace(/\|\s*$/, '').includes('|')) {
      opened.push(own.trim());
      return;
    }
    const text = opened.length ? `${opened.join(' ')} ${own.trim()}` : own;
    opened = [];
    const folded = foldVietnamese(text);
    if (done || index > 40) {
      out.push(line);
      return;
    }
    if (!HEADER_MARK.test(folded) && !text.includes('|')) {
      if (seenHeader && text.trim() !== '' && !isCaps(text) && !isRule(text)) done = true;
      out.push(line);
      return;
    }
    seenHeader = true;
    const { cells, rest } = splitHeaderRow(text);
    out.push(cells.length ? [{ text: cells.join('\t'), bold: false }] : []);
    if (rest) out.push([{ text: rest, bold: false }]);
    // The place and date close the header: what follows (a subject citing "SỐ 19 ... NGÀY ...") is not a header row.
    if (DATE_PHRASE.test(folded)) done = true;
  });
  return out;
}

/**
 * Reading the annex of an award decision ("DANH SÁCH ... (Kèm theo Quyết định số 17/QĐ-BDT
 * ngày 10/01/2024 của Trưởng ban ...)") as text: the decision it belongs to, then its rows under
 * section headings ("I. Cá nhân", "II. Tập thể") and title headings ("1. Danh hiệu “Lao động
 * tiên tiến”", "I. DANH HIỆU CHIẾN SĨ THI ĐUA CƠ SỞ"), as numbered lines or flattened tables
 * (tabs or "|"), or a decision's own Điều 1 when it has no annex (./article-one.ts). Every numbered
 * line ends up either as a row or as an unread line with a reason.
 */
import type { RecipientKind } from '../../schemas/title';
import { canonicalSymbol } from '../citations/canonical';
import { fold, isoDate, plainLine, tidy } from './annex-text';
import { cellPerLine, tableHeader, type Column, type TableHeader } from './annex-table';
import { articleOne } from './article-one';
import { resolveTitle, titleKey, type TitleIndex } from './catalogue';
import { splitPositionAndUnit } from './positions';

/** The decision an annex is attached to, from its "(Kèm theo Quyết định số ...)" line. */
export interface AnnexDecision {
  /** Canonical number and symbol: "17/QĐ-BDT". */
  symbol?: string;
  /** "2024-01-10", or "2024-01" when the day is blank. */
  issued?: string;
  /** "Trưởng ban Ban Dân tộc tỉnh Cao Bằng". */
  issuer?: string;
}

/** One recipient read from the annex. */
export interface AnnexRow {
  /** 1-based line in the file where the row starts. */
  line: number;
  kind: RecipientKind;
  /** Title as the annex writes it (heading, column or list title). */
  title: string;
  /** Person, head of household, or the collective's name. */
  name: string;
  position?: string;
  /** Name of the person's unit (individuals) or of the collective itself. */
  unit?: string;
  address?: string;
  /** The reason the row gives after its recipient ("...; đã hoàn thành xuất sắc nhiệm vụ ..."), written as the row's `reason`. */
  because?: string;
}

/** A line that looks like a row but could not be read, and why. */
export interface UnreadLine {
  line: number;
  text: string;
  reason: string;
}

/** Everything read from an annex. */
export interface ParsedAnnex {
  decision: AnnexDecision;
  /** The campaign year the list states ("... NĂM 2023"), when it does. */
  year?: number;
  rows: AnnexRow[];
  unread: UnreadLine[];
  /** The list is the decision's own Điều 1, not an annex: its number, date and signer come from its header. */
  inArticleOne?: boolean;
}


const ROMAN = /^([IVXL]+|[A-Z]) ?[.)]\s*(.+)$/u;
const ARABIC = /^0*(\d{1,3})(?:\s*[.)/\-–]\s*|\s+)(\S.*)$/u;
/** A group label inside a section ("b) Huyện Quảng Ninh:"): no row, and no title or kind of its own. */
const GROUP_LABEL = /^[a-zđ]\)\s+\S.*:$/u;
const HONORIFIC = /^(?:ông|bà|đồng chí|đ\/c|anh|chị|em)\s+/iu;
const HOUSEHOLD = /^(?:hộ|gia đình)(?:\s+(?:ông|bà))?\s+/iu;
const NOISE = /^(?:\(?tổng (?:số|cộng)|\(?danh sách (?:có|gồm|này)|\(?ấn định|\.\/\.|-{2,}|\*|ghi chú(?=[\s:]|$)|người lập|\(?đã ký)/iu;
const PLACEHOLDER = /^[\s.…_\-–]*$/u;
/** A page's number a PDF copy leaves between rows: "- 2 -", "Trang 2", "2" alone on its line. */
const PAGE_NUMBER = /^(?:[-–]\s*\d{1,3}\s*[-–]|trang\s+\d{1,3}(?:\s*\/\s*\d{1,3})?|\d{1,3})$/iu;
/** A row marked by a dash or a bullet instead of a number ("- Nhân dân và cán bộ xã Nghi Phong;"). */
const BULLET = /^[-–•+]\s+(\S.*)$/u;
/** A count after a heading's title: "CỜ THI ĐUA: 01 tập thể", "TẬP THỂ (03 tập thể)". */
const COUNT_AFTER = /\s*[:(]?\s*\d+\s+(?:tập thể|cá nhân|hộ(?: gia đình)?|gia đình|đơn vị|đồng chí)\)?\s*$/iu;
/** A row cut after a word a name must follow ("... Ủy ban nhân dân xã" / "Đak Smar;"): the next line runs on. */
const OPEN_END = /(?:^|\s)(?:xã|phường|thị trấn|huyện|quận|thị xã|tỉnh|thành phố|thôn|bản|ấp|làng|xóm|tổ|khu|của|và|tại|thuộc)$/iu;
/** An award that is an object with a name of its own, written before the name in quotes. */
const AWARD_OBJECT = /(kỷ niệm chương|huy chương|huân chương|huy hiệu)$/iu;
/** A cell of figures only ("182", "93,9", "94,1%"): a count beside a name, not part of it. */
const FIGURES = /^[\d.,%\s]+$/u;

/** The "(Kèm theo Quyết định số ... ngày ... của ...)" phrase, which may wrap over lines. */
function findDecision(text: string): { decision: AnnexDecision; endOffset: number } | undefined {
  const match = /\(?\s*kèm theo\s+quyết định\s+(?:số\s*:?\s*)?([^\s,]+(?:\s*\/\s*[^\s,]+)?)\s*,?\s*(ngày[^)]*?)\s+của\s+([^)]+?)\s*\)/iu.exec(text);
  if (!match) return undefined;
  const [, spaced, date, issuer] = match;
  // A scanned copy spaces the slash: "6012 /QĐ-UBND".
  const symbol = spaced.replace(/\s+/g, '');
  // "Quyết định số      /QĐ-UBND": the number left blank, so no symbol to record.
  const numbered = /^\d/.test(symbol);
  return {
    decision: { symbol: numbered ? (canonicalSymbol(symbol) ?? symbol) : undefined, issued: isoDate(date), issuer: tidy(issuer) },
    endOffset: match.index + match[0].length,
  };
}

/**
 * The catalogue title a heading starts with, as written there: the longest run of its first words
 * that is a title's name or variant ("CỜ THI ĐUA CỦA CHÍNH PHỦ NĂM HỌC 2019 - 2020", "TẬP THỂ LAO
 * ĐỘNG XUẤT SẮC (46 tập thể)", "Bằng khen của Chủ tịch UBND tỉnh: 02 tập thể").
 */
function catalogueTitleAt(text: string, titles: TitleIndex): string | undefined {
  const words = tidy(text).split(' ');
  for (let count = Math.min(words.length, 14); count > 0; count -= 1) {
    const written = tidy(words.slice(0, count).join(' '));
    if (titles.byKey.has(titleKey(written))) return written;
  }
  return undefined;
}

/**
 * The title a heading names: a catalogue title it starts with (after "danh hiệu", "hình thức",
 * "tặng" or quotes), else the quoted text or what follows those words; undefined for "danh hiệu thi đua".
 */
function headingTitle(heading: string, titles: TitleIndex): string | undefined {
  // A movement's or a programme's name in quotes is the reason for the award, not its title:
  // "... góp phần thực hiện tốt phong trào thi đua “Nghệ An chung sức xây dựng nông thôn mới”".
  // "ĐƯỢC TẶNG GIẤY KHEN CỦA ... Đã có thành tích tại Hội diễn “...”": the form given is the title.
  const given = /tặng\s+(?!danh hiệu|["“])(.+)$/iu.exec(heading)?.[1];
  const givenKnown = given && catalogueTitleAt(given.replace(COUNT_AFTER, ''), titles);
  if (givenKnown) return givenKnown;
  const quotedAt = [...heading.matchAll(/["“”]([^"“”]{2,})["“”]/gu)].find(
    (match) => !/(phong trao(?: thi dua)?|cuoc van dong|chuong trinh|de an|chu de|khau hieu)$/.test(fold(heading.slice(0, match.index))),
  );
  // A medal's or a badge's name is part of it: "KỶ NIỆM CHƯƠNG “VÌ THẾ HỆ TRẺ”", not "VÌ THẾ HỆ TRẺ".
  const object = quotedAt && AWARD_OBJECT.exec(heading.slice(0, quotedAt.index).trimEnd())?.[1];
  const quoted = quotedAt && (object ? `${object} “${quotedAt[1]}”` : quotedAt[1]);
  const named = quoted ?? /(?:danh hiệu|hình thức(?: khen thưởng)?)\s*:?\s+(.+)$/iu.exec(heading)?.[1] ?? /tặng\s+(.+)$/iu.exec(heading)?.[1];
  const known = catalogueTitleAt((named ?? heading).replace(COUNT_AFTER, ''), titles);
  if (known) return known;
  if (!named) return undefined;
  const title = tidy(named.replace(COUNT_AFTER, '').replace(/\s+năm\s+\d{4}.*$/iu, '').replace(/\s+(?:cho|đối với)\s+.*$/iu, ''));
  return title && !/^thi dua( va hinh thuc khen thuong)?$/.test(fold(title)) ? title : undefined;
}

/** The recipient kind a heading announces: "I. Cá nhân", "TẬP THỂ ĐƯỢC TẶNG ...", "Hộ gia đình". */
function headingKind(heading: string): RecipientKind | undefined {
  const words = fold(heading);
  if (/^(ca nhan|danh sach ca nhan)( |$)/.test(words) && !/^ca nhan tap the/.test(words)) return 'individual';
  if (/^(tap the|danh sach tap the)( (duoc|dat|co)|$)/.test(words)) return 'collective';
  if (/^(ho gia dinh|gia dinh)( (duoc|dat)|$)/.test(words)) return 'household';
  // A count after the title says it too: "Bằng khen của Chủ tịch UBND tỉnh: 02 tập thể", "(46 tập thể)".
  const counted = /\b\d+ (tap the|ca nhan|ho gia dinh|ho)$/.exec(words)?.[1];
  if (counted) return counted === 'ca nhan' ? 'individual' : counted === 'tap the' ? 'collective' : 'household';
  return undefined;
}

/** A line that is a heading rather than a row: it announces a kind of recipient or a title (by name, or starting with one of the catalogue). */
function isHeading(text: string, titles: TitleIndex): boolean {
  return headingKind(text) !== undefined || /^(danh hieu|hinh thuc|tang (danh hieu|bang khen|giay khen))( |$)/.test(fold(text)) || catalogueTitleAt(text, titles) !== undefined;
}

/** Current heading context while reading down the list. */
interface Context {
  kind?: RecipientKind;
  title?: string;
  /** The body a Roman-numbered group row names ("I<TAB>VĂN PHÒNG HĐND VÀ UBND HUYỆN"): the unit of the people below it who have none of their own. */
  group?: string;
}

/** A group row's body, without the count some annexes print after it ("TỈNH BẮC GIANG (63 đồng chí)"). */
const groupName = (text: string) => tidy(text.replace(/\s*\(\s*\d+[^)]*\)\s*:?$/u, '').replace(/:$/, ''));

/** A numbered row waiting to be read: its line, its text or cells, and the context it sits in. */
interface Pending {
  line: number;
  /** Last line of the row, once continuation lines are joined. */
  lastLine: number;
  text: string;
  cells?: string[];
  table?: TableHeader;
  context: Context;
}

function readPerson(pending: Pending, text: string, kind: RecipientKind, title: string): AnnexRow | UnreadLine {
  const unread = (reason: string): UnreadLine => ({ line: pending.line, text: pending.text, reason });
  if (kind === 'household') {
    const rest = text.replace(HOUSEHOLD, '');
    const [name, ...address] = rest.split(/\s*[,;\-–]\s+|\s*[,;]\s*/u);
    if (!/^\p{Lu}/u.test(name ?? '')) return unread('không đọc được tên chủ hộ');
    // "./." closes a list: not part of the last address.
    return { line: pending.line, kind, title, name: tidy(name), address: tidy(address.join(', ').replace(/\s*\.\/\.?\s*$/u, '')) || undefined };
  }
  const withoutHonorific = text.replace(HONORIFIC, '');
  // "Khuất Duy Tiến- BTCB": a dash typed against the name still ends it.
  const split = /^(.+?)(?:\s*,\s*|\s*[-–]\s+)(.*)$/u.exec(withoutHonorific);
  const name = tidy(split?.[1] ?? withoutHonorific);
  const words = name.split(' ');
  if (words.length < 2 || words.length > 6 || !words.every((word) => /^\p{Lu}/u.test(word))) {
    return unread(`không tách được họ tên ("${name}")`);
  }
  return { line: pending.line, kind, title, name, ...splitPositionAndUnit(split?.[2] ?? '') };
}

/** The recipient kind of a row: heading first, then what the title admits, then the row's own words. */
function kindOf(text: string, title: string | undefined, context: Context, titles: TitleIndex, hasPosition: boolean): RecipientKind | undefined {
  if (context.kind) return context.kind;
  const allowed = title ? resolveTitle(title, titles).entry?.data.recipients : undefined;
  if (allowed?.length === 1) return allowed[0];
  if (HOUSEHOLD.test(text)) return 'household';
  if (HONORIFIC.test(text) || hasPosition) return 'individual';
  if (/^(?:Phòng|Văn phòng|Thanh tra|Ban|Sở|Trung tâm|Chi cục|Cục|Ủy ban|Uỷ ban|UBND|Trường|Bệnh viện|Hội|Công đoàn|Chi bộ|Chi đoàn|Chi hội|Đảng bộ|Đoàn|Khoa|Đội|Tổ|Trạm|Bộ phận|Xã|Phường|Thị trấn|Thôn|Xóm|Bản|Tổ dân phố)(?=[\s,]|$)/u.test(text)) {
    return 'collective';
  }
  return undefined;
}

/** A person's row given the unit of the group row above it when it names none of its own. */
function withGroup(row: AnnexRow | UnreadLine, group: string | undefined): AnnexRow | UnreadLine {
  return !group || 'reason' in row || row.kind !== 'individual' || row.unit ? row : { ...row, unit: group };
}

/**
 * A row's reason after its recipient: "Văn phòng Huyện ủy Bắc Trà My; đã hoàn thành xuất sắc nhiệm
 * vụ ...". After a semicolon, words that say why ("đã", "có thành tích", "vì", "hoàn thành", "dẫn
 * đầu" ...) begin the reason; anything else there (a household's "; thôn Nà Lẹng") stays the row's.
 */
const REASON_LEAD = /^(?:đã|có|vì|do|hoàn thành|dẫn đầu|tích cực|góp phần|đạt|thành tích)\s/iu;

function splitReason(text: string): { text: string; reason?: string } {
  const match = /^(.+?);\s+(.+)$/u.exec(text);
  if (!match || !REASON_LEAD.test(match[2])) return { text };
  return { text: match[1], reason: tidy(match[2].replace(/\s*\.\/\.?\s*$/u, '')) };
}

function readRow(pending: Pending, titles: TitleIndex): AnnexRow | UnreadLine {
  const { text, reason } = pending.cells ? { text: pending.text, reason: undefined } : splitReason(pending.text);
  const row = withGroup(readRowAlone({ ...pending, text }, titles), pending.context.group);
  return reason && !('reason' in row) ? { ...row, because: reason } : row;
}

function readRowAlone(pending: Pending, titles: TitleIndex): AnnexRow | UnreadLine {
  const unread = (reason: string): UnreadLine => ({ line: pending.line, text: pending.text, reason });
  const cell = (column: Column) => {
    const index = pending.table?.columns.indexOf(column) ?? -1;
    return index >= 0 ? tidy(pending.cells?.[index] ?? '') : '';
  };
  const tableName = cell('name');
  const text = tidy(pending.cells ? tableName || pending.cells.slice(1).filter((cell) => !FIGURES.test(cell)).join(', ') : pending.text);
  if (PLACEHOLDER.test(text)) return unread('dòng trống, không có tên');
  const titleCell = cell('title');
  const title = (titleCell && (headingTitle(titleCell, titles) ?? titleCell)) || pending.context.title;
  if (!title) return unread('không rõ danh hiệu: dòng không nằm dưới tiêu đề danh hiệu nào');
  const tableExtras = pending.table && tableName ? { position: cell('position'), unit: cell('unit'), positionAndUnit: cell('positionAndUnit'), address: cell('address') } : undefined;
  const context = pending.table?.collective && !pending.context.kind ? { ...pending.context, kind: 'collective' as const } : pending.context;
  const kind = kindOf(text, title, context, titles, Boolean(tableExtras?.position || tableExtras?.positionAndUnit));
  if (!kind) return unread('không rõ là cá nhân hay tập thể: thiếu tiêu đề "Cá nhân"/"Tập thể" và danh hiệu không cho biết');
  if (kind === 'collective') return { line: pending.line, kind, title, name: text, unit: text };
  if (tableExtras) {
    const split = tableExtras.positionAndUnit ? splitPositionAndUnit(tableExtras.positionAndUnit) : {};
    const row = readPerson(pending, text, kind, title);
    if ('reason' in row) return row;
    // A person's "Địa chỉ, đơn vị" cell holds the office and its body ("Chủ tịch Hội Nông dân phường Mỹ Phước").
    const fromAddress = kind === 'individual' && !tableExtras.position && !tableExtras.unit && !tableExtras.positionAndUnit && tableExtras.address ? splitPositionAndUnit(tableExtras.address) : {};
    const position = tableExtras.position || split.position || fromAddress.position;
    const unit = tableExtras.unit || split.unit || fromAddress.unit;
    return {
      ...row,
      ...(kind === 'individual' ? { position: position || undefined, unit: unit || undefined } : {}),
      ...(kind === 'household' && tableExtras.address ? { address: tableExtras.address } : {}),
    };
  }
  return readPerson(pending, text, kind, title);
}

/** Reads an annex: its decision, its year, its rows, and the numbered lines it could not read. */
export function parseAnnex(source: string, titles: TitleIndex): ParsedAnnex {
  const text = source.replace(/^\ufeff/, '').normalize('NFC').replace(/\r\n?/g, '\n').replace(/\u00a0/g, ' ').split('\n').map(plainLine).join('\n');
  const lines = text.split('\n');
  const found = findDecision(text);
  const listStart = /^\s*danh\s+sách\b/imu.exec(text)?.index;
  const article = found || listStart !== undefined ? undefined : articleOne(lines);
  const bodyStart = found ? text.slice(0, found.endOffset).split('\n').length : listStart !== undefined ? text.slice(0, listStart).split('\n').length : (article?.start ?? 0);
  const bodyEnd = article?.end ?? lines.length;
  const headingText = listStart !== undefined ? tidy(text.slice(listStart, found?.endOffset ?? listStart).replace(/\(\s*kèm theo[\s\S]*$/iu, '')) : (article?.heading ?? '');
  const yearText = /năm\s+(\d{4})/iu.exec(headingText)?.[1];

  const listContext: Context = { kind: headingKind(headingText.replace(/^\s*danh\s+sách\s*/iu, '')), title: headingTitle(headingText.replace(/^\s*danh\s+sách\s*/iu, ''), titles) };
  let context: Context = { ...listContext };
  let table: TableHeader | undefined;
  const pending: Pending[] = [];
  const unread: UnreadLine[] = [];

  // A Roman-numbered heading starts afresh from the list heading; a lower one refines the current section.
  // A Roman-numbered row naming a body, with the count of those below it ("I<TAB>SỞ Y TẾ (35 tập thể)"),
  // is a group of the section above, not a section: only the count made it look like a heading.
  const headingLike = (text: string) => isHeading(text.replace(COUNT_AFTER, ''), titles);
  // A table's own section rows ("A<TAB>TẬP THỂ") keep its columns; a heading outside it ends it.
  let titleAbove = '';
  const heading = (headingLine: string, level: 1 | 2, inTable = false) => {
    const base = level === 1 ? listContext : context;
    context = { kind: headingKind(headingLine) ?? base.kind, title: headingTitle(headingLine, titles) ?? base.title };
    if (!inTable) table = undefined;
    titleAbove = '';
  };

  for (let index = bodyStart; index < bodyEnd; index += 1) {
    const line = index + 1;
    // A table pasted with its columns as runs of spaces ("1      Lê Văn Hòa        Bắc Thạnh") reads as one pasted with tabs.
    let raw = lines[index].trim().replace(/(?<=\S) {3,}(?=\S)/g, '\t');
    if (!raw || /^[\s|:+\-=]+$/.test(raw) || PAGE_NUMBER.test(raw)) continue;

    const vertical = /^(stt|tt|so tt|so thu tu)$/.test(fold(raw)) ? cellPerLine(lines, index) : undefined;
    if (vertical) {
      table = vertical.header;
      for (const row of vertical.rows) pending.push({ line: row.line, lastLine: row.line, text: row.cells.join(' | '), cells: row.cells, table, context: { ...context } });
      index = vertical.next - 1;
      continue;
    }

    // A left border a scan or a PDF copy leaves before a numbered line ("| 1. Công đoàn cơ sở ...") is not a table.
    if (/^\|\s*\d{1,3}[.)]\s+\S/.test(raw) && !/\S\s*\|\s*\S/.test(raw.slice(1))) raw = raw.replace(/^\|\s*/, '');
    if (/[|\t]/.test(raw)) {
      const cells = raw.replace(/^\|/, '').replace(/\|$/, '').split(/[ ]*[|\t][ ]*/u).map((cell) => cell.trim());
      const header = tableHeader(cells);
      if (header) {
        table = header;
        titleAbove = '';
        continue;
      }
      const filled = cells.filter(Boolean);
      if (/^\d{1,3}\.?$/.test(cells[0] ?? '')) {
        // A title cell merged down its block is written on the block's first row only.
        const titleAt = table?.columns.indexOf('title') ?? -1;
        if (titleAt >= 0 && cells[titleAt]) titleAbove = cells[titleAt];
        else if (titleAt >= 0 && titleAbove) cells[titleAt] = titleAbove;
        pending.push({ line, lastLine: line, text: raw, cells, table, context: { ...context } });
        continue;
      }
      if (filled.length === 1 || (filled.length === 2 && ROMAN.test(`${filled[0]}. ${filled[1]}`))) {
        const joined = filled.length === 2 && /^([IVXL]+|[A-Z])\.?$/.test(filled[0]) ? `${filled[0].replace(/\.$/, '')}. ${filled[1]}` : filled.join(' ');
        const roman = ROMAN.exec(joined);
        if (roman && /^[IVXL]+$/.test(roman[1]) && !headingLike(roman[2])) context = { ...context, group: groupName(roman[2]) };
        else if (roman && isHeading(roman[2], titles)) heading(roman[2], 1, true);
        else if (isHeading(joined, titles)) heading(joined, 2, true);
        else unread.push({ line, text: raw, reason: 'dòng bảng không đánh số thứ tự' });
        continue;
      }
      unread.push({ line, text: raw, reason: 'dòng bảng không đánh số thứ tự' });
      continue;
    }

    const roman = ROMAN.exec(raw);
    if (roman && (isHeading(roman[2], titles) || /^[IVXL]+$/.test(roman[1]))) {
      const group = headingLike(roman[2]) ? undefined : groupName(roman[2]);
      heading(roman[2], 1);
      if (group) context.group = group;
      continue;
    }
    const numbered = ARABIC.exec(raw) ?? BULLET.exec(raw);
    if (numbered && !NOISE.test(numbered[numbered.length - 1])) {
      const rest = numbered[numbered.length - 1];
      if (isHeading(rest, titles)) heading(rest, 2);
      else pending.push({ line, lastLine: line, text: rest, context: { ...context } });
      continue;
    }
    if (isHeading(raw, titles) || (raw === raw.toUpperCase() && /\p{Lu}{3}/u.test(raw))) {
      heading(raw, 2);
      continue;
    }
    if (GROUP_LABEL.test(raw)) {
      // "a) Tập thể:", "b) Cá nhân:" say the kind of the rows below; "b) Huyện Quảng Ninh:" nothing.
      const label = raw.replace(/^[a-zđ]\)\s+/u, '').replace(/:$/, '');
      if (headingKind(label)) heading(label, 2);
      continue;
    }
    if (NOISE.test(raw)) continue;
    const previous = pending.at(-1);
    // A PDF copy breaks a row anywhere ("... phường Hòa Cường" / "Bắc;"): a line that ends as rows end runs on a row that did not.
    const endsRow = /[;.]$/u.test(raw) && !/[;.]$/u.test(previous?.text ?? '.');
    if (previous && !previous.cells && previous.lastLine === line - 1 && (/^\p{Ll}/u.test(raw) || /[-–,]$/.test(previous.text) || OPEN_END.test(previous.text) || endsRow)) {
      previous.text = `${previous.text} ${raw}`;
      previous.lastLine = line;
      continue;
    }
    unread.push({ line, text: raw, reason: 'dòng không đánh số thứ tự, không rõ là người hay tập thể nào' });
  }

  const rows: AnnexRow[] = [];
  for (const item of pending) {
    const result = readRow(item, titles);
    if ('reason' in result) unread.push(result);
    else rows.push(result);
  }
  unread.sort((a, b) => a.line - b.line);
  return { decision: found?.decision ?? article?.decision ?? {}, year: yearText ? Number(yearText) : undefined, rows, unread, ...(article ? { inArticleOne: true } : {}) };
}

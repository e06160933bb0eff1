/**
 * The document's own identity, which is never a citation of another document (domain guide
 * §10): its number in the header ("Số: 31/2020/QĐ-UBND", also in a flattened row), in a legal
 * portal's metadata ("Số hiệu: ..."), the lines a portal prints before the document (its
 * metadata block, its title line naming the document, its related-documents list) and its list
 * of other documents after it ("Các văn bản khác"), which are not the document at all. A copy
 * without header is about the document its title names as a citation would ("Kế hoạch số
 * 17-KH/BDVTW ngày ... về ...") or its lead says was issued ("UBND tỉnh vừa ban hành Kế hoạch số
 * 130/KH-UBND ...").
 */
import { canonicalSymbol } from './canonical';
import type { CleanText } from './clean';
import type { Candidate } from './extract';

/** Where the document starts in the folded text, and the symbols it carries as its own. */
export interface OwnIdentity {
  /** Folded offset of the header's first line; 0 when there is no header, or nothing before it. */
  documentStart: number;
  /** Folded offset where a portal's list of other documents starts after the text ("Các văn bản khác"); the text's length when none. */
  documentEnd: number;
  /** Canonical symbols of the document itself. */
  symbols: Set<string>;
  /** True when the text has a header (national title, motto or "Số:" line). */
  hasHeader: boolean;
}

const HEADER_LINE = /cong hoa xa hoi|dang cong san viet nam|doc lap ?- ?tu|(?:^|[\t|]) ?so ?(?::|\d)/;
/** "Số: 45/KH-UBND" at a line or cell start, or run into a header line with its colon ("... Hạnh phúc Số: 195 /KH – LĐLĐ ..."). */
const NUMBER_CELL = /(?:(?:^|[\t|]) ?so(?: hieu)? ?:? ?|[ ]so(?: hieu)? ?: ?)(\d[^\t|]*)/g;
const MAX_HEADER_LINES = 60;
/** A news item's lead names the document it reports within this many folded characters. */
const LEAD = 800;
/** What a news lead says before the document it reports: "vừa ban hành", "đã ký" (a decision the item is about). */
const ISSUED_BEFORE = /(?:ban hanh|ky ban hanh|vua ban hanh|da ban hanh|ban hanh kem theo|da ky|vua ky)\s*$/;

/** Lines of the folded text with their offsets. */
function linesOf(folded: string, limit: number): { text: string; start: number }[] {
  const lines: { text: string; start: number }[] = [];
  let start = 0;
  while (start <= folded.length && lines.length < limit) {
    const end = folded.indexOf('\n', start);
    const stop = end < 0 ? folded.length : end;
    lines.push({ text: folded.slice(start, stop), start });
    if (end < 0) break;
    start = end + 1;
  }
  return lines;
}

/** Is the original of a folded line written without small letters (a header's capitals, a rule)? */
function isCapsLine(ct: CleanText, line: { text: string; start: number }): boolean {
  if (line.text.trim() === '') return true;
  const original = ct.original.slice(ct.origin[line.start], ct.origin[line.start + line.text.length - 1] + 1);
  return original.length < 100 && original === original.toLocaleUpperCase('vi');
}

/** A portal's heading over its list of other documents or news, printed after the text: "Các văn bản khác", "Tin liên quan:". */
export const RELATED_LIST_HEADING = /^\s*(?:cac )?(?:van ban|tin|bai viet|tin bai)(?: khac| lien quan| cung (?:chuyen muc|linh vuc))+\s*:?\s*$/;

/** Where a portal's list of other documents starts, in the second half of the text; the end of the text when there is none. */
function relatedListStart(folded: string): number {
  for (let at = folded.indexOf('\n', Math.floor(folded.length / 2)); at >= 0; at = folded.indexOf('\n', at + 1)) {
    const end = folded.indexOf('\n', at + 1);
    if (RELATED_LIST_HEADING.test(folded.slice(at + 1, end < 0 ? folded.length : end))) return at + 1;
  }
  return folded.length;
}

/** Reads the header's place in the text and its number cells. */
export function ownIdentity(ct: CleanText): OwnIdentity {
  const documentEnd = relatedListStart(ct.folded);
  const lines = linesOf(ct.folded, MAX_HEADER_LINES);
  const first = lines.findIndex((line) => HEADER_LINE.test(line.text));
  const symbols = new Set<string>();
  // A portal's "Số hiệu:" line names the page's own document, also where the portal prints it after the text.
  for (const m of ct.folded.matchAll(/(?:^|\n) ?so (?:ky )?hieu ?: ?([^\n]+)/g)) {
    const symbol = canonicalSymbol(m[1].trim().split(/\s/)[0]);
    if (symbol) symbols.add(symbol);
  }
  if (first < 0) return { documentStart: 0, documentEnd, symbols, hasHeader: false };
  let top = first;
  while (top > 0 && !/^(so hieu|loai van ban|noi ban hanh)\b/.test(lines[top - 1].text.trim()) && isCapsLine(ct, lines[top - 1])) top -= 1;
  // The number cells of the header and of a portal's metadata block before it.
  for (const line of lines.slice(0, first + 12)) {
    for (const m of line.text.matchAll(NUMBER_CELL)) {
      const at = line.start + (m.index ?? 0) + m[0].length - m[1].length;
      const raw = ct.original.slice(ct.origin[at], ct.origin[Math.min(at + m[1].length, ct.folded.length) - 1] + 1);
      const symbol = canonicalSymbol(raw.split(/\s{2,}|\s+(?=\p{Lu}\p{Ll})/u)[0].replace(/\s+/g, ''));
      if (symbol) symbols.add(symbol);
    }
  }
  return { documentStart: lines[top].start, documentEnd, symbols, hasHeader: true };
}

/**
 * Candidates that are the document itself or the portal's lines before it. Without a header, the
 * first document the lead says was issued is the one the page reports.
 */
export function withoutOwn(ct: CleanText, own: OwnIdentity, candidates: Candidate[]): Candidate[] {
  const reported = new Set<string>();
  if (!own.hasHeader) {
    const lead = candidates.find((c) => c.parsed && c.start < LEAD && ISSUED_BEFORE.test(ct.folded.slice(Math.max(0, c.start - 24), c.start)))?.parsed?.symbol;
    if (lead) reported.add(lead);
    const titled = titleSymbol(ct, candidates);
    if (titled) reported.add(titled);
  }
  return candidates.filter((candidate) => {
    if (candidate.start < own.documentStart || candidate.start >= own.documentEnd) return false;
    const symbol = candidate.parsed?.symbol ?? null;
    return !(symbol && (own.symbols.has(symbol) || reported.has(symbol)));
  });
}

/** How many of a copy's first non-blank lines may be its title (after a page's date or breadcrumb). */
const TITLE_LINES = 2;

/**
 * A copy without header whose title names the document as a citation would, at the start of one
 * of its first lines ("Kế hoạch số 17-KH/BDVTW ngày 02/6/2020 của Ban Dân vận Trung ương về ...",
 * a portal's or a news item's title): that document is the copy's own.
 */
function titleSymbol(ct: CleanText, candidates: Candidate[]): string | undefined {
  const lines = linesOf(ct.folded, MAX_HEADER_LINES).filter((line) => line.text.trim() !== '');
  // A title heads a text: a line or two alone (a passage quoted, a list of bases) have none.
  if (lines.length < TITLE_LINES + 1) return undefined;
  for (const line of lines.slice(0, TITLE_LINES)) {
    // A title, not an item of a list of bases ("- Nghị định số 91/2017/NĐ-CP ...;") nor a sentence of the text
    // that opens with a citation: no bullet, no punctuation at its end, one line of a title's length.
    if (/^\s*[-*+•]/.test(line.text) || /[.;,:]\s*$/.test(line.text) || line.text.length > 400) continue;
    const at = line.start + line.text.length - line.text.replace(/^[\s#]+/, '').length;
    // Named as a title names it: its number with its date or its subject ("... ngày 02/6/2020 của ... về ...").
    const symbol = candidates.find((c) => c.start === at && c.parsed?.symbol && (c.date || c.subject))?.parsed?.symbol;
    if (symbol) return symbol;
  }
  return undefined;
}

import { documentDate, documentTitle, numberAndSymbol, type CampaignDocument } from '../campaigns/document';
import { formatShortDate } from '../dates';
import { joinPassages } from '../directives/passages';
import { directiveLabel } from '../directives/register';
import type { Directive } from '../directives/register';
import { rowAnchor } from '../honours/anchors';
import { boardRows } from '../honours/board';
import type { BoardRow, HonourBoard, HonourDecisionRef } from '../honours/board';
import { paths } from '../urls';
import { LATER_PART, PART_FILTER, partAddress } from './board-parts';

/** Search filters, named as they appear in the search page's URL (diacritic-free). */
export type SearchFilter = 'nam' | 'loai' | 'co-quan' | 'khoi' | 'chi-thi' | 'danh-hieu' | 'don-vi';

/**
 * A part of an indexed page; one with an anchor becomes a Pagefind sub-result linking to it.
 * Its heading is only the printed number ("3."), so "Nội dung" labels do not match queries;
 * the search page names the item from its anchor.
 */
export interface SearchSection {
  anchor: string | null;
  heading: string | null;
  text: string;
}

/** One indexed page: a campaign document, a directive, an honour board. */
export interface SearchRecord {
  url: string;
  title: string;
  sections: SearchSection[];
  /** The search page's filters, and for a board's later parts the index-only `phan` (./board-parts.ts). */
  filters: Partial<Record<SearchFilter | typeof PART_FILTER, string[]>>;
  sort: Record<string, string>;
}

const ROLE_LABEL: Record<CampaignDocument['data']['role'], string> = {
  launch: 'Phát động',
  plan: 'Kế hoạch',
  review: 'Sơ kết, tổng kết',
  'award-decision': 'Quyết định khen thưởng',
  covenant: 'Giao ước thi đua',
  other: 'Văn bản khác',
};

/**
 * A campaign document as one indexed page whose every item (each content, each target) is a
 * section with its anchor, so a result links straight to `#noi-dung-3` and shows its real text,
 * while the index stays one page per document (its metadata grows with documents, not items).
 */
/** `blocs`: the emulation bloc(s) the document belongs to, through its body that year or as the bloc's own document. */
export function campaignRecord(document: CampaignDocument, cited: string[], issuerName: string | null, blocs: string[] = []): SearchRecord {
  const { data } = document;
  const title = documentTitle(data);
  const number = numberAndSymbol(data);
  const header = [data.theme && `Chủ đề: “${data.theme}”`, number && `Số: ${number}`, [data.signer?.position, data.signer?.name].filter(Boolean).join(' ')];
  const sections: SearchSection[] = [{ anchor: null, heading: null, text: header.filter(Boolean).join('. ') }];
  for (const passage of joinPassages(document.outline).passages) {
    const last = sections.at(-1);
    if (last && last.anchor === passage.anchor) last.text += `\n${passage.text}`;
    else sections.push({ anchor: passage.anchor, heading: passage.anchor ? `${passage.mark}.` : null, text: passage.text });
  }
  return {
    url: document.url,
    title,
    sections,
    filters: { nam: [String(document.year)], loai: [ROLE_LABEL[data.role]], 'co-quan': issuerName ? [issuerName] : [], khoi: blocs, 'chi-thi': cited },
    sort: { ngay: documentDate(data) },
  };
}

/** A directive's page: its number, title, issuer and date, and the ways documents cite it. */
export function directiveRecord(directive: Directive): SearchRecord {
  const label = directiveLabel(directive);
  const text = [
    directive.title,
    directive.issuer && `của ${directive.issuer}`,
    directive.issued && `ngày ${formatShortDate(directive.issued)}`,
    ...new Set(directive.passages.map((passage) => passage.citation.text)),
  ]
    .filter(Boolean)
    .join('. ');
  return {
    url: paths.directive(directive.key),
    title: label,
    sections: [{ anchor: null, heading: null, text }],
    filters: { loai: ['Văn bản được dẫn chiếu'], 'chi-thi': [label], nam: directive.years.map(String) },
    sort: { ngay: directive.issued ?? '0000' },
  };
}

/**
 * Rows of an honour board per indexed record. A province's board holds thousands of rows: as one
 * record its search fragment was 88 KB, downloaded whole for a result, and Pagefind's browser code
 * builds every matching row's excerpt from the whole record's text (a name common on the board
 * took 11.6 s to the first result at 5,000 documents). A board of more rows is indexed as
 * consecutive parts of this many rows (`honourRecords`), each its own small record.
 */
export const HONOUR_ROWS_PER_RECORD = 150;

/**
 * A year's honour board: each row a section under its title, anchored to the row, filterable by
 * title, unit and the blocs of the honoured units' bodies (`blocOf` gives a row's bloc name); one
 * record up to `perRecord` rows, else one per part of that many rows, in the board's order: the
 * first with the whole board's filters, the others with their own rows' and `phan: tiep`.
 */
export function honourRecords(board: HonourBoard, blocOf: (row: BoardRow) => string | undefined = () => undefined, perRecord = HONOUR_ROWS_PER_RECORD): SearchRecord[] {
  const rows = boardRows(board);
  const whole = honourRecord(board, rows, paths.honourYear(board.year), blocOf, board.decisions);
  if (rows.length <= perRecord) return [whole];
  const parts: SearchRecord[] = [];
  for (let start = 0; start < rows.length; start += perRecord) {
    const some = rows.slice(start, start + perRecord);
    const part = honourRecord(board, some, partAddress(paths.honourYear(board.year), parts.length + 1), blocOf, some.map((row) => row.decision));
    // The first part stands for the whole board in a search by filters alone: it has all its filters.
    parts.push(start === 0 ? { ...part, filters: whole.filters } : { ...part, filters: { ...part.filters, [PART_FILTER]: [LATER_PART] } });
  }
  return parts;
}

/** The record of some rows of a board, at `url`; its bodies are the issuers of `decisions` (the board's, or those of the rows). */
function honourRecord(board: HonourBoard, rows: BoardRow[], url: string, blocOf: (row: BoardRow) => string | undefined, decisions: HonourDecisionRef[]): SearchRecord {
  return {
    url,
    title: `Bảng vàng năm ${board.year}`,
    sections: rows.map((row) => ({
      anchor: rowAnchor(row),
      heading: row.title.name,
      text: [row.name, row.position, row.kind === 'individual' ? row.unit?.name : undefined, row.address, row.decision.symbol && `Quyết định số ${row.decision.symbol}`]
        .filter(Boolean)
        .join(', '),
    })),
    filters: {
      nam: [String(board.year)],
      loai: ['Bảng vàng'],
      'co-quan': [...new Set(decisions.map((decision) => decision.issuer))],
      khoi: [...new Set(rows.flatMap((row) => blocOf(row) ?? []))],
      'danh-hieu': [...new Set(rows.map((row) => row.title.name))],
      'don-vi': [...new Set(rows.flatMap((row) => (row.unit ? [row.unit.name] : [])))],
    },
    sort: { ngay: String(board.year) },
  };
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The HTML Pagefind indexes for a record: title, filters and sort as attributes, sections under headings with ids. */
export function recordHtml(record: SearchRecord): string {
  const filters = Object.entries(record.filters).flatMap(([key, values]) =>
    (values ?? []).map((value) => `<div hidden data-pagefind-filter="${key}:${escapeHtml(value)}"></div>`),
  );
  const sorts = Object.entries(record.sort).map(([key, value]) => `<div hidden data-pagefind-sort="${key}:${escapeHtml(value)}"></div>`);
  const sections = record.sections.map(
    (section) => `${section.anchor && section.heading ? `<h2 id="${escapeHtml(section.anchor)}">${escapeHtml(section.heading)}</h2>` : ''}<p>${escapeHtml(section.text)}</p>`,
  );
  return `<!doctype html><html lang="vi"><body><main data-pagefind-body><h1>${escapeHtml(record.title)}</h1>${[...filters, ...sorts, ...sections].join('')}</main></body></html>`;
}

/** All the text a record indexes, for the list of "đ" spellings. */
export function recordText(record: SearchRecord): string {
  return [record.title, ...record.sections.flatMap((section) => [section.heading ?? '', section.text])].join(' ');
}

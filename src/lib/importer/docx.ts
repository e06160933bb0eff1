import mammoth from 'mammoth';
import { ImportRefusal, type Run, type SourceLine } from './types';

/** Letters of the Vietnamese alphabet used for points: "đ)" follows "d)". */
const POINT_LETTERS = ['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'x', 'y'];

function roman(n: number): string {
  const digits: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [value, numeral] of digits) for (; n >= value; n -= value) out += numeral;
  return out;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

interface ListFrame {
  ordered: boolean;
  /** Where each item's line is in `lines`, to number them once the whole list is seen. */
  items: { line: number }[];
}

/**
 * Word's HTML (as mammoth writes it) → lines of runs. Paragraphs and headings are lines, a line
 * break starts a new line, tables are read cell by cell (official headers and signature blocks
 * are laid out in borderless tables), images are skipped and counted. Word's automatic
 * numbering is not text, so it is rebuilt: I., II. for a top-level list of capitalised headings,
 * then 1., 2. and a), b), ... by level.
 */
export function linesOfMammothHtml(html: string): { lines: SourceLine[]; images: number; numberedLists: number } {
  const lines: SourceLine[] = [];
  let current: Run[] | null = null;
  let bold = 0;
  let images = 0;
  let numberedLists = 0;
  const lists: ListFrame[] = [];

  const flush = () => {
    if (current !== null) lines.push(current);
    current = null;
  };
  const open = () => {
    current ??= [];
  };
  const tag = /<(\/?)([a-zA-Z0-9]+)[^>]*?(\/?)>|([^<]+)/g;
  for (const match of html.matchAll(tag)) {
    const [, closing, rawName, selfClosing, text] = match;
    if (text !== undefined) {
      open();
      current!.push({ text: decodeEntities(text), bold: bold > 0 });
      continue;
    }
    const name = rawName.toLowerCase();
    if (name === 'strong' || name === 'b') {
      bold += closing ? -1 : 1;
    } else if (name === 'br') {
      flush();
      open();
    } else if (name === 'img') {
      images += 1;
    } else if (name === 'ol' || name === 'ul') {
      flush();
      if (closing) {
        const list = lists.pop();
        if (list) relabel(lines, list, lists);
      }
      else {
        lists.push({ ordered: name === 'ol', items: [] });
        if (name === 'ol') numberedLists += 1;
      }
    } else if (name === 'li') {
      flush();
      if (!closing) {
        const list = lists.at(-1);
        open();
        if (list) {
          list.items.push({ line: lines.length });
          current!.push({ text: '\u0000', bold: false });
        }
      }
    } else if (/^(p|h[1-6]|td|th|tr|table|div|blockquote)$/.test(name)) {
      flush();
      if (!closing && !selfClosing && (name === 'p' || /^h[1-6]$/.test(name))) open();
    }
  }
  flush();
  return { lines: lines.map((line) => line.filter((run) => run.text !== '')), images, numberedLists };
}

/** Whether a list's items read as section headings (all capitals): Word's "I., II." level. */
function isHeadingList(lines: SourceLine[], list: ListFrame): boolean {
  const texts = list.items.map((item) => plain(lines[item.line] ?? []).replace('\u0000', '').trim());
  return texts.length > 0 && texts.every((text) => text === text.toLocaleUpperCase('vi') && /\p{Lu}/u.test(text));
}

/**
 * Writes the rebuilt numbers of a finished list into its items' placeholder runs. Nested lists
 * close before their parents, so the level is counted from the root list, which is I., II.
 * when its items are capitalised headings.
 */
function relabel(lines: SourceLine[], list: ListFrame, parents: ListFrame[]): void {
  const root = parents[0] ?? list;
  const level = parents.length - (isHeadingList(lines, root) ? 1 : 0);
  list.items.forEach((item, index) => {
    const line = lines[item.line];
    if (!line) return;
    const marker = !list.ordered
      ? '- '
      : level < 0
        ? `${roman(index + 1)}. `
        : level === 0
          ? `${index + 1}. `
          : level === 1
            ? `${POINT_LETTERS[index] ?? index + 1}) `
            : '- ';
    const placeholder = line.findIndex((run) => run.text.includes('\u0000'));
    if (placeholder >= 0) line[placeholder] = { ...line[placeholder], text: line[placeholder].text.replace('\u0000', marker) };
  });
}

function plain(line: SourceLine): string {
  return line.map((run) => run.text).join('');
}

/** Reads a .docx file into lines; a file mammoth cannot open is refused with a message naming it. */
export async function readDocx(bytes: Uint8Array, fileName: string): Promise<{ lines: SourceLine[]; notices: string[] }> {
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes) },
      { ignoreEmptyParagraphs: false, convertImage: mammoth.images.imgElement(async () => ({ src: '' })) },
    );
    html = result.value;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ImportRefusal(
      'unreadable-docx',
      `Không mở được tệp Word "${fileName}" (${reason}). Tệp .doc cũ hoặc tệp hỏng: mở trong Word và "Lưu thành" .docx rồi nhập lại. / ` +
        `Cannot read "${fileName}" as a .docx file: open it in Word and save it as .docx.`,
    );
  }
  const { lines, images, numberedLists } = linesOfMammothHtml(html);
  const notices: string[] = [];
  if (images > 0) notices.push(`Bỏ qua ${images} hình ảnh trong "${fileName}" (chỉ nhập chữ). / Skipped ${images} image(s).`);
  if (numberedLists > 0) {
    notices.push(
      `"${fileName}" dùng đánh số tự động của Word; số mục (I., 1., a)) đã được dựng lại, hãy đối chiếu với bản gốc. / ` +
        'Word automatic numbering was rebuilt as text: check the numbers against the original.',
    );
  }
  return { lines, notices };
}

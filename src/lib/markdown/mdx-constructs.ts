/**
 * What MDX reads as code in a campaign body, found by MDX's own parser (remark-mdx: micromark
 * with the MDX extensions, as @astrojs/mdx parses): a component or tag (`<Hinh />`, `<b>`), an
 * `{expression}`, an `import`/`export` block, or text MDX cannot read at all (a "{" never closed,
 * "<" before a digit, an HTML comment, an autolink `<https://…>`). Bodies are verbatim official
 * text: none of these belongs in one. MDX comments `{/* … *\/}` are allowed: they show nothing.
 *
 * The campaign loader refuses a body with any of them; the content check reports them through
 * the same function (src/lib/content/mdx-constructs.ts), so both say the same thing.
 */
import type { Root, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { ContentProblem } from '../content/types';

/** One construct a body may not hold: where (1-based, in the text given), what kind, and the text found. */
export interface MdxConstruct {
  line: number;
  column: number;
  kind: 'component' | 'tag' | 'expression' | 'esm' | 'unreadable' | 'image';
  /** The construct as written, shortened to one line. */
  found: string;
  /** For a construct MDX cannot read: the parser's reason (English). */
  reason?: string;
}

/** The mdast node types MDX adds. */
export const MDX_NODE_TYPES = ['mdxFlowExpression', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxTextExpression', 'mdxjsEsm'] as const;

/** MDX's parser as @astrojs/mdx sets it up: MDX syntax, then GFM (tables, strikethrough, footnotes, literal links). */
const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);


/** An expression that holds only comments (`{/* … *\/}`): MDX renders nothing for it. */
export function isCommentExpression(node: RootContent): boolean {
  if (node.type !== 'mdxFlowExpression' && node.type !== 'mdxTextExpression') return false;
  const program = node.data?.estree;
  return Boolean(program && program.body.length === 0 && (program.comments?.length ?? 0) > 0);
}

/** One line of at most 60 characters, for the report. */
function shorten(text: string): string {
  const line = text.split('\n')[0].trim();
  return line.length > 60 ? `${line.slice(0, 57)}…` : line;
}

/** The constructs MDX parsed in a tree (positions are those of the text the tree was parsed from). */
export function constructsIn(tree: Root, source: string): MdxConstruct[] {
  const found: MdxConstruct[] = [];
  visit(tree, (node) => {
    // An image file next to the body would be an asset of an MDX module; rendered as data it would be a broken link.
    if (node.type === 'image' && !/^(?:[a-z][a-z0-9+.-]*:|\/)/i.test(node.url)) {
      found.push({ line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1, kind: 'image', found: shorten(`![${node.alt ?? ''}](${node.url})`) });
      return;
    }
    if (!(MDX_NODE_TYPES as readonly string[]).includes(node.type) || isCommentExpression(node as RootContent)) return;
    const start = node.position?.start;
    const text = start && node.position ? source.slice(start.offset, node.position.end.offset) : '';
    const kind =
      node.type === 'mdxjsEsm'
        ? 'esm'
        : node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression'
          ? 'expression'
          : /^[A-Z]/.test((node as { name?: string | null }).name ?? '')
            ? 'component'
            : 'tag';
    found.push({ line: start?.line ?? 1, column: start?.column ?? 1, kind, found: shorten(text) });
    return 'skip';
  });
  return found;
}

/** Where a tag that failed to parse opened: the last "<" before the parser stopped (not one escaped "\<"). */
function openingBefore(source: string, offset: number, char: '<' | '{'): number {
  for (let at = Math.min(offset, source.length - 1); at >= 0; at -= 1) {
    if (source[at] !== char) continue;
    let slashes = 0;
    while (source[at - 1 - slashes] === '\\') slashes += 1;
    if (slashes % 2 === 0) return at;
  }
  return offset;
}

/** Line and column (1-based) of an offset. */
function placeOf(source: string, offset: number): { line: number; column: number } {
  const before = source.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

/** A parse error of micromark or mdast-util-mdx-jsx (a VFileMessage). */
interface ParseError {
  reason: string;
  source?: string;
  place?: { offset?: number; line: number; column: number } | { start: { offset?: number; line: number; column: number } };
}

/** The construct a parse error stopped at, located at the "<" or "{" that opened it. */
function unreadable(error: ParseError, source: string): MdxConstruct {
  const point = error.place && 'start' in error.place ? error.place.start : error.place;
  let offset = point?.offset ?? 0;
  if (error.source === 'micromark-extension-mdx-jsx' || error.source === 'mdast-util-mdx-jsx') offset = openingBefore(source, offset, '<');
  else if (error.source === 'micromark-extension-mdx-expression' && source[offset] !== '{') offset = openingBefore(source, offset, '{');
  const { line, column } = placeOf(source, offset);
  const lineText = source.split('\n')[line - 1] ?? '';
  const excerpt = lineText.slice(Math.max(0, column - 21), column + 39);
  return { line, column, kind: 'unreadable', found: shorten(excerpt), reason: error.reason };
}

/**
 * Parses a body as MDX parses it: the tree, and every construct it may not hold (a text MDX
 * cannot read gives no tree and one construct, where the parser stopped).
 */
export function parseMdxBody(source: string, parse: (source: string) => Root = (text) => parser.parse(text)): { tree?: Root; constructs: MdxConstruct[] } {
  let tree: Root;
  try {
    tree = parse(source);
  } catch (error) {
    if (error && typeof error === 'object' && 'reason' in error) return { constructs: [unreadable(error as ParseError, source)] };
    throw error;
  }
  return { tree, constructs: constructsIn(tree, source) };
}

/** Every construct of `source` a campaign body may not hold. */
export function findMdxConstructs(source: string): MdxConstruct[] {
  return parseMdxBody(source).constructs;
}

/** What each kind is, what the body should hold instead and how to fix it, in Vietnamese. */
const TOLD: Record<MdxConstruct['kind'], { expected: string; fix: string }> = {
  component: {
    expected: 'lời văn của bản gốc, không có thành phần (component) MDX: trang không hiển thị thành phần trong văn bản',
    fix: 'Xóa thẻ thành phần và chép lại lời văn của bản gốc; nếu dấu "<" là chữ của bản gốc, viết \\< thay cho nó.',
  },
  tag: {
    expected: 'lời văn không có thẻ HTML/JSX: MDX đọc "<" sát chữ là một thẻ',
    fix: 'Thêm dấu \\ trước dấu "<": \\<  (in đậm thì dùng **…**, in nghiêng *…*; npm run import tự làm việc này).',
  },
  expression: {
    expected: 'lời văn không có biểu thức {…}: MDX đọc dấu { } là mã lệnh',
    fix: 'Thêm dấu \\ trước dấu ngoặc: \\{ … \\}  (chú thích cho người biên tập viết {/* … */}).',
  },
  esm: {
    expected: 'dòng mở đầu bằng "import"/"export" là mã lệnh trong MDX; văn bản không nhập hay xuất mã',
    fix: 'Nếu đó là lời văn, viết "&#105;mport"/"&#101;xport" thay cho chữ cái đầu, hoặc nối dòng này vào đoạn trước; nếu là mã, xóa dòng.',
  },
  image: {
    expected: 'văn bản không kèm tệp ảnh: trang chỉ đăng lời văn của bản gốc',
    fix: 'Xóa dòng ảnh; nếu cần dẫn tới ảnh, đăng ảnh ở nơi khác và ghi địa chỉ đầy đủ https://….',
  },
  unreadable: {
    expected: 'lời văn MDX đọc được: dấu { phải có } đóng, "<" không đứng sát chữ số hay "!", liên kết viết [chữ](địa chỉ)',
    fix: 'Thêm dấu \\ trước ký tự đó: \\{ \\} \\<  (chú thích HTML <!-- … --> viết thành {/* … */}; npm run import tự làm việc này).',
  },
};

/** A construct as a content problem of `file`, its line counted in the file (`lineOffset` lines before the text). */
export function constructProblem(construct: MdxConstruct, file: string, lineOffset = 0): ContentProblem {
  const told = TOLD[construct.kind];
  const kind = { component: 'thành phần', tag: 'thẻ', expression: 'biểu thức', esm: 'mã import/export', unreadable: 'ký tự MDX không đọc được', image: 'ảnh' }[construct.kind];
  return {
    file,
    field: 'nội dung',
    line: construct.line + lineOffset,
    expected: told.expected,
    found: `${kind} "${construct.found}"`,
    fix: told.fix,
  };
}

import { evaluate } from '@mdx-js/mdx';
import { describe, expect, it } from 'vitest';
import { checkBodySyntax } from '../../../src/lib/content/rules';
import { escapeInline, importDocument, readSource } from '../../../src/lib/importer';
import { CONTEXT, docxFromText } from '../../support/importer';

interface Element {
  type: unknown;
  props: { children?: unknown };
}

/** A minimal JSX runtime: elements as plain objects, so the rendered text can be read without React. */
const runtime = {
  Fragment: 'fragment',
  jsx: (type: unknown, props: Element['props']): Element => ({ type, props }),
  jsxs: (type: unknown, props: Element['props']): Element => ({ type, props }),
};

function textOf(node: unknown): string {
  if (node === null || node === undefined || typeof node === 'boolean') return '';
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(textOf).join('');
  const element = node as Element;
  if (typeof element.type === 'function') return textOf((element.type as (props: unknown) => unknown)(element.props));
  return textOf(element.props.children);
}

/** Compiles and runs an MDX body the way the site does (MDX 3), returning the text a reader sees. */
async function renderedText(body: string): Promise<string> {
  const module = await evaluate(body, runtime as never);
  return textOf(module.default({}));
}

const HOSTILE = [
  'Số: 01/KH-BDT',
  'Cao Bằng, ngày 02 tháng 01 năm 2024',
  'KẾ HOẠCH',
  'Phát động phong trào thi đua năm 2024',
  'Biểu thức {x} và {{y}} trong lời văn, thẻ <b>đậm</b> và <script>alert(1)</script>, so sánh a < b > c, chú thích <!-- ẩn -->.',
  'import x from "y"',
  'export const z = 1',
  'I. NỘI DUNG',
  '1. Dấu *sao* và _gạch_ và ~~gạch ngang~~ và [liên kết](http://x) và &amp; và \\ và `mã` vẫn hiện đúng như gõ.',
  '# không phải tiêu đề',
  '2023. Năm bản lề.',
  'II. MỤC TIÊU',
  '1. Phấn đấu 100% công chức hoàn thành tốt nhiệm vụ {trở lên}.',
  'Đề nghị thực hiện./.',
];

const LITERALS = ['{x}', '{{y}}', '<b>đậm</b>', '<script>alert(1)</script>', 'a < b > c', '<!-- ẩn -->', 'import x from "y"', 'export const z = 1',
  '*sao*', '_gạch_', '~~gạch ngang~~', '[liên kết](http://x)', '&amp;', '\\', '`mã`', '# không phải tiêu đề', '2023. Năm bản lề.', '{trở lên}'];

describe('MDX safety', () => {
  it.each([
    ['text', async () => readSource(new TextEncoder().encode(HOSTILE.join('\n\n')), 'hostile.txt')],
    ['Word', async () => readSource(await docxFromText(HOSTILE.join('\n')), 'hostile.docx')],
  ])('a %s document with braces, tags, "<", import/export lines and Markdown punctuation compiles and renders every character literally', async (_, read) => {
    const result = importDocument(await read(), 'hostile', CONTEXT);
    const text = await renderedText(result.body);
    for (const literal of LITERALS) expect(text).toContain(literal);
    expect(text).toContain('Phấn đấu 100% công chức');
    expect(result.data.targets).toMatchObject([{ item: 1, comparator: 'eq', value: 100, unit: 'percent' }]);
  });

  it('keeps sections and items as structure while escaping their text', async () => {
    const { body } = importDocument(await readSource(new TextEncoder().encode(HOSTILE.join('\n')), 'h.txt'), 'h.txt', CONTEXT);
    expect(body).toMatch(/^## I\. NỘI DUNG$/m);
    expect(body).toMatch(/^1\. Phấn đấu 100% công chức hoàn thành tốt nhiệm vụ \\\{trở lên\\\}\.$/m);
    expect(body).toMatch(/^ {3}2023\\\. Năm bản lề\.$/m);
    expect(body).toMatch(/^&#105;mport x from "y"$/m);
  });

  it('leaves nothing that the content check would flag as code, while the raw text would be flagged', async () => {
    const { body } = importDocument(await readSource(new TextEncoder().encode(HOSTILE.join('\n')), 'h.txt'), 'h.txt', CONTEXT);
    const entry = (text: string) => ({ campaigns: [{ id: 'x', filePath: 'x.mdx', data: {} as never, body: text }], directives: [], honours: [], units: [], titles: [], blocs: [] });
    const context = { bodyLineOffset: () => 10 };
    expect(checkBodySyntax(entry(body), context)).toEqual([]);
    const raw = checkBodySyntax(entry(HOSTILE.join('\n\n')), context);
    expect(raw.map((problem) => problem.line)).toEqual([19, 21, 23, 35]);
  });

  it('stores NFD input as NFC', async () => {
    const nfd = ['KẾ HOẠCH', 'Phát động phong trào thi đua năm 2024', 'I. NỘI DUNG', '1. Thi đua hoàn thành xuất sắc nhiệm vụ.'].join('\n').normalize('NFD');
    const result = importDocument(await readSource(new TextEncoder().encode(nfd), 'nfd.txt'), 'nfd.txt', CONTEXT);
    expect(result.mdx).toBe(result.mdx.normalize('NFC'));
    expect(result.body).toContain('Thi đua hoàn thành xuất sắc nhiệm vụ.');
    expect(result.data.documentType).toBe('KẾ HOẠCH');
  });

  it('escapes every character Markdown or MDX treats as syntax', () => {
    expect(escapeInline('{a} <b> [c] *d* _e_ ~f~ `g` \\ | &amp;')).toBe('\\{a\\} \\<b\\> \\[c\\] \\*d\\* \\_e\\_ \\~f\\~ \\`g\\` \\\\ \\| \\&amp;');
  });
});

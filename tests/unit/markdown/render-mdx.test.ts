import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { aliasIndex } from '../../../src/lib/directives/aliases';
import { constructProblem, findMdxConstructs } from '../../../src/lib/markdown/mdx-constructs';
import { parseFrontmatter, splitMdxFile } from '../../../src/lib/markdown/mdx-file';
import { remarkCitationLinks } from '../../../src/lib/markdown/remark-citation-links';
import { remarkOutlineAnchors } from '../../../src/lib/markdown/remark-outline-anchors';
import { createMdxRenderer, MdxConstructError } from '../../../src/lib/markdown/render-mdx';
import { CAMPAIGN_2023 } from '../../support/seed';

const aliases = aliasIndex([{ id: 'luat-06-2022-qh15', aliases: ['Luật Thi đua, khen thưởng năm 2022'] }]);
const render = createMdxRenderer({ remarkPlugins: [remarkOutlineAnchors, [remarkCitationLinks, { aliases }]], gfm: true, smartypants: false });
const html = async (body: string) => (await render(body, '/x/body.mdx')).html;

/** The constructs a body is refused for, as [line, kind]. */
async function refused(body: string): Promise<[number, string][]> {
  try {
    await render(body, '/x/body.mdx');
  } catch (error) {
    if (error instanceof MdxConstructError) return error.constructs.map((construct) => [construct.line, construct.kind]);
    throw error;
  }
  return [];
}

describe('splitMdxFile', () => {
  it('keeps body lines at their file lines and gives the body the glob loader stored', () => {
    const raw = readFileSync(CAMPAIGN_2023, 'utf8');
    const parts = splitMdxFile(raw);
    expect(parts.source.split('\n')).toHaveLength(raw.split('\n').length);
    expect(parts.source.split('\n')[56]).toBe(raw.split('\n')[56]);
    expect(parts.body.startsWith('Phát huy những kết quả')).toBe(true);
    expect(parts.body).toBe(parts.body.trim());
    expect(parseFrontmatter(parts.frontmatter)).toMatchObject({ year: 2023, issued: '2023-01', signer: { name: 'Bế Văn Hùng' } });
  });

  it('reads an unquoted impossible date as the text written, for the schema to refuse', () => {
    expect(parseFrontmatter('issued: 2024-02-30\n')).toEqual({ issued: '2024-02-30' });
  });
});

describe('the campaign renderer', () => {
  it('gives sections and items their anchors, printed numbers and item links', async () => {
    const out = await html(splitMdxFile(readFileSync(CAMPAIGN_2023, 'utf8')).source);
    expect(out).toContain('<h2 id="noi-dung">I. NỘI DUNG</h2>');
    expect(out).toMatch(/<li id="noi-dung-1">\s*<p>1\. /);
    expect(out).toContain('<a href="#noi-dung-1" class="item-link" title="Liên kết tới mục này">#</a>');
    expect(out).toMatch(/<li id="muc-tieu-6">/);
  });

  it('links citations to their directive pages, an alias to its numbered page', async () => {
    const out = await html('Thực hiện Chỉ thị số 34-CT/TW ngày 7/4/2014 của Bộ Chính trị và Luật Thi đua, khen thưởng năm 2022.');
    expect(out).toBe(
      '<p>Thực hiện <a href="/chi-thi/chi-thi-34-ct-tw/">Chỉ thị số 34-CT/TW ngày 7/4/2014 của Bộ Chính trị</a> và <a href="/chi-thi/luat-06-2022-qh15/">Luật Thi đua, khen thưởng năm 2022</a>.</p>',
    );
  });

  it('keeps the text verbatim: no smart quotes or dashes, and writes quotes as Astro wrote MDX text', async () => {
    expect(await html(`"Kép" 'đơn' -- --- ... & a < b`)).toBe('<p>&quot;Kép&quot; &#39;đơn&#39; -- --- ... &amp; a &lt; b</p>');
  });

  it('parses as MDX, not as CommonMark', async () => {
    // No indented code in MDX: four spaces are a paragraph.
    expect(await html('    thụt lề bốn dấu cách')).toBe('<p>thụt lề bốn dấu cách</p>');
    // Escaped syntax characters are text.
    expect(await html('\\{x\\} \\<b\\> a < b')).toBe('<p>{x} &lt;b&gt; a &lt; b</p>');
    // MDX comments show nothing, and a paragraph of nothing but comments is no paragraph.
    expect(await html('Trước {/* ghi chú */} sau.\n\n{/* a */} {/* b */}\n\nCuối.')).toBe('<p>Trước  sau.</p>\n\n\n<p>Cuối.</p>');
    // GFM as @astrojs/mdx applies it: strikethrough, tables, literal links.
    expect(await html('~~bỏ~~ www.example.vn')).toBe('<p><del>bỏ</del> <a href="http://www.example.vn">www.example.vn</a></p>');
    expect(await html('| a | b |\n|:--|--:|\n| 1 | 2 |')).toBe(
      '<table><thead><tr><th style="text-align:left">a</th><th style="text-align:right">b</th></tr></thead><tbody><tr><td style="text-align:left">1</td><td style="text-align:right">2</td></tr></tbody></table>',
    );
    expect(await html('Dòng một\\\ndòng hai\n\n---')).toBe('<p>Dòng một<br/>\ndòng hai</p>\n<hr/>');
  });

  it('refuses what MDX reads as code or cannot read, each at its line', async () => {
    expect(await refused('Lời văn.\n\n<Hinh src="a.png" />')).toEqual([[3, 'component']]);
    expect(await refused('Lời văn <b>đậm</b>.')).toEqual([[1, 'tag']]);
    expect(await refused('A\n\nB {1 + 1} C')).toEqual([[3, 'expression']]);
    expect(await refused('A\n\nimport x from "y"')).toEqual([[3, 'esm']]);
    expect(await refused('A\n\nexport const z = 1')).toEqual([[3, 'esm']]);
    expect(await refused('A\n\nsau: {\n\nB')).toEqual([[3, 'unreadable']]);
    expect(await refused('A\n\nnhiệm vụ <thực hiện, tốt.')).toEqual([[3, 'unreadable']]);
    expect(await refused('Có <5 người.')).toEqual([[1, 'unreadable']]);
    expect(await refused('A\n\n<!-- ẩn -->')).toEqual([[3, 'unreadable']]);
    expect(await refused('Xem <https://example.vn>.')).toEqual([[1, 'unreadable']]);
    expect(await refused('A\n\n![sơ đồ](./so-do.png)')).toEqual([[3, 'image']]);
    expect(await refused('Hai: <A /> và {b}.\n\n<C />')).toEqual([
      [1, 'component'],
      [1, 'expression'],
      [3, 'component'],
    ]);
  });

  it('keeps code as code: braces and tags inside it are text', async () => {
    expect(await refused('`{x} <y>`\n\n```\n{z}\n```')).toEqual([]);
  });
});

describe('the report of a refused construct', () => {
  it('names the file and line, and says in Vietnamese what was expected, what was found and how to fix it', () => {
    const [construct] = findMdxConstructs('Lời văn.\n\n<Hinh src="a.png" />');
    const problem = constructProblem(construct, 'content/campaigns/2023/x.mdx', 55);
    expect(problem).toEqual({
      file: 'content/campaigns/2023/x.mdx',
      field: 'nội dung',
      line: 58,
      expected: expect.stringContaining('thành phần (component)'),
      found: 'thành phần "<Hinh src="a.png" />"',
      fix: expect.stringContaining('Xóa thẻ thành phần'),
    });
  });

  it('points a "<" or "{" the parser stopped after at its own line', () => {
    expect(findMdxConstructs('A\n\nnhiệm vụ <thực hiện, tốt.')[0]).toMatchObject({ line: 3, found: expect.stringContaining('<thực') });
    expect(findMdxConstructs('A\n\nsau: {\n\nB\n\nC')[0]).toMatchObject({ line: 3, found: expect.stringContaining('{') });
  });
});

import type { Link, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { aliasIndex } from '../../../src/lib/directives/aliases';
import { remarkCitationLinks } from '../../../src/lib/markdown/remark-citation-links';
import { CAMPAIGN_2023, bodyOf } from '../../support/seed';

/** Runs the plugin on Markdown and returns the links it made, as [text, url]. */
function linksIn(markdown: string, aliases?: Map<string, string>): { tree: Root; links: [string, string][] } {
  const tree = fromMarkdown(markdown);
  remarkCitationLinks({ aliases })(tree);
  const links: [string, string][] = [];
  visit(tree, 'link', (link: Link) => void links.push([toString(link), link.url]));
  return { tree, links };
}

describe('remarkCitationLinks', () => {
  it('links every directive the seed cites, without changing a character of the text', () => {
    const body = bodyOf(CAMPAIGN_2023);
    const { tree, links } = linksIn(body);
    expect(links).toEqual([
      ['Chỉ thị số 34-CT/TW ngày 7/4/2014 của Bộ Chính trị', '/chi-thi/chi-thi-34-ct-tw/'],
      ['Chỉ thị số 19/CT-TTg ngày 16/7/2021 của Thủ tướng Chính phủ', '/chi-thi/chi-thi-19-ct-ttg/'],
      ['Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng', '/chi-thi/nghi-quyet-dai-hoi-dai-bieu-toan-quoc-lan-thu-xiii-cua-dang/'],
      ['Luật phòng, chống tham nhũng', '/chi-thi/luat-phong-chong-tham-nhung/'],
      ['Luật thực hành tiết kiệm, chống lãng phí', '/chi-thi/luat-thuc-hanh-tiet-kiem-chong-lang-phi/'],
      ['Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị', '/chi-thi/chi-thi-05-ct-tw/'],
    ]);
    expect(toString(tree)).toBe(toString(fromMarkdown(body)));
  });

  it('links a later short mention to the same page as the full citation', () => {
    const { links } = linksIn('1. Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị.\n\n2. Học tập Chỉ thị số 05.\n');
    expect(links.map(([, url]) => url)).toEqual(['/chi-thi/chi-thi-05-ct-tw/', '/chi-thi/chi-thi-05-ct-tw/']);
  });

  it('leaves a short mention with nothing to resolve to unlinked', () => {
    expect(linksIn('Học tập Chỉ thị số 05 của Bộ Chính trị.').links).toEqual([]);
  });

  it('sends a law cited by name to the described document it is an alias of', () => {
    const aliases = aliasIndex([{ id: 'luat-06-2022-qh15', aliases: ['Luật Thi đua, khen thưởng năm 2022'] }]);
    expect(linksIn('Căn cứ Luật Thi đua, khen thưởng năm 2022;', aliases).links).toEqual([
      ['Luật Thi đua, khen thưởng năm 2022', '/chi-thi/luat-06-2022-qh15/'],
    ]);
  });

  it('does not link inside an existing link or code', () => {
    const { links } = linksIn('[Chỉ thị số 34-CT/TW ngày 7/4/2014 của Bộ Chính trị](https://example.vn) và `Chỉ thị số 19/CT-TTg`');
    expect(links).toEqual([['Chỉ thị số 34-CT/TW ngày 7/4/2014 của Bộ Chính trị', 'https://example.vn']]);
  });
});

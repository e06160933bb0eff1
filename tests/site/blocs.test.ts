/** Bloc pages on the illustrative set; none on the shipped single-body site. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILT_SITE, DEMO_SITE } from '../setup/built-site';
import { readPage, selectAll, textAt } from '../support/html';
import { toText } from 'hast-util-to-text';

const PAGE = (year: number) => `khoi-thi-dua/khoi-tham-muu-tong-hop/${year}/index.html`;

/** The rows of a page's table with that caption, as cell texts. */
function rows(path: string, caption: string): string[][] {
  const page = readPage(DEMO_SITE, path);
  const table = selectAll('table', page.tree).find((node) => toText(node).includes(caption));
  if (!table) throw new Error(`${path}: no table captioned ${caption}`);
  return selectAll('tbody tr', table).map((row) => selectAll('td', row).map((cell) => toText(cell).replace(/\s+/g, ' ').trim()));
}

describe('an emulation bloc’s page', () => {
  it('answers who headed the bloc and who led it, year by year', () => {
    const history = rows(PAGE(2023), 'Các năm');
    expect(history.map((row) => row[0])).toEqual(['2024', '2023', '2022', '2021']);
    const y2022 = history.find((row) => row[0] === '2022')!;
    expect(y2022[1]).toContain('Sở Tư pháp');
    expect(y2022[3]).toContain('Sở Tư pháp');
  });

  it('ranks the members as the bloc decided, with scores and proposals', () => {
    const ranking = rows(PAGE(2023), 'Kết quả bình xét');
    expect(ranking.map((row) => [row[0], row[1].split(' (')[0], row[2], row[3]])).toEqual([
      ['1', 'Ban Dân tộc tỉnh Minh Họa', '98', 'Cờ thi đua'],
      ['2', 'Sở Nội vụ tỉnh Minh Họa', '95.5', 'Bằng khen'],
      ['3', 'Sở Tư pháp tỉnh Minh Họa', '95', '—'],
    ]);
  });

  it('lists every member with its launch document and targets, or says it has none yet', () => {
    const text = textAt(readPage(DEMO_SITE, PAGE(2023)), 'section[aria-labelledby="thanh-vien-ban-dan-toc-minh-hoa"]');
    expect(text).toContain('PHÁT ĐỘNG PHONG TRÀO THI ĐUA NĂM 2023');
    // Sở Tư pháp published nothing for 2024 in the illustrative set.
    expect(textAt(readPage(DEMO_SITE, PAGE(2024)), 'section[aria-labelledby="thanh-vien-so-tu-phap-minh-hoa"]')).toContain('chưa có văn bản năm 2024 trên trang');
    const links = selectAll('a', readPage(DEMO_SITE, PAGE(2023)).tree).map((a) => String(a.properties?.href));
    for (const unit of ['so-noi-vu-minh-hoa', 'so-tu-phap-minh-hoa', 'ban-dan-toc-minh-hoa']) expect(links).toContain(`/don-vi/${unit}/`);
  });

  it('is listed on the blocs page of a site with blocs, and a single body’s site has no bloc pages', () => {
    expect(textAt(readPage(DEMO_SITE, 'khoi-thi-dua/index.html'), 'main')).toContain('Khối thi đua các cơ quan tham mưu tổng hợp');
    expect(existsSync(join(BUILT_SITE, 'khoi-thi-dua'))).toBe(false);
  });
});

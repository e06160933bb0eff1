import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILT_SITE } from '../setup/built-site';
import { allPages, readPage, selectAll, textAt } from '../support/html';
import type { BuiltPage } from '../support/html';
import { brokenLinks } from '../support/quality';
import { readSeed, wordsOf } from '../support/seed';

const DOC = 'phong-trao/2023/phat-dong-thi-dua-2023/index.html';

/** Index of the first seed word not found, in order, in the page words; -1 when all are there. */
function firstMissingInOrder(expected: string[], actual: string[]): number {
  let at = 0;
  for (let i = 0; i < expected.length; i += 1) {
    const found = actual.indexOf(expected[i], at);
    if (found === -1) return i;
    at = found + 1;
  }
  return -1;
}

describe('the built site from the shipped content', () => {
  it.each([
    'index.html',
    DOC,
    'phong-trao/index.html',
    'phong-trao/2023/index.html',
    'chi-thi/index.html',
    'chi-thi/chi-thi-34-ct-tw/index.html',
    'chi-thi/chi-thi-19-ct-ttg/index.html',
    'chi-thi/chi-thi-05-ct-tw/index.html',
    'muc-tieu/index.html',
    'bang-vang/index.html',
    '404.html',
  ])('has %s', (path) => {
    expect(existsSync(join(BUILT_SITE, path))).toBe(true);
  });

  it('has every word of the seed, in the seed order, in the 2023 document', () => {
    const expected = wordsOf(readSeed());
    const actual = wordsOf(textAt(readPage(BUILT_SITE, DOC), '#van-ban'));
    const missing = firstMissingInOrder(expected, actual);
    expect(missing === -1 ? null : expected.slice(Math.max(0, missing - 3), missing + 3).join(' ')).toBeNull();
    expect(expected.length).toBeGreaterThan(900);
  });

  it('makes each of the eight contents and six targets addressable by anchor', () => {
    const page = readPage(BUILT_SITE, DOC);
    for (let n = 1; n <= 8; n += 1) expect(textAt(page, `#noi-dung-${n}`)).toMatch(new RegExp(`^${n}\\. `));
    for (let n = 1; n <= 6; n += 1) expect(textAt(page, `#muc-tieu-${n}`)).toMatch(new RegExp(`^${n}\\. `));
    expect(textAt(page, '#muc-tieu-5')).toContain('dịch vụ công trực tuyến mức độ 4');
  });

  it('lists each directive the seed cites with a link to the citing item', () => {
    const cases = [
      ['chi-thi-34-ct-tw', '#noi-dung-1', 'Chỉ thị số 34-CT/TW ngày 7/4/2014 của Bộ Chính trị'],
      ['chi-thi-19-ct-ttg', '#noi-dung-1', 'Chỉ thị số 19/CT-TTg ngày 16/7/2021 của Thủ tướng Chính phủ'],
      ['chi-thi-05-ct-tw', '#noi-dung-6', 'Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị'],
    ];
    for (const [key, anchor, sentence] of cases) {
      const page = readPage(BUILT_SITE, `chi-thi/${key}/index.html`);
      const links = selectAll('a', page.tree).map((a) => String(a.properties.href));
      expect(links).toContain(`/phong-trao/2023/phat-dong-thi-dua-2023/${anchor}`);
      expect(textAt(page, 'main')).toContain(sentence);
    }
  });

  it('links each directive cited in the seed from the text of the 2023 document', () => {
    const page = readPage(BUILT_SITE, DOC);
    const links = selectAll('#van-ban a', page.tree).map((a) => String(a.properties.href));
    expect(links).toEqual(expect.arrayContaining(['/chi-thi/chi-thi-34-ct-tw/', '/chi-thi/chi-thi-19-ct-ttg/', '/chi-thi/chi-thi-05-ct-tw/']));
  });

  it('shows the six 2023 targets, not yet assessed, on the targets page', () => {
    const page = readPage(BUILT_SITE, 'muc-tieu/index.html');
    const links = selectAll('a[href*="#muc-tieu-"]', page.tree).map((a) => String(a.properties.href));
    expect(links).toEqual([1, 2, 3, 4, 5, 6].map((n) => `/phong-trao/2023/phat-dong-thi-dua-2023/#muc-tieu-${n}`));
    expect(textAt(page, 'main').match(/Kết quả: Chưa đánh giá/g)).toHaveLength(6);
  });

  it('says plainly that there is no honour board yet', () => {
    expect(textAt(readPage(BUILT_SITE, 'bang-vang/index.html'), 'main')).toContain('Chưa có quyết định khen thưởng nào được đăng');
  });

  it('shows the current campaign on the home page', () => {
    const text = textAt(readPage(BUILT_SITE, 'index.html'), 'main');
    expect(text).toContain('Phong trào thi đua năm 2023');
    expect(text).toContain('“Đoàn kết, kỷ cương, chủ động, sáng tạo, thi đua hoàn thành xuất sắc nhiệm vụ năm 2023”');
    expect(text).toContain('Chỉ thị 34-CT/TW');
  });
});

describe('every built page', () => {
  const pages = allPages(BUILT_SITE);

  it('is Vietnamese and UTF-8', () => {
    expect(pages.length).toBeGreaterThanOrEqual(11);
    for (const page of pages) {
      expect(page.html, page.path).toMatch(/^<!DOCTYPE html><html lang="vi"/i);
      expect(page.html, page.path).toMatch(/<meta charset="utf-8"/i);
    }
  });

  it('links only to pages and anchors that exist', () => {
    expect(brokenLinks(pages, BUILT_SITE)).toEqual([]);
  });

  it('loads no script, except the search page once search is used', () => {
    // JSON-LD (type="application/ld+json") is data for machines, never run.
    const scripts = (page: BuiltPage) => selectAll('script:not([type="application/ld+json"])', page.tree);
    for (const page of pages.filter((candidate) => !candidate.path.startsWith('tim-kiem/'))) expect(scripts(page), page.path).toEqual([]);
    expect(scripts(readPage(BUILT_SITE, 'tim-kiem/index.html'))).toHaveLength(1);
  });

  it('references no other host for fonts, styles, scripts or images', () => {
    const external = /^(https?:)?\/\//;
    for (const page of pages) {
      const refs = [
        ...selectAll('link[href]:not([rel=canonical])', page.tree).map((node) => String(node.properties.href)),
        ...selectAll('[src]', page.tree).map((node) => String(node.properties.src)),
      ];
      expect(refs.filter((ref) => external.test(ref)), page.path).toEqual([]);
      expect(page.html, page.path).not.toMatch(/@import\s+url\(\s*["']?(https?:)?\/\//);
    }
    const css = readdirSync(join(BUILT_SITE, '_astro')).filter((file) => file.endsWith('.css'));
    for (const file of css) expect(readFileSync(join(BUILT_SITE, '_astro', file), 'utf8')).not.toMatch(/url\(\s*["']?(https?:)?\/\//);
  });
});

/**
 * Open-data exports kept between builds (src/data/kept-exports.ts): a kept file stands for a new
 * one only when its key says the same rows, the same file and the same code. The page cache's
 * folder holds them beside the pages, under their own extension, and writes them to their own
 * address, not as a page's index.html. tests/site/page-cache.test.ts builds, edits and compares
 * every file with a cold build.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportKey } from '../../../src/data/kept-exports';
import { isPageAddress, keptKeyOf, keptPage } from '../../../src/data/page-cache-state';
import { pageFile } from '../../../src/integrations/page-cache';

const rows = () => [
  { id: '2023/so-noi-vu/phat-dong', year: 2023, bodyName: 'Sở Nội vụ', directives: ['Chỉ thị 34-CT/TW'] },
  { id: '2024/so-noi-vu/phat-dong', year: 2024, bodyName: 'Sở Nội vụ', directives: [] },
];

describe('the key an export file is kept under', () => {
  it('is the same for the same rows, whatever objects hold them', () => {
    expect(exportKey('code', 'phong-trao', 'csv', rows())).toBe(exportKey('code', 'phong-trao', 'csv', rows()));
  });

  it('changes with any value of any row, with the rows’ order and with a row more', () => {
    const key = exportKey('code', 'phong-trao', 'csv', rows());
    const renamed = rows();
    renamed[1].bodyName = 'Sở Nội vụ tỉnh';
    const cited = rows();
    cited[1].directives = ['Chỉ thị 05-CT/TW'];
    expect(exportKey('code', 'phong-trao', 'csv', renamed)).not.toBe(key);
    expect(exportKey('code', 'phong-trao', 'csv', cited)).not.toBe(key);
    expect(exportKey('code', 'phong-trao', 'csv', rows().reverse())).not.toBe(key);
    expect(exportKey('code', 'phong-trao', 'csv', [...rows(), rows()[0]])).not.toBe(key);
  });

  it('changes with the code, the export and the format, and names the format', () => {
    const key = exportKey('code', 'phong-trao', 'csv', rows());
    expect(exportKey('other code', 'phong-trao', 'csv', rows())).not.toBe(key);
    expect(exportKey('code', 'noi-dung', 'csv', rows())).not.toBe(key);
    expect(key).toMatch(/^[0-9a-f]{32}\.csv$/);
    expect(exportKey('code', 'phong-trao', 'json', rows())).toMatch(/^[0-9a-f]{32}\.json$/);
  });
});

describe('kept files beside kept pages', () => {
  it('keeps a page as <key>.html and a file under its key, and reads each key back from its name', () => {
    expect(keptPage('/k', 'abc')).toBe(join('/k', 'abc.html'));
    expect(keptPage('/k', 'abc.csv')).toBe(join('/k', 'abc.csv'));
    expect(keptKeyOf('abc.html')).toBe('abc');
    expect(keptKeyOf('abc.csv')).toBe('abc.csv');
  });

  it("writes a page to its folder's index.html and a file to its own name, under the site's sub-path", () => {
    expect(isPageAddress('/phong-trao/2023/')).toBe(true);
    expect(isPageAddress('/du-lieu/bang-vang.csv')).toBe(false);
    expect(pageFile('/out', '/', '/phong-trao/2023/')).toBe(join('/out', 'phong-trao/2023/index.html'));
    expect(pageFile('/out', '/', '/du-lieu/bang-vang.csv')).toBe(join('/out', 'du-lieu/bang-vang.csv'));
    expect(pageFile('/out', '/thi-dua/', '/thi-dua/du-lieu/bang-vang.json')).toBe(join('/out', 'du-lieu/bang-vang.json'));
  });
});

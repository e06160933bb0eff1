import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadNational } from '../../../src/data/national';
import {
  indexProblem,
  mergeDWords,
  mergedIndexes,
  mergedIndexPath,
  nationalFacets,
  parseNationalConfig,
  publishedFacets,
  siteAddress,
  siteOfUrl,
} from '../../../src/lib/search/national';
import type { SearchRecord } from '../../../src/lib/search/records';

const record = (filters: SearchRecord['filters']): SearchRecord => ({ url: '/x/', title: 'x', sections: [], filters, sort: {} });
const site = { id: 'cao-bang', name: 'Tỉnh Cao Bằng', address: 'https://thidua.caobang.gov.vn', dist: '../cao-bang/dist' };

describe('the national configuration', () => {
  it('reads sites, with addresses given a trailing slash', () => {
    const config = parseNationalConfig({ name: ' Toàn quốc ', sites: [site] }, 'toan-quoc.json');
    expect(config).toEqual({ name: 'Toàn quốc', sites: [{ ...site, address: 'https://thidua.caobang.gov.vn/' }] });
    expect(parseNationalConfig({ sites: [site] }, 'f').name).toBeUndefined();
  });

  it('lists every problem in one Vietnamese message naming the file', () => {
    const read = () =>
      parseNationalConfig({ sites: [site, { ...site, address: 'thidua.example' }, { id: 'Cao Bằng', name: '', dist: '' }] }, 'toan-quoc.json');
    expect(read).toThrow(/^Cấu hình tìm kiếm toàn quốc toan-quoc\.json chưa đúng:/);
    expect(read).toThrow(/sites\[1\]\.id: "cao-bang" đã dùng cho một trang khác/);
    expect(read).toThrow(/sites\[1\]\.address: cần địa chỉ công khai đầy đủ/);
    expect(read).toThrow(/sites\[2\]\.id: cần mã chỉ gồm chữ thường/);
    expect(read).toThrow(/sites\[2\]\.name/);
    expect(read).toThrow(/sites\[2\]\.dist/);
    expect(() => parseNationalConfig([], 'f')).toThrow(/"sites" phải là danh sách/);
    expect(() => parseNationalConfig({ sites: [] }, 'f')).toThrow(/"sites" phải là danh sách/);
  });

  it('accepts http(s) addresses only, without query or fragment', () => {
    expect(siteAddress('https://org.example/thi-dua')).toBe('https://org.example/thi-dua/');
    expect(() => siteAddress('ftp://org.example/')).toThrow(/http\(s\)/);
    expect(() => siteAddress('https://org.example/?a=1')).toThrow(/"\?"/);
  });
});

describe('merged indexes for the search page', () => {
  const config = parseNationalConfig({ sites: [site, { ...site, id: 'ha-giang', name: 'Tỉnh Hà Giang', address: 'https://cong.hagiang.gov.vn/thi-dua/' }] }, 'f');

  it('publishes each index under pagefind-<id>/ of the national site, its links on the site’s origin', () => {
    expect(mergedIndexPath('/', 'cao-bang')).toBe('/pagefind-cao-bang/');
    expect(mergedIndexPath('/quoc-gia', 'cao-bang')).toBe('/quoc-gia/pagefind-cao-bang/');
    // Indexed addresses carry their sub-path already ("/thi-dua/phong-trao/..."): the base URL is the origin.
    expect(mergedIndexes(config, '/')).toEqual([
      { path: '/pagefind-cao-bang/', baseUrl: 'https://thidua.caobang.gov.vn/', name: 'Tỉnh Cao Bằng' },
      { path: '/pagefind-ha-giang/', baseUrl: 'https://cong.hagiang.gov.vn/', name: 'Tỉnh Hà Giang' },
    ]);
  });

  it('names the site a result belongs to, none for this site’s own', () => {
    const indexes = mergedIndexes(config, '/');
    expect(siteOfUrl('https://cong.hagiang.gov.vn/thi-dua/phong-trao/2023/x/#noi-dung-1', indexes)?.name).toBe('Tỉnh Hà Giang');
    expect(siteOfUrl('/phong-trao/2023/x/', indexes)).toBeUndefined();
  });
});

describe('what the sites publish and the national page merges', () => {
  it('merges the "d" spellings, this site’s first, each once', () => {
    expect(mergeDWords([{ doan: ['đoan'], do: ['do', 'đo'] }, { doan: ['đoan', 'doan'], dong: ['đong'] }])).toEqual({ do: ['do', 'đo'], doan: ['đoan', 'doan'], dong: ['đong'] });
  });

  it('publishes a site’s filter values and offers every site’s in the selects, sorted as one site’s', () => {
    const own = [record({ nam: ['2024'], loai: ['Phát động'] })];
    const published = publishedFacets([record({ nam: ['2021', '2023'], 'co-quan': ['Sở Nội vụ'] })]);
    expect(published).toEqual({ nam: ['2023', '2021'], 'co-quan': ['Sở Nội vụ'] });
    const facets = nationalFacets(own, [published, { nam: ['2022'], loai: ['Bảng vàng'] }], parseNationalConfig({ name: 'Toàn quốc', sites: [site] }, 'f'), 'Trang công bố');
    expect(facets).toEqual([
      { key: 'nam', label: 'Năm', values: ['2024', '2023', '2022', '2021'] },
      { key: 'loai', label: 'Loại', values: ['Bảng vàng', 'Phát động'] },
      { key: 'co-quan', label: 'Cơ quan ban hành', values: ['Sở Nội vụ'] },
      { key: 'trang', label: 'Trang công bố', values: ['Toàn quốc', 'Tỉnh Cao Bằng'] },
    ]);
  });

  it('says in Vietnamese when a folder is not a Pagefind index, or not of this version', () => {
    expect(indexProblem({ version: '1.6.0', languages: { vi: {} } }, '1.6.0', 'X')).toBeNull();
    expect(indexProblem(undefined, '1.6.0', 'X')).toMatch(/^X không phải chỉ mục tìm kiếm Pagefind/);
    expect(indexProblem({ version: '1.4.0', languages: {} }, '1.6.0', 'X')).toMatch(/^Chỉ mục tìm kiếm X được dựng bằng Pagefind 1\.4\.0, còn trang này dùng Pagefind 1\.6\.0/);
  });
});

describe('reading the sites’ folders', () => {
  const root = mkdtempSync(join(tmpdir(), 'thi-dua-national-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const dist = join(root, 'cao-bang');
  mkdirSync(join(dist, 'pagefind'), { recursive: true });
  mkdirSync(join(dist, 'tim-kiem'), { recursive: true });
  writeFileSync(join(dist, 'pagefind', 'pagefind-entry.json'), JSON.stringify({ version: '1.6.0', languages: { vi: {} } }));
  writeFileSync(join(dist, 'tim-kiem', 'tu-d.json'), JSON.stringify({ doan: ['đoan'] }));
  writeFileSync(join(dist, 'tim-kiem', 'bo-loc.json'), JSON.stringify({ nam: ['2023'] }));
  const config = (entry: Record<string, unknown>) => {
    const file = join(root, `toan-quoc-${Math.random().toString(36).slice(2)}.json`);
    writeFileSync(file, JSON.stringify({ sites: [{ ...site, ...entry }] }));
    return file;
  };

  it('is off without THI_DUA_NATIONAL', () => {
    expect(loadNational(undefined)).toBeNull();
    expect(loadNational('')).toBeNull();
  });

  it('reads a built dist, or its pagefind/ folder, relative to the configuration file', () => {
    for (const given of ['cao-bang', 'cao-bang/pagefind']) {
      const national = loadNational(config({ dist: given }), '1.6.0');
      expect(national?.sites[0].pagefind).toBe(join(dist, 'pagefind'));
      expect(national?.sites[0].dWords).toEqual({ doan: ['đoan'] });
      expect(national?.sites[0].facets).toEqual({ nam: ['2023'] });
    }
  });

  it('stops on a missing folder, a folder that is no index, another version, or missing files beside the index', () => {
    expect(() => loadNational(config({ dist: 'khong-co' }))).toThrow(/không có thư mục này/);
    expect(() => loadNational(config({ dist: '.' }))).toThrow(/không phải chỉ mục tìm kiếm Pagefind/);
    expect(() => loadNational(config({ dist: 'cao-bang' }), '1.7.0')).toThrow(/được dựng bằng Pagefind 1\.6\.0, còn trang này dùng Pagefind 1\.7\.0/);
    rmSync(join(dist, 'tim-kiem', 'bo-loc.json'));
    expect(() => loadNational(config({ dist: 'cao-bang' }))).toThrow(/thiếu tim-kiem\/bo-loc\.json/);
    expect(() => loadNational(join(root, 'khong-co.json'))).toThrow(/Không đọc được tệp cấu hình tìm kiếm toàn quốc/);
  });
});

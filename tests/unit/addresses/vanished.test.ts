import { describe, expect, it } from 'vitest';
import { sitemapPaths, vanishedAddresses, vanishedReport } from '../../../src/lib/addresses/vanished';

const SITEMAP = `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>https://thidua.example.gov.vn/thi-dua/</loc></url>
<url><loc>https://thidua.example.gov.vn/thi-dua/phong-trao/2023/so-tu-phap/phat-dong-2023/</loc></url>
<url><loc>https://thidua.example.gov.vn/thi-dua/don-vi/so-tu-phap/</loc></url>
<url><loc>https://thidua.example.gov.vn/khac/</loc></url>
</urlset>`;

describe('addresses the last published site had and a new build does not answer', () => {
  it('reads the pages of a sitemap relative to the base, leaving out what is outside it', () => {
    expect(sitemapPaths(SITEMAP, '/thi-dua/')).toEqual(['', 'phong-trao/2023/so-tu-phap/phat-dong-2023/', 'don-vi/so-tu-phap/']);
  });

  it('keeps those the new build has no file for', () => {
    const built = new Set(['', 'don-vi/so-tu-phap/']);
    expect(vanishedAddresses(sitemapPaths(SITEMAP, '/thi-dua/'), (path) => built.has(path))).toEqual(['phong-trao/2023/so-tu-phap/phat-dong-2023/']);
  });

  it("names each address in Vietnamese with the formerly line that keeps it, and counts what it does not list", () => {
    const report = vanishedReport(['phong-trao/2023/so-tu-phap/phat-dong-2023/', 'don-vi/so-tu-phap/', 'khoi-thi-dua/khoi-a/2023/', 'tim-kiem/'], '/thi-dua/');
    expect(report).toContain('Cảnh báo: 4 địa chỉ');
    expect(report).toContain('/thi-dua/phong-trao/2023/so-tu-phap/phat-dong-2023/\n  Sửa:  nếu tệp đã đổi tên hay chuyển thư mục, ghi formerly: ["2023/so-tu-phap/phat-dong-2023"]');
    expect(report).toContain('formerly: [so-tu-phap] trong tệp mới của đơn vị');
    expect(report).toContain('formerly: [khoi-a] trong tệp mới của khối');
    expect(report).toContain('/thi-dua/tim-kiem/\n\n  Cần:');
    const many = vanishedReport(Array.from({ length: 25 }, (_, i) => `don-vi/d-${i}/`), '/');
    expect(many).toContain('… và 5 địa chỉ khác.');
    expect(many).not.toContain('/don-vi/d-20/');
    expect(vanishedReport([], '/')).toBe('');
  });
});

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILT_SITE, DEMO_SITE } from '../setup/built-site';
import { astroBuild, contentVariant, replaceIn } from '../support/build';
import { readPage, selectAll, textAt } from '../support/html';

/**
 * The text of target item n of a year's list: on a single body's targets page, or (the
 * illustrative set being a province's archive) on the first body's own page.
 */
function targetText(site: string, year: number, n: number): string {
  const [path, section] = site === DEMO_SITE ? ['don-vi/ban-dan-toc-minh-hoa/index.html', `van-ban-${year}`] : ['muc-tieu/index.html', `nam-${year}`];
  const page = readPage(site, path);
  const link = selectAll(`section[aria-labelledby="${section}"] a[href$="#muc-tieu-${n}"]`, page.tree)[0];
  if (!link) throw new Error(`no target ${n} for ${year}`);
  const item = selectAll(`section[aria-labelledby="${section}"] li`, page.tree).find((li) => selectAll('a', li).includes(link));
  return textAt({ ...page, tree: { type: 'root', children: [item!] } }, '*');
}

describe('targets and results on the built sites', () => {
  it('shows each of the six 2023 targets with comparator, value and unit, not yet assessed', () => {
    for (let n = 1; n <= 6; n += 1) {
      const text = targetText(BUILT_SITE, 2023, n);
      expect(text).toContain('Kết quả: Chưa đánh giá');
      expect(text).toMatch(n === 4 ? /Cách đo: Định tính/ : /Cách đo: đạt 100%/);
    }
  });

  it('shows a result computed from the illustrative honour board as met, with how it was computed', () => {
    const text = targetText(DEMO_SITE, 2023, 3);
    expect(text).toContain('Kết quả: Đạt (100%)');
    expect(text).toContain('Tính từ bảng vàng: 4/4 đơn vị trực thuộc đạt Tập thể lao động tiên tiến trở lên (bảng vàng năm 2023)');
    expect(targetText(DEMO_SITE, 2022, 4)).toContain('Kết quả: Đạt (2)');
  });

  it('shows a recorded result that was not met, with its evidence', () => {
    const text = targetText(DEMO_SITE, 2022, 3);
    expect(text).toContain('Kết quả: Không đạt (91,7%)');
    expect(text).toContain('Căn cứ: Báo cáo số 52/BC-BDT ngày 15/12/2022 (minh họa)');
  });

  it('compares a body’s recurring targets across years', () => {
    const page = readPage(DEMO_SITE, 'don-vi/ban-dan-toc-minh-hoa/index.html');
    const rows = selectAll('#so-sanh ~ div tbody tr', page.tree).map((row) => textAt({ ...page, tree: { type: 'root', children: [row] } }, '*'));
    expect(rows.find((row) => row.startsWith('Tập thể lao động xuất sắc'))).toMatch(/ít nhất 2 Đạt \(2\).*ít nhất 3 Chưa đánh giá/);
  });

  it('fails the build on a recorded result the honour board contradicts, naming the file and the target', async () => {
    const root = contentVariant(
      'wrong-result',
      (content) => {
        const file = join(content, 'campaigns/2022/phat-dong-thi-dua-2022.mdx');
        replaceIn(file, /(title: Tập thể lao động xuất sắc\n\s+result:\n\s+status: met\n\s+value: )2/, '$13');
      },
      'tests/fixtures/demo/content',
    );
    const result = await astroBuild({ content: join(root, 'content'), outDir: join(root, 'dist'), cacheDir: join(root, 'cache') });
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/campaigns\/2022\/phat-dong-thi-dua-2022\.mdx:\d+ — trường "targets\[3\]\.result"/);
    expect(result.output).toContain('kết quả mục tiêu 4 theo bảng vàng: 2 (đạt)');
  });
});

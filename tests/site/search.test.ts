import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { BUILT_SITE, DEMO_SITE } from '../setup/built-site';
import { launchChromium } from '../support/browser';
import { serveStatic } from '../support/server';

const DOC = '/phong-trao/2023/phat-dong-thi-dua-2023/';

let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;
let page: Page;

beforeAll(async () => {
  server = await serveStatic(BUILT_SITE);
  browser = await launchChromium();
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Waits until the search page has answered the query in its URL. */
async function settled(): Promise<string> {
  await page.waitForFunction(() => {
    const text = document.querySelector('#trang-thai')?.textContent ?? '';
    return text !== '' && !text.startsWith('Đang');
  });
  return (await page.locator('#trang-thai').textContent()) ?? '';
}

/** Result links (without their highlight fragment) for a search URL, on the shipped site or another. */
async function resultsFor(params: Record<string, string>, site = server.url): Promise<string[]> {
  await page.goto(`${site}/tim-kiem/?${new URLSearchParams(params)}`, { waitUntil: 'load' });
  await settled();
  const hrefs = await page.locator('#ket-qua a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  return hrefs.map((href) => href.replace(/:~:.*$/, '').replace(/#$/, ''));
}

describe('search on the shipped content (Chromium)', () => {
  it.each([
    // Directive numbers in any shape.
    ['34-CT/TW', '/chi-thi/chi-thi-34-ct-tw/'],
    ['34-ct/tw', '/chi-thi/chi-thi-34-ct-tw/'],
    ['34 CT TW', '/chi-thi/chi-thi-34-ct-tw/'],
    ['34/CT-TW', '/chi-thi/chi-thi-34-ct-tw/'],
    ['ct 34', '/chi-thi/chi-thi-34-ct-tw/'],
    ['chi thi 34', '/chi-thi/chi-thi-34-ct-tw/'],
    ['Chỉ thị 34', '/chi-thi/chi-thi-34-ct-tw/'],
    ['19/CT-TTg', '/chi-thi/chi-thi-19-ct-ttg/'],
    ['19 ct ttg', '/chi-thi/chi-thi-19-ct-ttg/'],
    ['05-CT/TW', '/chi-thi/chi-thi-05-ct-tw/'],
    // Without diacritics, with d for đ, in any case.
    ['doan ket xay dung doi song van hoa', `${DOC}#noi-dung-8`],
    ['Đoàn kết xây dựng đời sống văn hóa', `${DOC}#noi-dung-8`],
    ['ĐOÀN KẾT XÂY DỰNG ĐỜI SỐNG VĂN HÓA', `${DOC}#noi-dung-8`],
    ['dong bao dan toc thieu so', `${DOC}#noi-dung-2`],
    ['giai ngan kinh phi', `${DOC}#noi-dung-2`],
    ['dich vu cong truc tuyen', `${DOC}#muc-tieu-5`],
    ['tap the lao dong xuat sac', `${DOC}#muc-tieu-3`],
    ['Tập thể lao động tiên tiến', `${DOC}#muc-tieu-3`],
    ['the thao', `${DOC}#noi-dung-8`],
    ['nhan rong dien hinh tien tien', `${DOC}#noi-dung-4`],
    ['Be Van Hung', DOC],
    ['dai hoi dai bieu toan quoc lan thu XIII', '/chi-thi/nghi-quyet-dai-hoi-dai-bieu-toan-quoc-lan-thu-xiii-cua-dang/'],
    // Old and new tone placement, and the source's own misspelling.
    ['van hoa cong so', `${DOC}#noi-dung-7`],
    ['văn hoá công sở', `${DOC}#noi-dung-7`],
    ['văn hóa công sở', `${DOC}#noi-dung-7`],
    ['Phấn đấu hoàn thành 100% chương trình', `${DOC}#muc-tieu-1`],
    ['phan dau hoan thanh chuong trinh', `${DOC}#muc-tieu-1`],
    ['Cơ quan đạt chuẩn văn hoá', `${DOC}#muc-tieu-4`],
    ['co quan dat chuan van hoa', `${DOC}#muc-tieu-4`],
    ['tham nhung', '/chi-thi/luat-phong-chong-tham-nhung/'],
    ['Luật thực hành tiết kiệm', '/chi-thi/luat-thuc-hanh-tiet-kiem-chong-lang-phi/'],
  ])('“%s” → %s first', async (q, first) => {
    const results = await resultsFor({ q });
    expect(results[0]).toBe(first);
  });

  it('filters by directive cited, kind and year, from the URL', async () => {
    expect((await resultsFor({ 'chi-thi': 'Chỉ thị 05-CT/TW' })).sort()).toEqual(['/chi-thi/chi-thi-05-ct-tw/', DOC]);
    expect(await page.locator('#loc-chi-thi').inputValue()).toBe('Chỉ thị 05-CT/TW');
    expect((await resultsFor({ q: 'hoc tap tot', 'chi-thi': 'Chỉ thị 05-CT/TW', loai: 'Phát động' }))[0]).toBe(`${DOC}#noi-dung-6`);
    const kinds = await resultsFor({ q: 'chi thi 34', nam: '2023', loai: 'Phát động' });
    expect(kinds.length).toBeGreaterThan(0);
    expect(kinds).not.toContain('/chi-thi/chi-thi-34-ct-tw/');
    expect(await resultsFor({ q: 'chi thi 34', nam: '2019' })).toEqual([]);
  });

  it('says so when nothing matches', async () => {
    expect(await resultsFor({ q: 'xyzqw' })).toEqual([]);
    expect(await page.locator('#trang-thai').textContent()).toContain('Không tìm thấy kết quả nào cho “xyzqw”');
  });

  it('keeps the query in the URL, and back and forward restore it', async () => {
    await page.goto(`${server.url}/tim-kiem/`, { waitUntil: 'load' });
    await page.fill('#q', 'doan ket');
    await page.press('#q', 'Enter');
    await settled();
    expect(new URL(page.url()).searchParams.get('q')).toBe('doan ket');
    await page.fill('#q', 'chi thi 34');
    await page.press('#q', 'Enter');
    await page.waitForFunction(() => (document.querySelector('#trang-thai')?.textContent ?? '').includes('chi thi 34'));
    await page.goBack();
    await page.waitForFunction(() => (document.querySelector('#trang-thai')?.textContent ?? '').includes('doan ket'));
    expect(await page.inputValue('#q')).toBe('doan ket');
    await page.goForward();
    await page.waitForFunction(() => (document.querySelector('#trang-thai')?.textContent ?? '').includes('chi thi 34'));
    expect(await page.inputValue('#q')).toBe('chi thi 34');
  });

  it('links each result to its item with the matched words to highlight there, in their real spelling', async () => {
    await page.goto(`${server.url}/tim-kiem/?q=doan+ket+xay+dung`, { waitUntil: 'load' });
    await settled();
    const href = (await page.locator('#ket-qua a').first().getAttribute('href')) ?? '';
    expect(decodeURIComponent(href)).toMatch(/#noi-dung-8:~:text=đoàn kết xây dựng$/);
    expect(await page.locator('#ket-qua mark').first().textContent()).toBe('đoàn kết xây dựng');
    await page.goto(`${server.url}/tim-kiem/?q=chi+thi+34`, { waitUntil: 'load' });
    await settled();
    expect(decodeURIComponent((await page.locator('#ket-qua a').first().getAttribute('href')) ?? '')).toContain(':~:text=Chỉ thị 34-CT/TW');
  });

  it('is usable by keyboard and screen reader: labelled input, results announced', async () => {
    await page.goto(`${server.url}/tim-kiem/`, { waitUntil: 'load' });
    expect(await page.locator('label[for="q"]').textContent()).toBe('Từ khóa');
    expect(await page.getAttribute('#trang-thai', 'role')).toBe('status');
    await page.focus('#q');
    await page.keyboard.type('chi thi 05');
    await page.keyboard.press('Enter');
    expect(await settled()).toMatch(/^\d+ văn bản phù hợp với “chi thi 05”/);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('q');
  });

  it('loads no script on reading pages: the header search box is a plain form', async () => {
    const scripts: string[] = [];
    const onRequest = (request: { resourceType: () => string; url: () => string }) => request.resourceType() === 'script' && scripts.push(request.url());
    page.on('request', onRequest);
    await page.goto(server.url + DOC, { waitUntil: 'networkidle' });
    page.off('request', onRequest);
    expect(scripts).toEqual([]);
    await page.fill('#tim-nhanh', 'chi thi 34');
    await Promise.all([page.waitForURL(/\/tim-kiem\/\?q=chi\+thi\+34/), page.press('#tim-nhanh', 'Enter')]);
    expect(await settled()).toContain('chi thi 34');
  });
});

describe('search on the illustrative set (Chromium)', () => {
  let demo: Awaited<ReturnType<typeof serveStatic>>;

  beforeAll(async () => {
    demo = await serveStatic(DEMO_SITE);
  });

  afterAll(async () => {
    await demo?.close();
  });

  const demoResults = (params: Record<string, string>) => resultsFor(params, demo.url);

  it.each([
    ['luong van khai', '/bang-vang/2023/#chien-si-thi-dua-co-so-luong-van-khai'],
    ['Lương Văn Khải', '/bang-vang/2023/#chien-si-thi-dua-co-so-luong-van-khai'],
    ['bang khen', '/bang-vang/2022/#bang-khen-cap-bo-ban-nganh-tinh-ban-dan-toc-minh-hoa'],
    ['doi moi sang tao', '/phong-trao/2021/phat-dong-thi-dua-2021/'],
  ])('“%s” → %s first', async (q, first) => {
    expect((await demoResults({ q }))[0]).toBe(first);
  });

  it('answers “who was Tập thể lao động xuất sắc in 2022?” with the filters', async () => {
    const results = await demoResults({ q: 'tap the lao dong xuat sac', nam: '2022', loai: 'Bảng vàng' });
    const xuatSac = results.filter((result) => result.startsWith('/bang-vang/2022/#tap-the-lao-dong-xuat-sac-'));
    expect(xuatSac.length).toBeGreaterThan(1);
    expect(results.slice(0, xuatSac.length)).toEqual(xuatSac);
    for (const result of results) expect(result).toMatch(/^\/bang-vang\/2022\//);
  });

  it('filters by title conferred and by unit', async () => {
    const byTitle = await demoResults({ 'danh-hieu': 'Tập thể lao động xuất sắc' });
    expect(byTitle.sort()).toEqual(['/bang-vang/2021/', '/bang-vang/2022/', '/bang-vang/2023/']);
    expect(await demoResults({ 'don-vi': 'Thanh tra Ban', q: 'chanh thanh tra' })).toContain('/bang-vang/2023/#chien-si-thi-dua-co-so-luong-van-khai');
  });
});

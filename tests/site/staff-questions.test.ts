/**
 * The three questions province staff ask across bodies (issue #14), answered in Chromium from the
 * illustrative set's pages as a reader reaches them, and checked against an answer worked out
 * here from the content files themselves (frontmatter, the bloc file, the year's honours file).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DEMO_SITE } from '../setup/built-site';
import { launchChromium } from '../support/browser';
import { serveStatic } from '../support/server';
import { loadContentFiles } from '../../src/lib/content/load-files';

const BLOC = 'khoi-tham-muu-tong-hop';
const { content } = loadContentFiles('tests/fixtures/demo/content');
const bloc = content.blocs.find((entry) => entry.id === BLOC)!.data;
const unitName = (id: string) => content.units.find((unit) => unit.id === id)!.data.name;
const membersIn = (year: number) => bloc.years.find((entry) => entry.year === year)!.members;
/** The member a unit belongs to: itself or the nearest ancestor in the list. */
function memberOf(unit: string, members: string[]): string | undefined {
  for (let id: string | undefined = unit, hops = 0; id && hops < 10; hops += 1) {
    if (members.includes(id)) return id;
    id = content.units.find((entry) => entry.id === id)?.data.parent;
  }
  return undefined;
}
const fold = (text: string) => text.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();

let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;
let page: Page;

beforeAll(async () => {
  server = await serveStatic(DEMO_SITE);
  browser = await launchChromium();
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** From the home page, through the blocs' list, to the bloc's page of a year, as a reader clicks. */
async function openBlocYear(year: number): Promise<void> {
  await page.goto(`${server.url}/`);
  await page.getByRole('navigation', { name: 'Mục chính' }).getByRole('link', { name: 'Khối thi đua' }).click();
  const card = page.locator('li', { hasText: bloc.name });
  await card.getByRole('link', { name: String(year), exact: true }).click();
  await page.waitForURL(`${server.url}/khoi-thi-dua/${BLOC}/${year}/`);
}

describe('staff questions answered from the site (Chromium, illustrative set)', () => {
  it('which bodies of the CQTMTH bloc set a target on online public services in 2023, and did they meet it?', async () => {
    // The answer from the files: each 2023 member's launch document and its annotated targets.
    const expected = membersIn(2023).flatMap((member) => {
      const launch = content.campaigns.find((entry) => entry.data.year === 2023 && entry.data.issuer === member && entry.data.role === 'launch' && !entry.data.bloc);
      const target = launch?.data.targets.find((annotation) => /trực tuyến/i.test(annotation.metric));
      return target ? [[unitName(member), target.result?.status]] : [];
    });
    expect(expected.length, 'the illustrative set has such targets in two or more members').toBeGreaterThanOrEqual(2);
    expect(expected.length, 'and a member without one').toBeLessThan(membersIn(2023).length);

    await openBlocYear(2023);
    const table = page.locator('table', { has: page.locator('caption', { hasText: /trực tuyến/i }) });
    await table.waitFor();
    const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim())));
    const statusWord = { met: 'Đạt', exceeded: 'Vượt', 'not-met': 'Không đạt', unassessed: 'Chưa đánh giá' } as const;
    const set = rows.filter((row) => row.length === 3);
    expect(set.map((row) => [row[0], row[2].split(' (')[0]])).toEqual(expected.map(([name, status]) => [name, statusWord[status as keyof typeof statusWord]]));
    // Every member is in the table; those without the target say so.
    expect(rows).toHaveLength(membersIn(2023).length);
    expect(rows.filter((row) => row.length === 2).every((row) => row[1] === 'không đặt mục tiêu này')).toBe(true);
  });

  it('who led the bloc in 2022?', async () => {
    const outcome = bloc.years.find((entry) => entry.year === 2022)!.outcome!;
    const first = outcome.ranking.filter((row) => row.rank === 1).map((row) => unitName(row.unit));
    expect(first.length).toBeGreaterThan(0);

    // On the bloc's page of 2022: the ranking's first row, and the history row of 2022 on a later year's page.
    await openBlocYear(2022);
    const ranking = page.locator('table', { has: page.locator('caption', { hasText: 'Kết quả bình xét' }) });
    const firstRows = await ranking.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => (cell.textContent ?? '').trim())).filter((cells) => cells[0] === '1'));
    expect(firstRows.map((cells) => cells[1])).toEqual(first);
    const history = page.locator('table', { has: page.locator('caption', { hasText: 'Các năm' }) });
    const row2022 = await history.locator('tbody tr', { hasText: '2022' }).first().locator('td').allTextContents();
    expect(row2022[3].trim()).toBe(first.join(', '));
  });

  it('every Tập thể lao động xuất sắc of the bloc in 2022', async () => {
    const members = membersIn(2022);
    const title = content.titles.find((entry) => entry.id === 'tap-the-lao-dong-xuat-sac')!.data;
    const names = new Set([title.name, ...title.variants].map(fold));
    const honours = content.honours.find((entry) => entry.data.year === 2022)!.data;
    const rows = honours.decisions.flatMap((decision) => decision.rows).filter((row) => names.has(fold(row.title)) || row.title === 'tap-the-lao-dong-xuat-sac');
    const inBloc = rows.flatMap((row) => (row.recipient.kind === 'collective' && memberOf(row.recipient.unit, members) ? [unitName(row.recipient.unit)] : []));
    const outside = rows.flatMap((row) => (row.recipient.kind === 'collective' && !memberOf(row.recipient.unit, members) ? [unitName(row.recipient.unit)] : []));
    expect(inBloc.length, 'the illustrative set has such collectives in the bloc').toBeGreaterThanOrEqual(2);
    expect(outside.length, 'and one outside it, which the answer must leave out').toBeGreaterThanOrEqual(1);

    await openBlocYear(2022);
    const group = page.locator('#khen-thuong ~ div, section:has(#khen-thuong) div').filter({ has: page.locator('h3', { hasText: /^Tập thể lao động xuất sắc/ }) }).first();
    const shown = await group.locator('li > a').allTextContents();
    expect(shown.map((name) => name.trim()).sort()).toEqual([...new Set(inBloc)].sort());
    for (const name of outside) expect(shown).not.toContain(name);
    // Each name links to its row on the year's board.
    const hrefs = await group.locator('li > a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(hrefs.every((href) => href?.startsWith('/bang-vang/2022/#'))).toBe(true);
  });

  it('searching a title or a body by the initials staff write (TTLĐXS, cstdcs, UBND) finds what its words find', async () => {
    const resultsFor = async (q: string) => {
      await page.goto(`${server.url}/tim-kiem/?${new URLSearchParams({ q })}`);
      await page.waitForFunction(() => {
        const text = document.querySelector('#trang-thai')?.textContent ?? '';
        return text !== '' && !text.startsWith('Đang');
      });
      return { status: (await page.locator('#trang-thai').textContent()) ?? '', hrefs: await page.locator('#ket-qua a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? '')) };
    };
    const cases = [
      ['TTLĐXS 2022', 'Tập thể lao động xuất sắc 2022', '(TTLĐXS: Tập thể lao động xuất sắc)'],
      ['cstdcs', 'Chiến sĩ thi đua cơ sở', '(cstdcs: Chiến sĩ thi đua cơ sở)'],
      // A body both ways: the boards write "Văn phòng HĐND và UBND huyện", its documents the words.
      ['UBND huyện Núi Xanh', 'Ủy ban nhân dân huyện Núi Xanh', '(UBND: Ủy ban nhân dân)'],
      ['Văn phòng HĐND và UBND huyện Núi Xanh', 'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện Núi Xanh', '(HĐND: Hội đồng nhân dân; UBND: Ủy ban nhân dân)'],
    ];
    for (const [short, words, note] of cases) {
      const full = await resultsFor(words);
      expect(full.hrefs.length, words).toBeGreaterThan(0);
      const initials = await resultsFor(short);
      expect(initials.hrefs, short).toEqual(full.hrefs);
      expect(initials.status).toContain(note);
      // As many documents as the words find: not the pages of the query's other words alone.
      const count = (status: string) => Number(/^(\d+) văn bản/.exec(status)?.[1]);
      expect(count(initials.status), short).toBe(count(full.status));
    }
  });

  it('the bloc filter of the search narrows documents to the bloc’s members', async () => {
    const members = membersIn(2023);
    await page.goto(`${server.url}/tim-kiem/?${new URLSearchParams({ q: 'trực tuyến', nam: '2023', khoi: bloc.name })}`);
    await page.waitForFunction(() => {
      const text = document.querySelector('#trang-thai')?.textContent ?? '';
      return text !== '' && !text.startsWith('Đang');
    });
    expect(await page.locator('#loc-khoi').inputValue()).toBe(bloc.name);
    const hrefs = await page.locator('#ket-qua a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    const documents = [...new Set(hrefs.map((href) => href.replace(/#.*$/, '')).filter((href) => href.startsWith('/phong-trao/')))];
    expect(documents.length).toBeGreaterThan(0);
    const issuers = documents.map((url) => content.campaigns.find((entry) => `/phong-trao/${entry.id}/` === url)?.data.issuer);
    for (const issuer of issuers) expect(members).toContain(issuer);
  });
});

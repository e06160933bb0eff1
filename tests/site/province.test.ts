/**
 * A province's archive on the illustrative set (many bodies, blocs, years), and the shipped
 * single-body site left as it was: the directory of bodies, a body's page, the home page, a
 * year's documents by issuer, the targets page, body and bloc on every export row.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILT_SITE, DEMO_SITE } from '../setup/built-site';
import { readPage, selectAll, textAt } from '../support/html';
import { loadContentFiles } from '../../src/lib/content/load-files';

const { content } = loadContentFiles('tests/fixtures/demo/content');
const unitName = (id: string) => content.units.find((unit) => unit.id === id)!.data.name;
const links = (root: string, path: string) => selectAll('a', readPage(root, path).tree).map((a) => String(a.properties?.href));
const navLabels = (root: string) => selectAll('nav[aria-label="Mục chính"] a', readPage(root, 'index.html').tree).map((a) => (a.children[0] as { value?: string })?.value?.trim());
/** Bodies that issued a document, and the blocs. */
const issuers = [...new Set(content.campaigns.flatMap((entry) => (entry.data.issuer && !entry.data.bloc ? [entry.data.issuer] : [])))];
const newestYear = Math.max(...content.campaigns.map((entry) => entry.data.year));

describe('the illustrative set is a province’s archive', () => {
  it('has several bodies of two levels in two blocs', () => {
    const levels = new Set(issuers.map((id) => content.units.find((unit) => unit.id === id)!.data.level ?? 'province'));
    expect(issuers.length).toBeGreaterThanOrEqual(3);
    expect(levels.size).toBeGreaterThanOrEqual(2);
    expect(content.blocs.length).toBeGreaterThanOrEqual(2);
  });
});

describe('the directory of bodies', () => {
  const page = () => readPage(DEMO_SITE, 'don-vi/index.html');

  it('lists every body that publishes, under its level, each linked to its page, and no division', () => {
    const listed = selectAll('li[data-body]', page().tree).map((li) => String(li.properties?.dataBody));
    for (const id of issuers) expect(listed).toContain(id);
    const divisions = content.units.filter((unit) => unit.data.kind === 'division').map((unit) => unit.id);
    for (const id of divisions) expect(listed).not.toContain(id);
    expect(textAt(page(), 'main')).toContain('Cơ quan, đơn vị cấp tỉnh');
    expect(textAt(page(), 'main')).toContain('Huyện, thành phố');
    for (const id of issuers) expect(links(DEMO_SITE, 'don-vi/index.html')).toContain(`/don-vi/${id}/`);
  });

  it('lists each bloc with its members, head first', () => {
    const text = textAt(page(), '#theo-khoi ~ section, section:has(#theo-khoi)');
    for (const bloc of content.blocs) {
      const newest = [...bloc.data.years].sort((a, b) => b.year - a.year)[0];
      expect(text).toContain(bloc.data.name);
      for (const member of newest.members) expect(text).toContain(unitName(member));
    }
  });

  it('is in the navigation of a province’s archive and not of a single body’s site, which has no directory', () => {
    expect(navLabels(DEMO_SITE)).toEqual(expect.arrayContaining(['Cơ quan', 'Khối thi đua']));
    expect(navLabels(BUILT_SITE)).toEqual(['Trang chủ', 'Các năm', 'Chỉ thị', 'Mục tiêu', 'Bảng vàng']);
    expect(existsSync(join(BUILT_SITE, 'don-vi/index.html'))).toBe(false);
  });
});

describe('a body’s page', () => {
  it('lists its documents year by year, with their targets and its place in its bloc', () => {
    for (const id of issuers) {
      const page = readPage(DEMO_SITE, `don-vi/${id}/index.html`);
      const own = content.campaigns.filter((entry) => entry.data.issuer === id && !entry.data.bloc);
      for (const entry of own) expect(links(DEMO_SITE, `don-vi/${id}/index.html`)).toContain(`/phong-trao/${entry.id}/`);
      for (const bloc of content.blocs) {
        for (const year of bloc.data.years.filter((entry) => entry.members.includes(id))) {
          const line = selectAll(`[data-bloc-year="${year.year}"]`, page.tree);
          expect(line.length, `${id} ${year.year}`).toBe(1);
          expect(links(DEMO_SITE, `don-vi/${id}/index.html`)).toContain(`/khoi-thi-dua/${bloc.id}/${year.year}/`);
        }
      }
    }
  });
});

describe('the home page of a province’s archive', () => {
  it('shows the newest year’s launch documents of every body, bloc by bloc, with each bloc’s covenant', () => {
    const home = links(DEMO_SITE, 'index.html');
    const launches = content.campaigns.filter((entry) => entry.data.year === newestYear && entry.data.role === 'launch' && !entry.data.bloc);
    expect(launches.length).toBeGreaterThanOrEqual(3);
    for (const entry of launches) expect(home).toContain(`/phong-trao/${entry.id}/`);
    for (const bloc of content.blocs) {
      const covenant = bloc.data.years.find((entry) => entry.year === newestYear)?.covenant;
      if (covenant) expect(home).toContain(`/phong-trao/${covenant}/`);
      expect(home).toContain(`/khoi-thi-dua/${bloc.id}/${newestYear}/`);
    }
    expect(textAt(readPage(DEMO_SITE, 'index.html'), 'h1')).toBe(`Phong trào thi đua năm ${newestYear}`);
  });

  it('gives each bloc’s latest decided result', () => {
    const text = textAt(readPage(DEMO_SITE, 'index.html'), '#ket-qua-khoi ~ ul');
    for (const bloc of content.blocs) {
      const decided = [...bloc.data.years].filter((entry) => entry.outcome).sort((a, b) => b.year - a.year)[0];
      if (!decided) continue;
      const first = decided.outcome!.ranking.filter((row) => row.rank === 1).map((row) => unitName(row.unit));
      for (const name of first) expect(text).toContain(name);
    }
  });

  it('stays the single body’s current campaign on the shipped site', () => {
    expect(textAt(readPage(BUILT_SITE, 'index.html'), '#phong-trao-hien-tai')).toBe('Phong trào thi đua năm 2023');
  });
});

describe('a year of a province’s archive', () => {
  it('groups its documents by the body or bloc that issued them, without one body’s theme as the year’s', () => {
    const page = readPage(DEMO_SITE, `phong-trao/${newestYear}/index.html`);
    const headings = selectAll('main h3', page.tree).map((h) => textAt({ ...page, tree: { type: 'root', children: [h] } }, 'h3'));
    for (const id of issuers.filter((id) => content.campaigns.some((entry) => entry.data.issuer === id && entry.data.year === newestYear))) expect(headings).toContain(unitName(id));
    expect(selectAll('main .lead', page.tree)).toHaveLength(0);
  });
});

describe('the targets page of a province’s archive', () => {
  it('shows targets several bodies set in the newest year, each with the bodies, and never mixes bodies across years', () => {
    const page = readPage(DEMO_SITE, 'muc-tieu/index.html');
    const details = selectAll('details[data-metric]', page.tree);
    expect(details.length).toBeGreaterThan(0);
    expect(selectAll('#so-sanh', page.tree)).toHaveLength(0);
  });

  it('keeps the single body’s site’s targets page year by year', () => {
    const page = readPage(BUILT_SITE, 'muc-tieu/index.html');
    expect(selectAll('details[data-metric]', page.tree)).toHaveLength(0);
    expect(selectAll('#nam-2023', page.tree)).toHaveLength(1);
  });
});

describe('open data across bodies and blocs', () => {
  const read = (name: string) => JSON.parse(readFileSync(join(DEMO_SITE, `du-lieu/${name}.json`), 'utf8')) as { rows: Record<string, unknown>[] };
  const membership = (body: string, year: number) => content.blocs.find((bloc) => bloc.data.years.some((entry) => entry.year === year && entry.members.includes(body)))?.id ?? null;

  it('names the body and its bloc that year on every document, item, target and citation row', () => {
    for (const name of ['phong-trao', 'noi-dung', 'muc-tieu', 'dan-chieu']) {
      const { rows } = read(name);
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        const id = String(row.id ?? row.campaignId);
        const entry = content.campaigns.find((candidate) => candidate.id === id)!;
        expect(row.bodyId, `${name} ${id}`).toBe(entry.data.issuer);
        expect(row.blocId, `${name} ${id}`).toBe(entry.data.bloc ?? (entry.data.issuer ? membership(entry.data.issuer, entry.data.year) : null));
      }
    }
  });

  it('names the honoured unit’s body and bloc on every honour row, and the citing bodies on every directive row', () => {
    const rows = read('bang-vang').rows;
    expect(rows.some((row) => row.blocId !== null)).toBe(true);
    for (const row of rows) if (row.blocId) expect(content.blocs.map((bloc) => bloc.id)).toContain(row.blocId);
    for (const row of read('chi-thi').rows) expect(Array.isArray(row.bodyIds) && Array.isArray(row.blocIds)).toBe(true);
  });

  it('publishes the new columns in the JSON Schemas', () => {
    for (const name of ['phong-trao', 'noi-dung', 'muc-tieu', 'dan-chieu', 'bang-vang']) {
      const schema = JSON.parse(readFileSync(join(DEMO_SITE, `du-lieu/schema/${name}.schema.json`), 'utf8'));
      const properties = Object.keys(schema.definitions[name].properties.rows.items.properties);
      expect(properties).toEqual(expect.arrayContaining(['bodyId', 'bodyName', 'blocId', 'blocName']));
    }
  });
});

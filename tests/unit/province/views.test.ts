/** What the province's pages show, from small content: the bloc's shared targets and members' honours, a body's years, the directory, the home page, a year's documents by issuer, the targets page. */
import { describe, expect, it } from 'vitest';
import { membersHonours, sideBySide } from '../../../src/lib/blocs/view';
import { toCampaignDocument, type CampaignDocument } from '../../../src/lib/campaigns/document';
import { buildHonourBoards } from '../../../src/lib/honours/board';
import { bodyOf } from '../../../src/lib/province/bodies';
import { bodyYears } from '../../../src/lib/province/body-view';
import { directoryBlocs, directoryGroups } from '../../../src/lib/province/directory';
import { provinceHome } from '../../../src/lib/province/home';
import { membershipIndex } from '../../../src/lib/province/membership';
import { documentsByOwner } from '../../../src/lib/province/owners';
import { sharedTargets } from '../../../src/lib/province/targets';
import { targetResult } from '../../../src/lib/targets/results';
import { blocSchema } from '../../../src/schemas/bloc';
import { unitSchema, type UnitData } from '../../../src/schemas/unit';
import { campaignEntry } from '../../support/content';
import { TITLES, collective, honourYear, person } from '../honours/factories';

const TARGETS_BODY = (items: string[]) => `## I. MỤC ĐÍCH\n\nThi đua.\n\n## II. MỤC TIÊU\n\n${items.map((item, i) => `${i + 1}. ${item}`).join('\n')}\n`;
const ONLINE = 'Tỷ lệ hồ sơ thủ tục hành chính giải quyết trực tuyến đạt ít nhất 80%.';
const online = (status: 'met' | 'not-met', value: number) => ({ item: 1, metric: 'Tỷ lệ hồ sơ dịch vụ công trực tuyến', comparator: 'gte', value: 80, unit: 'percent', result: { status, value } });

function document(id: string, issuer: string, targets: unknown[] = [], items: string[] = [], more: Record<string, unknown> = {}): CampaignDocument {
  const year = Number(id.slice(0, 4));
  const built = toCampaignDocument(campaignEntry({ year, issuer, targets, subject: `PHONG TRÀO THI ĐUA NĂM ${year}`, issued: `${year}-01`, ...more }, items.length ? TARGETS_BODY(items) : '', id));
  // As the site does: each target's result from its annotation (no board facts here).
  return { ...built, targets: built.targets.map((target) => ({ ...target, result: targetResult(target.annotation, undefined) })) };
}

const units = new Map<string, UnitData>(
  Object.entries({
    'ubnd-tinh': { name: 'Ủy ban nhân dân tỉnh', level: 'province' },
    'so-noi-vu': { name: 'Sở Nội vụ', parent: 'ubnd-tinh' },
    'so-tu-phap': { name: 'Sở Tư pháp', parent: 'ubnd-tinh' },
    'ban-dan-toc': { name: 'Ban Dân tộc', parent: 'ubnd-tinh' },
    'van-phong-ban': { name: 'Văn phòng Ban', parent: 'ban-dan-toc', kind: 'division' },
    'ubnd-huyen': { name: 'Ủy ban nhân dân huyện Núi Xanh', parent: 'ubnd-tinh', level: 'district' },
    'phong-noi-vu-huyen': { name: 'Phòng Nội vụ huyện', parent: 'ubnd-huyen', kind: 'division' },
    'tinh-doan': { name: 'Tỉnh đoàn', kind: 'mass-organisation' },
  }).map(([id, data]) => [id, unitSchema.parse(data)]),
);
const name = (id: string) => units.get(id)?.name ?? id;
const bloc = {
  id: 'khoi-tham-muu',
  data: blocSchema.parse({
    name: 'Khối thi đua các cơ quan tham mưu tổng hợp',
    shortName: 'Khối CQTMTH',
    establishedBy: 'ubnd-tinh',
    years: [
      { year: 2022, members: ['so-noi-vu', 'so-tu-phap', 'ban-dan-toc'], head: 'so-tu-phap', outcome: { decidedBy: 'Biên bản', ranking: [{ unit: 'so-tu-phap', rank: 1 }, { unit: 'so-noi-vu', rank: 2 }, { unit: 'ban-dan-toc', rank: 3 }], proposedForFlag: ['so-tu-phap'] } },
      { year: 2023, members: ['so-noi-vu', 'so-tu-phap', 'ban-dan-toc'], head: 'so-noi-vu', deputy: 'ban-dan-toc', covenant: '2023/khoi-tham-muu/giao-uoc' },
    ],
  }),
};
const documents = [
  document('2023/so-noi-vu/phat-dong', 'so-noi-vu', [online('met', 86)], [ONLINE]),
  document('2023/so-tu-phap/phat-dong', 'so-tu-phap', [online('not-met', 71)], [ONLINE]),
  document('2023/ban-dan-toc/phat-dong', 'ban-dan-toc', [{ item: 1, metric: 'Số lớp tập huấn', comparator: 'gte', value: 2, unit: 'count' }], ['Tổ chức ít nhất 02 lớp tập huấn.']),
  document('2023/ubnd-huyen/phat-dong', 'ubnd-huyen', [online('met', 90)], [ONLINE]),
  document('2023/khoi-tham-muu/giao-uoc', 'so-noi-vu', [], [], { bloc: 'khoi-tham-muu', role: 'covenant', documentType: 'GIAO ƯỚC', subject: 'THI ĐUA NĂM 2023' }),
  document('2022/so-noi-vu/phat-dong', 'so-noi-vu'),
];
const members = ['so-noi-vu', 'so-tu-phap', 'ban-dan-toc'].map((id) => ({ id, name: name(id), document: documents.find((d) => d.data.issuer === id && d.year === 2023 && !d.data.bloc) }));

describe('a bloc year', () => {
  it('sets side by side the targets two or more members set, matched by metric, with no cell for a member without it', () => {
    const [row, ...others] = sideBySide(members);
    expect(others).toEqual([]);
    expect(row.label).toBe('Tỷ lệ hồ sơ dịch vụ công trực tuyến');
    expect(row.cells.map((cell) => cell && [cell.result.status, cell.result.value])).toEqual([['met', 86], ['not-met', 71], undefined]);
  });

  it("gathers the members' honours (the body, its divisions, its people) and leaves out other bodies'", () => {
    const [board] = buildHonourBoards(
      [honourYear(2022, [{ rows: [collective('Tập thể lao động xuất sắc', 'van-phong-ban'), collective('Tập thể lao động xuất sắc', 'phong-noi-vu-huyen'), collective('Tập thể lao động xuất sắc', 'so-tu-phap'), person('Lao động tiên tiến', 'Nông Văn An', 'so-noi-vu')] }])],
      TITLES,
      [...units].map(([id, data]) => ({ id, filePath: `content/units/${id}.yaml`, data })),
    );
    const groups = membersHonours(board, members, (id) => bodyOf(id, units));
    const excellent = groups.find((group) => group.title.name === 'Tập thể lao động xuất sắc');
    expect(excellent?.rows.map((row) => [row.name, row.member.id, row.unit])).toEqual([
      ['Sở Tư pháp', 'so-tu-phap', undefined],
      ['Văn phòng Ban', 'ban-dan-toc', 'Văn phòng Ban'],
    ]);
    expect(groups.flatMap((group) => group.rows).some((row) => row.name.includes('huyện'))).toBe(false);
    expect(membersHonours(undefined, members, (id) => id)).toEqual([]);
  });
});

describe("a body's page", () => {
  it('lists its years with documents and its bloc place, newest first, a year in a bloc without documents kept', () => {
    const index = membershipIndex([bloc]);
    const years = bodyYears('so-tu-phap', documents, index.of('so-tu-phap'));
    expect(years.map((year) => [year.year, year.documents.length, year.membership?.role, year.membership?.rank])).toEqual([
      [2023, 1, 'member', undefined],
      [2022, 0, 'head', 1],
    ]);
  });
});

describe('the directory of bodies', () => {
  it('groups bodies by level and kind, leaves divisions out, and gives each its years and newest bloc', () => {
    const groups = directoryGroups(units, documents, membershipIndex([bloc]));
    expect(groups.map((group) => [group.key, group.bodies.map((body) => body.id)])).toEqual([
      ['province', ['ban-dan-toc', 'so-noi-vu', 'so-tu-phap', 'ubnd-tinh']],
      ['district', ['ubnd-huyen']],
      ['mass-organisation', ['tinh-doan']],
    ]);
    const noiVu = groups[0].bodies.find((body) => body.id === 'so-noi-vu');
    expect([noiVu?.years, noiVu?.bloc?.shortName, noiVu?.bloc?.year]).toEqual([[2023, 2022], 'Khối CQTMTH', 2023]);
  });

  it('lists each bloc with its newest members, head and deputy first', () => {
    const [entry] = directoryBlocs([bloc], name);
    expect([entry.year, entry.members.map((member) => member.role)]).toEqual([2023, ['head', 'deputy', 'member']]);
  });
});

describe("a province's home page", () => {
  it("shows the newest year bloc by bloc with the covenant, the bodies in no bloc, and each bloc's latest result", () => {
    const home = provinceHome(documents, [bloc], name);
    expect(home.year).toBe(2023);
    expect(home.blocs[0].covenant?.url).toBe('/phong-trao/2023/khoi-tham-muu/giao-uoc/');
    expect(home.blocs[0].members.map((member) => [member.id, member.document?.url])).toEqual([
      ['ban-dan-toc', '/phong-trao/2023/ban-dan-toc/phat-dong/'],
      ['so-noi-vu', '/phong-trao/2023/so-noi-vu/phat-dong/'],
      ['so-tu-phap', '/phong-trao/2023/so-tu-phap/phat-dong/'],
    ]);
    expect(home.others.map((body) => body.id)).toEqual(['ubnd-huyen']);
    expect(home.results.map((result) => [result.year, result.first.map((unit) => unit.id)])).toEqual([[2022, ['so-tu-phap']]]);
  });
});

describe("a year's documents", () => {
  it('are grouped by the body or bloc that issued them, the blocs’ first', () => {
    const groups = documentsByOwner(documents.filter((d) => d.year === 2023), name, () => 'Khối CQTMTH');
    expect(groups.map((group) => [group.name, group.documents.length])).toEqual([
      ['Khối CQTMTH', 1],
      ['Ban Dân tộc', 1],
      ['Sở Nội vụ', 1],
      ['Sở Tư pháp', 1],
      ['Ủy ban nhân dân huyện Núi Xanh', 1],
    ]);
  });
});

describe("a province's targets page", () => {
  it("shows the newest year's targets shared by bodies, with how many met them", () => {
    const { year, rows } = sharedTargets(documents, name);
    expect(year).toBe(2023);
    expect(rows.map((row) => [row.label, row.entries.map((entry) => entry.id), row.met, row.notMet])).toEqual([
      ['Tỷ lệ hồ sơ dịch vụ công trực tuyến', ['so-noi-vu', 'so-tu-phap', 'ubnd-huyen'], 2, 1],
    ]);
  });
});

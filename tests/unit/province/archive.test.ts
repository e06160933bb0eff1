/** A province's archive: bodies and their levels, which bloc a body was in each year, and where each document's file may sit. */
import { describe, expect, it } from 'vitest';
import { checkDocumentFolders } from '../../../src/lib/content/folders';
import { checkReferences } from '../../../src/lib/content/references';
import { documentFolder, isProvinceArchive } from '../../../src/lib/province/archive';
import { bodyOf, directoryGroupOf, isBody, levelOf } from '../../../src/lib/province/bodies';
import { membershipIndex, roleNames } from '../../../src/lib/province/membership';
import { blocSchema } from '../../../src/schemas/bloc';
import { unitSchema, type UnitData } from '../../../src/schemas/unit';
import { campaignEntry, contentSet } from '../../support/content';

const units = new Map<string, UnitData>(
  Object.entries({
    'ubnd-tinh': { name: 'UBND tỉnh', level: 'province' },
    'so-tu-phap': { name: 'Sở Tư pháp', parent: 'ubnd-tinh' },
    'van-phong-so': { name: 'Văn phòng Sở', parent: 'so-tu-phap', kind: 'division' },
    'chi-bo-so': { name: 'Chi bộ Sở', parent: 'so-tu-phap', kind: 'party-cell' },
    'ubnd-huyen': { name: 'UBND huyện Núi Xanh', parent: 'ubnd-tinh', level: 'district' },
    'phong-noi-vu-huyen': { name: 'Phòng Nội vụ huyện', parent: 'ubnd-huyen', kind: 'division' },
    'ubnd-xa': { name: 'UBND xã Bản Mới', parent: 'ubnd-huyen', level: 'commune' },
    'tinh-uy': { name: 'Tỉnh ủy', kind: 'party' },
    'mat-tran': { name: 'Ủy ban MTTQ tỉnh', kind: 'mass-organisation' },
    'vong-a': { name: 'Vòng A', parent: 'vong-b', kind: 'division' },
    'vong-b': { name: 'Vòng B', parent: 'vong-a', kind: 'division' },
  }).map(([id, data]) => [id, unitSchema.parse(data)]),
);

describe('bodies of a province', () => {
  it('takes a level from the unit, else from its nearest ancestor, else the province', () => {
    expect(levelOf('ubnd-huyen', units)).toBe('district');
    expect(levelOf('phong-noi-vu-huyen', units)).toBe('district');
    expect(levelOf('ubnd-xa', units)).toBe('commune');
    expect(levelOf('so-tu-phap', units)).toBe('province');
    expect(levelOf('khong-co', units)).toBe('province');
  });

  it('finds the body a division or a Party cell belongs to, and stops on a loop', () => {
    expect(bodyOf('van-phong-so', units)).toBe('so-tu-phap');
    expect(bodyOf('chi-bo-so', units)).toBe('so-tu-phap');
    expect(bodyOf('phong-noi-vu-huyen', units)).toBe('ubnd-huyen');
    expect(bodyOf('so-tu-phap', units)).toBe('so-tu-phap');
    expect(bodyOf('vong-a', units)).toBe('vong-a');
    expect(isBody(units.get('van-phong-so')!)).toBe(false);
  });

  it('lists Party and mass organisations apart, State bodies by level', () => {
    expect(directoryGroupOf('tinh-uy', units)).toBe('party');
    expect(directoryGroupOf('mat-tran', units)).toBe('mass-organisation');
    expect(directoryGroupOf('ubnd-xa', units)).toBe('commune');
    expect(directoryGroupOf('so-tu-phap', units)).toBe('province');
  });
});

describe('bloc membership by year', () => {
  const bloc = {
    id: 'khoi-tham-muu',
    data: blocSchema.parse({
      name: 'Khối thi đua các cơ quan tham mưu tổng hợp',
      shortName: 'Khối CQTMTH',
      establishedBy: 'ubnd-tinh',
      years: [
        { year: 2022, members: ['so-tu-phap', 'so-noi-vu'], head: 'so-tu-phap', deputy: 'so-noi-vu', outcome: { decidedBy: 'Biên bản', ranking: [{ unit: 'so-noi-vu', rank: 1, score: 98 }, { unit: 'so-tu-phap', rank: 2 }], proposedForFlag: ['so-noi-vu'] } },
        { year: 2023, members: ['so-noi-vu', 'so-y-te'], head: 'so-noi-vu' },
      ],
    }),
  };
  const index = membershipIndex([bloc]);

  it('tells the bloc a body was in each year, and none in a year it was not', () => {
    expect(index.blocOf('so-tu-phap', 2022)?.shortName).toBe('Khối CQTMTH');
    expect(index.blocOf('so-tu-phap', 2023)).toBeUndefined();
    expect(index.blocOf('so-y-te', 2023)?.id).toBe('khoi-tham-muu');
  });

  it('gives each year its role, rank, score and proposals, newest first', () => {
    expect(index.of('so-noi-vu').map((m) => [m.year, m.role, m.rank, m.score, m.proposedForFlag])).toEqual([
      [2023, 'head', undefined, undefined, false],
      [2022, 'deputy', 1, 98, true],
    ]);
  });
});

describe('where a document file sits', () => {
  const fields = (id: string, overrides: Record<string, unknown>) => checkDocumentFolders(contentSet({ campaigns: [campaignEntry(overrides, '', id)] })).map((p) => [p.field, p.found]);

  it('accepts a body publishing alone, a body folder named for the issuer and a bloc folder named for the bloc', () => {
    expect(fields('2023/phat-dong', { issuer: 'so-tu-phap' })).toEqual([]);
    expect(fields('2023/so-tu-phap/phat-dong', { issuer: 'so-tu-phap' })).toEqual([]);
    expect(fields('2023/khoi-tham-muu/giao-uoc', { issuer: 'so-noi-vu', bloc: 'khoi-tham-muu', role: 'covenant' })).toEqual([]);
  });

  it("reports a folder that is not the issuer's, with the issuer's folder as the fix", () => {
    const [problem] = checkDocumentFolders(contentSet({ campaigns: [campaignEntry({ issuer: 'so-noi-vu' }, '', '2023/so-tu-phap/phat-dong')] }));
    expect(problem.field).toBe('issuer');
    expect(problem.expected).toContain('"so-tu-phap"');
    expect(problem.fix).toContain('content/campaigns/2023/so-noi-vu/phat-dong.mdx');
  });

  it('reports a folder under a body folder, and a bloc document in the wrong folder', () => {
    expect(fields('2023/so-tu-phap/cu/phat-dong', { issuer: 'so-tu-phap' })).toEqual([['issuer', 'thư mục "so-tu-phap/cu"']]);
    expect(fields('2023/so-noi-vu/giao-uoc', { issuer: 'so-tu-phap', bloc: 'khoi-tham-muu' })).toEqual([['bloc', '"khoi-tham-muu"']]);
  });

  it('reports a bloc the content does not have', () => {
    const problems = checkReferences(contentSet({ campaigns: [campaignEntry({ bloc: 'khoi-khong-co', issuer: 'ban-dan-toc' })] }));
    expect(problems.map((p) => p.field)).toContain('bloc');
  });
});

describe('a province archive or a body publishing alone', () => {
  it('is a province with blocs or with documents of two bodies', () => {
    expect(isProvinceArchive({ blocs: [], campaigns: [campaignEntry({ issuer: 'ban-dan-toc' }), campaignEntry({ issuer: 'ban-dan-toc' }, '', '2024/phat-dong')] })).toBe(false);
    expect(isProvinceArchive({ blocs: [], campaigns: [campaignEntry({ issuer: 'ban-dan-toc' }), campaignEntry({ issuer: 'so-tu-phap' }, '', '2023/so-tu-phap/phat-dong')] })).toBe(true);
  });
});

describe('the folder an imported document goes in', () => {
  it('is the year while one body publishes alone, the body folder once two bodies publish or blocs exist', () => {
    const alone = { blocs: [], campaigns: [campaignEntry({ issuer: 'ban-dan-toc' })] };
    expect(documentFolder(2024, 'ban-dan-toc', alone)).toBe('2024');
    expect(documentFolder(2024, 'so-tu-phap', alone)).toBe('2024/so-tu-phap');
    expect(documentFolder(2024, null, alone)).toBe('2024');
  });
});

describe('what a bloc calls its head and deputy', () => {
  it('is cụm trưởng and cụm phó in a cụm, khối trưởng and khối phó in a khối', () => {
    expect(roleNames('Cụm thi đua các huyện').head).toBe('Cụm trưởng');
    expect(roleNames('Khối thi đua các cơ quan tham mưu tổng hợp').deputy).toBe('Khối phó');
  });
});

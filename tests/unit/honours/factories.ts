/** Small builders for honour tests: the demo catalogue, units and honour year entries. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { ContentEntry, ContentSet } from '../../../src/lib/content/types';
import type { HonourRowData, HonourYearData } from '../../../src/schemas/honour';
import { honourYearSchema } from '../../../src/schemas/honour';
import type { TitleData } from '../../../src/schemas/title';
import { titleSchema } from '../../../src/schemas/title';
import type { UnitData } from '../../../src/schemas/unit';
import { directiveSchema } from '../../../src/schemas/directive';
import { DEMO_ROOT } from './demo-content';

/** The real catalogue of titles (the demo set's copy of content/titles.yaml). */
export const TITLES: ContentEntry<TitleData>[] = (parse(readFileSync(`${DEMO_ROOT}/titles.yaml`, 'utf8')) as unknown[]).map((raw) => {
  const data = titleSchema.parse(raw);
  return { id: data.id, filePath: 'content/titles.yaml', data };
});

/** A unit entry. */
export function unit(id: string, name: string, parent?: string): ContentEntry<UnitData> {
  return { id, filePath: `content/units/${id}.yaml`, data: { name, parent, kind: parent ? 'division' : 'agency' } };
}

export const UNITS = [
  unit('ban-dan-toc', 'Ban Dân tộc tỉnh Minh Họa'),
  unit('van-phong', 'Văn phòng Ban', 'ban-dan-toc'),
  unit('phong-chinh-sach', 'Phòng Chính sách dân tộc', 'ban-dan-toc'),
  unit('thanh-tra', 'Thanh tra Ban', 'ban-dan-toc'),
];

/** A collective row. */
export const collective = (title: string, unitId: string): HonourRowData => ({ title, recipient: { kind: 'collective', unit: unitId } });

/** An individual row. */
export const person = (title: string, name: string, unitId?: string, position?: string): HonourRowData => ({
  title,
  recipient: { kind: 'individual', name, unit: unitId, position },
});

/** A household row. */
export const household = (title: string, name: string, address?: string): HonourRowData => ({ title, recipient: { kind: 'household', name, address } });

/** Decision fields with a row list. */
export interface DecisionInput {
  symbol?: string;
  issued?: string;
  issuer?: string;
  rows: HonourRowData[];
}

/** An honour year entry at content/honours/<year>.yaml (or another file name), validated by its schema. */
export function honourYear(year: number, decisions: DecisionInput[], fileName = `${year}.yaml`): ContentEntry<HonourYearData> {
  const data = honourYearSchema.parse({
    year,
    decisions: decisions.map((decision) => ({ issued: `${year + 1}-01-10`, issuer: 'Trưởng ban Ban Dân tộc tỉnh Minh Họa', ...decision })),
  });
  return { id: fileName.replace(/\.yaml$/, ''), filePath: `content/honours/${fileName}`, data };
}

/** A content set with the real catalogue, the test units, the law directives and the given honour files. */
export function honourContent(...honours: ContentEntry<HonourYearData>[]): ContentSet {
  const law = (id: string, symbol: string) => ({
    id,
    filePath: `content/directives/${id}.yaml`,
    data: directiveSchema.parse({ kind: 'Luật', symbol, title: 'Luật Thi đua, khen thưởng', issuer: 'Quốc hội' }),
  });
  return {
    campaigns: [],
    directives: [law('luat-15-2003-qh11', '15/2003/QH11'), law('luat-06-2022-qh15', '06/2022/QH15')],
    honours,
    units: UNITS,
    titles: TITLES,
    blocs: [],
  };
}

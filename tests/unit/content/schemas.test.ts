import { describe, expect, it } from 'vitest';
import { campaignSchema } from '../../../src/schemas/campaign';
import { directiveSchema } from '../../../src/schemas/directive';
import { honourYearSchema } from '../../../src/schemas/honour';
import { campaignFrontmatter } from '../../support/content';

/** The dotted paths of the fields a schema rejects. */
function rejectedFields(result: { success: boolean; error?: { issues: { path: (string | number)[] }[] } }): string[] {
  expect(result.success).toBe(false);
  return (result.error?.issues ?? []).map((issue) => issue.path.join('.'));
}

describe('campaign frontmatter schema', () => {
  it('accepts the shape of the 2023 launch document, number unknown and day blank', () => {
    const data = campaignSchema.parse(campaignFrontmatter());
    expect(data.number).toBeNull();
    expect(data.issued).toBe('2023-01');
    expect(data.recipients).toEqual([]);
  });

  it.each([
    ['year as a string', { year: '2023' }, 'year'],
    ['a missing signer', { signer: undefined }, 'signer'],
    ['a signer without position', { signer: { name: 'Bế Văn Hùng' } }, 'signer.position'],
    ['a date in the Vietnamese order', { issued: '05/01/2023' }, 'issued'],
    ['a month 13', { issued: '2023-13' }, 'issued'],
    ['a number that is not digits', { number: 'năm' }, 'number'],
    ['an unknown document role', { role: 'khác' }, 'role'],
    ['an unknown authority prefix', { signer: { prefix: 'PT.', position: 'TRƯỞNG BAN' } }, 'signer.prefix'],
    ['an issuer id with diacritics', { issuer: 'ban-dân-tộc' }, 'issuer'],
    ['a measurable target without comparator', { targets: [{ item: 1, metric: 'Hoàn thành', value: 100, unit: 'percent' }] }, 'targets.0.comparator'],
    ['a target with an unknown unit', { targets: [{ item: 1, metric: 'x', comparator: 'eq', value: 1, unit: 'người' }] }, 'targets.0.unit'],
  ])('rejects %s, naming the field', (_, overrides, field) => {
    expect(rejectedFields(campaignSchema.safeParse(campaignFrontmatter(overrides)))).toContain(field);
  });

  it('accepts a qualitative target without figures', () => {
    const data = campaignSchema.parse(campaignFrontmatter({ targets: [{ item: 4, metric: 'Cơ quan văn hóa', qualitative: true }] }));
    expect(data.targets[0].qualitative).toBe(true);
  });

  it('accepts null for what an incomplete copy does not state, but not a field left out of the file', () => {
    const unknown = { documentType: null, subject: null, symbol: null, issuer: null, place: null, issued: null, signer: null };
    expect(campaignSchema.safeParse(campaignFrontmatter(unknown)).success).toBe(true);
    for (const field of Object.keys(unknown)) {
      const data: Record<string, unknown> = campaignFrontmatter();
      delete data[field];
      expect(rejectedFields(campaignSchema.safeParse(data))).toContain(field);
    }
  });

  it('reads a YAML date (unquoted 2023-01-05) as the same partial-date string', () => {
    expect(campaignSchema.parse(campaignFrontmatter({ issued: new Date('2023-01-05') })).issued).toBe('2023-01-05');
  });
});

describe('directive and honour schemas', () => {
  it('rejects an unknown status and a non-URL link', () => {
    const fields = rejectedFields(
      directiveSchema.safeParse({ kind: 'Chỉ thị', title: 'x', issuer: 'Bộ Chính trị', status: 'valid', url: 'thuvienphapluat' }),
    );
    expect(fields).toEqual(expect.arrayContaining(['status', 'url']));
  });

  it('rejects a collective honour row without a unit and an individual without a name', () => {
    const fields = rejectedFields(
      honourYearSchema.safeParse({
        year: 2023,
        decisions: [
          {
            issued: '2024-01-10',
            issuer: 'Trưởng ban',
            rows: [
              { title: 'Tập thể lao động xuất sắc', recipient: { kind: 'collective' } },
              { title: 'Lao động tiên tiến', recipient: { kind: 'individual' } },
            ],
          },
        ],
      }),
    );
    expect(fields).toEqual(expect.arrayContaining(['decisions.0.rows.0.recipient.unit', 'decisions.0.rows.1.recipient.name']));
  });
});

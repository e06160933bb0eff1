import type { ContentEntry, ContentSet } from '../../src/lib/content/types';
import type { CampaignData } from '../../src/schemas/campaign';
import { campaignSchema } from '../../src/schemas/campaign';
import type { DirectiveData } from '../../src/schemas/directive';
import { directiveSchema } from '../../src/schemas/directive';
import type { TitleData } from '../../src/schemas/title';
import { titleSchema } from '../../src/schemas/title';
import { unitSchema } from '../../src/schemas/unit';

/** Raw frontmatter of a valid launch document, to be varied by each test. */
export function campaignFrontmatter(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    role: 'launch',
    year: 2023,
    documentType: 'PHÁT ĐỘNG',
    subject: 'PHONG TRÀO THI ĐUA NĂM 2023',
    number: null,
    symbol: 'PĐTĐ-BDT',
    issuer: 'ban-dan-toc',
    place: 'Cao Bằng',
    issued: '2023-01',
    signer: { position: 'TRƯỞNG BAN', name: 'Bế Văn Hùng' },
    ...overrides,
  };
}

/** A campaign entry as Astro would hand it over after schema validation. */
export function campaignEntry(overrides: Record<string, unknown> = {}, body = '', id = '2023/phat-dong'): ContentEntry<CampaignData> {
  return { id, filePath: `content/campaigns/${id}.mdx`, data: campaignSchema.parse(campaignFrontmatter(overrides)), body };
}

/** A directive entry. */
export function directiveEntry(id: string, overrides: Record<string, unknown> = {}): ContentEntry<DirectiveData> {
  const data = directiveSchema.parse({ kind: 'Luật', title: 'Luật Thi đua, khen thưởng', issuer: 'Quốc hội', ...overrides });
  return { id, filePath: `content/directives/${id}.yaml`, data };
}

/** A title catalogue entry. */
export function titleEntry(id: string, overrides: Partial<TitleData> = {}): ContentEntry<TitleData> {
  const data = titleSchema.parse({
    id,
    name: id,
    category: 'title',
    recipients: ['collective'],
    rank: 1,
    level: 'grassroots',
    validFrom: 2004,
    ...overrides,
  });
  return { id, filePath: 'content/titles.yaml', data };
}

/** A content set with one unit and nothing else; tests add what they need. */
export function contentSet(overrides: Partial<ContentSet> = {}): ContentSet {
  return {
    campaigns: [],
    directives: [],
    honours: [],
    units: [{ id: 'ban-dan-toc', filePath: 'content/units/ban-dan-toc.yaml', data: unitSchema.parse({ name: 'Ban Dân tộc' }) }],
    titles: [],
    blocs: [],
    ...overrides,
  };
}

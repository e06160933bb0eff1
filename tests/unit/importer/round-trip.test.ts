import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkCampaignBody } from '../../../src/lib/content/campaign-rules';
import { importDocument, readSource, type ImportResult } from '../../../src/lib/importer';
import { parseOutline } from '../../../src/lib/outline';
import { campaignSchema } from '../../../src/schemas/campaign';
import { CAMPAIGN_2023, SEED_PATH, readSeed, wordsOf } from '../../support/seed';
import { CONTEXT, docxFromText, splitMdx } from '../../support/importer';

const handWritten = splitMdx(readFileSync(CAMPAIGN_2023, 'utf8'));

/** The seed's body: after the title lines, up to the recipients list. */
function seedBodyWords(): string[] {
  const seed = readSeed();
  const start = seed.indexOf('Phát huy những kết quả');
  const end = seed.indexOf('Nơi nhận:');
  return wordsOf(seed.slice(start, end));
}

/** Fields the seed states, which the import must get exactly as the hand-written file has them. */
const STATED = ['role', 'year', 'documentType', 'subject', 'number', 'symbol', 'issuer', 'place', 'issued', 'theme', 'signer', 'recipients'];

function expectMatchesHandWritten(result: ImportResult): void {
  const { data, body } = splitMdx(result.mdx);
  for (const field of STATED) expect({ field, value: data[field] }).toEqual({ field, value: handWritten.data[field] });
  // metric is the author's free label; everything the target's wording states must agree.
  const withoutMetric = (targets: unknown) => (targets as Record<string, unknown>[]).map(({ metric: _metric, ...rest }) => rest);
  expect(withoutMetric(data.targets)).toEqual(withoutMetric(handWritten.data.targets));
  expect(body.replace(/\s+/g, ' ').trim()).toBe(handWritten.body.replace(/\s+/g, ' ').trim());
  // Section headings are Markdown headings; their words, and all others, are the seed's in order.
  expect(wordsOf(body.replace(/^## /gm, ''))).toEqual(seedBodyWords());
  expect(result.missing).toEqual([]);
}

describe('importing the 2023 seed', () => {
  it('as text gives the hand-written entry: every stated field, the body word for word', async () => {
    const source = await readSource(readFileSync(SEED_PATH), 'seed.txt');
    expectMatchesHandWritten(importDocument(source, 'seed.txt', CONTEXT));
  });

  it('as a Word file built from the same text (bold runs where the seed has **…**) gives the same entry', async () => {
    const source = await readSource(await docxFromText(readSeed()), 'seed.docx');
    const result = importDocument(source, 'seed.docx', CONTEXT);
    expectMatchesHandWritten(result);
    expect(result.body).toContain('**“Đoàn kết, kỷ cương, chủ động, sáng tạo, thi đua hoàn thành xuất sắc nhiệm vụ năm 2023”**');
  });

  it('passes the campaign schema and the body rules the build runs', async () => {
    const source = await readSource(readFileSync(SEED_PATH), 'seed.txt');
    const result = importDocument(source, 'seed.txt', CONTEXT);
    const data = campaignSchema.parse(splitMdx(result.mdx).data);
    const entry = { id: '2023/phat-dong-thi-dua-2023', filePath: 'content/campaigns/2023/phat-dong-thi-dua-2023.mdx', data, body: result.body };
    expect(checkCampaignBody(entry, parseOutline(result.body))).toEqual([]);
    expect(result.slug).toBe('phat-dong-thi-dua-2023');
  });

  it('reads the same outline as the hand-written body: sections, printed numbers, anchors', async () => {
    const source = await readSource(readFileSync(SEED_PATH), 'seed.txt');
    const outline = parseOutline(importDocument(source, 'seed.txt', CONTEXT).body);
    const shape = (o: typeof outline) => o.sections.map((s) => [s.numeral, s.role, s.items.map((i) => i.anchor)]);
    expect(shape(outline)).toEqual(shape(parseOutline(handWritten.body)));
  });

  it('says where the issuer came from when the copy has no header, and --issuer overrides it', async () => {
    const source = await readSource(readFileSync(SEED_PATH), 'seed.txt');
    expect(importDocument(source, 'seed.txt', CONTEXT).warnings.join('\n')).toContain('suy ra "ban-dan-toc-cao-bang"');
    expect(importDocument(source, 'seed.txt', CONTEXT, { issuer: 'ubnd-tinh-cao-bang' }).data.issuer).toBe('ubnd-tinh-cao-bang');
  });
});

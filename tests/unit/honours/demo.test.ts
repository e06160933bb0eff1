/** The illustrative content set is valid content: every schema, every cross-file rule, every honour rule. */
import { describe, expect, it } from 'vitest';
import { toCampaignDocument } from '../../../src/lib/campaigns/document';
import { checkCampaignBody } from '../../../src/lib/content/campaign-rules';
import { formatProblems } from '../../../src/lib/content/format';
import { checkReferences } from '../../../src/lib/content/references';
import { buildHonourBoards } from '../../../src/lib/honours/board';
import { checkHonours } from '../../../src/lib/honours/check';
import { unitHistory } from '../../../src/lib/honours/history';
import { loadDemoContent } from './demo-content';

const content = loadDemoContent();

describe('illustrative content set (tests/fixtures/demo/content)', () => {
  it('has a launch document of the first body for each year 2021–2024, other bodies’ in their folders, and honour files for 2021–2023', () => {
    const first = content.campaigns.filter((entry) => entry.id.split('/').length === 2);
    expect(first.map((entry) => [entry.data.year, entry.data.role, entry.data.issuer])).toEqual([2021, 2022, 2023, 2024].map((year) => [year, 'launch', 'ban-dan-toc-minh-hoa']));
    for (const entry of content.campaigns.filter((candidate) => candidate.id.split('/').length === 3)) {
      expect([entry.data.issuer, entry.data.bloc]).toContain(entry.id.split('/')[1]);
    }
    expect(content.honours.map((entry) => entry.data.year)).toEqual([2021, 2022, 2023]);
  });

  it('labels its body as made up', () => {
    const body = content.units.find((unit) => unit.id === 'ban-dan-toc-minh-hoa');
    expect(body?.data.name).toContain('(dữ liệu minh họa)');
  });

  it('passes checkReferences, checkCampaignBody and checkHonours with no problem', () => {
    const problems = [
      ...checkReferences(content),
      ...content.campaigns.flatMap((entry) => checkCampaignBody(entry, toCampaignDocument(entry).outline)),
      ...checkHonours(content),
    ];
    expect(problems, problems.length ? formatProblems(problems) : '').toEqual([]);
  });

  it('annotates every target item of every launch document', () => {
    for (const entry of content.campaigns) {
      const document = toCampaignDocument(entry);
      expect(document.targets.map((target) => target.annotation?.item), entry.id).toEqual(document.targets.map((target) => target.item.number));
    }
  });

  it('gives Phòng Chính sách dân tộc three years running of Tập thể lao động xuất sắc', () => {
    const boards = buildHonourBoards(content.honours, content.titles, content.units);
    expect(unitHistory('phong-chinh-sach-dan-toc', boards).streaks.map((streak) => streak.label)).toEqual([
      '3 năm liên tục Tập thể lao động xuất sắc (2021–2023)',
    ]);
  });

  it('writes "Chiến sỹ thi đua cơ sở" somewhere, shown under the canonical name', () => {
    const written = content.honours.flatMap((entry) => entry.data.decisions.flatMap((decision) => decision.rows.map((row) => row.title)));
    expect(written).toContain('Chiến sỹ thi đua cơ sở');
    const boards = buildHonourBoards(content.honours, content.titles, content.units);
    const names = boards.flatMap((board) => board.groups.map((group) => group.title.name));
    expect(names).toContain('Chiến sĩ thi đua cơ sở');
    expect(names).not.toContain('Chiến sỹ thi đua cơ sở');
  });
});

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useFreshCacheFolder } from '../../support/cache-folder';
import { bodyChecksPath, keptBodyProblems } from '../../../src/data/body-checks-cache';
import { checkCampaignBodies } from '../../../src/lib/content/rules';
import { campaignEntry, contentSet } from '../../support/content';

describe('one-body checks kept between builds, by the entry’s digest and path', () => {
  const body = 'Chủ đề **“Đoàn kết, kỷ cương”** như sau:\n\n## II. MỤC TIÊU\n\n1. Phấn đấu 100% công chức.\n';
  useFreshCacheFolder('kiem-tra-');

  it('keeps the problems a build found, and a later build reads them instead of checking', () => {
    const entry = campaignEntry({ targets: [] }, body);
    const context = { bodyLineOffset: () => 10, keptBodyProblems: keptBodyProblems(() => 'khoa-1', 'ma-1') };
    const first = checkCampaignBodies(contentSet({ campaigns: [entry] }), context);
    expect(first.map((problem) => problem.found)).toEqual(['mục tiêu 1 chưa có chú thích']);
    expect(JSON.parse(readFileSync(bodyChecksPath('khoa-1'), 'utf8')).problems).toEqual(first);
    // The later build reports the kept problems: a marked copy shows it was not checked again.
    writeFileSync(bodyChecksPath('khoa-1'), JSON.stringify({ filePath: entry.filePath, code: 'ma-1', problems: [{ ...first[0], found: 'ĐÃ GIỮ' }] }));
    expect(checkCampaignBodies(contentSet({ campaigns: [entry] }), context).map((problem) => problem.found)).toEqual(['ĐÃ GIỮ']);
    // Other code (src/data turns body lines into file lines): checked again.
    const changed = { bodyLineOffset: () => 20, keptBodyProblems: keptBodyProblems(() => 'khoa-1', 'ma-2') };
    expect(checkCampaignBodies(contentSet({ campaigns: [entry] }), changed).map((problem) => problem.found)).toEqual(['mục tiêu 1 chưa có chú thích']);
  });

  it('checks again a file kept under another path (moved, so its year folder may differ), or unreadable', () => {
    const entry = campaignEntry({ targets: [] }, body);
    const kept = keptBodyProblems(() => 'khoa-2', 'ma-1');
    mkdirSync(dirname(bodyChecksPath('khoa-2')), { recursive: true });
    writeFileSync(bodyChecksPath('khoa-2'), JSON.stringify({ filePath: 'content/campaigns/1999/khac.mdx', code: 'ma-1', problems: [] }));
    expect(kept(entry, () => [{ file: entry.filePath, field: 'year', expected: 'a', found: 'b', fix: 'c' }])).toHaveLength(1);
    expect(JSON.parse(readFileSync(bodyChecksPath('khoa-2'), 'utf8')).filePath).toBe(entry.filePath);
    writeFileSync(bodyChecksPath('khoa-2'), '{"filePath": ');
    expect(kept(entry, () => [])).toEqual([]);
  });

  it('keeps nothing for an entry without a digest, or outside a build (no code digest)', () => {
    const entry = campaignEntry({ targets: [] }, body);
    const problems = checkCampaignBodies(contentSet({ campaigns: [entry] }), { bodyLineOffset: () => 0, keptBodyProblems: keptBodyProblems(() => undefined, 'ma-1') });
    expect(problems).toHaveLength(1);
    expect(existsSync(bodyChecksPath('undefined'))).toBe(false);
    checkCampaignBodies(contentSet({ campaigns: [entry] }), { bodyLineOffset: () => 0, keptBodyProblems: keptBodyProblems(() => 'khoa-3', undefined) });
    expect(existsSync(bodyChecksPath('khoa-3'))).toBe(false);
  });
});

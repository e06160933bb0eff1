import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECK_CACHE_FILE, openCheckCache } from '../../../src/data/check-cache';
import { checkContentFiles } from '../../../src/lib/content/check-files';
import { RULES } from '../../../src/lib/content/rules';

const DEMO = 'tests/fixtures/demo/content';
const LAUNCH_2021 = 'campaigns/2021/phat-dong-thi-dua-2021.mdx';
const LAUNCH_2022 = 'campaigns/2022/phat-dong-thi-dua-2022.mdx';

/** A copy of the demo content and an empty cache folder. */
function workspace() {
  const root = mkdtempSync(join(tmpdir(), 'thi-dua-check-cache-'));
  cpSync(DEMO, join(root, 'content'), { recursive: true });
  return { content: join(root, 'content'), cache: join(root, 'cache') };
}

function edit(file: string, from: string | RegExp, to: string): void {
  const text = readFileSync(file, 'utf8');
  const next = text.replace(from, to);
  expect(next).not.toBe(text);
  writeFileSync(file, next);
}

/** A check with the cache of `folder` for code `code`, saved; with how many values were found and computed. */
async function keptCheck(content: string, folder: string, code = 'code-a') {
  const cache = openCheckCache(folder, code);
  const { problems } = await checkContentFiles(content, RULES, process.cwd(), cache.memo);
  cache.save();
  return { problems, hits: cache.hits, misses: cache.misses };
}

describe('the content check keeps what each file gave between runs', () => {
  it('reads every file once, then reports the same problems from what it kept', async () => {
    const { content, cache } = workspace();
    // An impossible date and a misspelt field: problems that come from reading the YAML.
    edit(join(content, LAUNCH_2021), 'issued: "2021-01-18"', 'issued: "2021-02-30"\nisued: "2021-01-18"');
    const first = await keptCheck(content, cache);
    expect(first.hits).toBe(0);
    expect(first.misses).toBeGreaterThan(10);
    expect(first.problems.map((problem) => problem.field)).toEqual(expect.arrayContaining(['issued', 'isued']));

    const second = await keptCheck(content, cache);
    expect(second.misses).toBe(0);
    expect(second.hits).toBe(first.misses);
    expect(second.problems).toEqual(first.problems);
    // The same as a check that keeps nothing.
    expect(second.problems).toEqual((await checkContentFiles(content)).problems);
  });

  it('reads an edited file again, and only it', async () => {
    const { content, cache } = workspace();
    await keptCheck(content, cache);
    // A year that is not the folder's: found by the one-body rules, from the changed frontmatter.
    edit(join(content, LAUNCH_2022), /^year: 2022$/m, 'year: 2021');
    const after = await keptCheck(content, cache);
    expect(after.misses).toBe(2); // its YAML, and its body's rules
    expect(after.problems.some((problem) => problem.file.endsWith(LAUNCH_2022) && problem.field === 'year')).toBe(true);
    expect(after.problems).toEqual((await checkContentFiles(content)).problems);
  });

  it('computes everything again for other code', async () => {
    const { content, cache } = workspace();
    const first = await keptCheck(content, cache, 'code-a');
    const other = await keptCheck(content, cache, 'code-b');
    expect(other.hits).toBe(0);
    expect(other.misses).toBe(first.misses);
  });

  it('keeps only what JSON gives back exactly', () => {
    const { cache } = workspace();
    const writer = openCheckCache(cache, 'code');
    writer.memo(['date'], () => new Date(0));
    writer.memo(['infinite'], () => ({ value: Number.POSITIVE_INFINITY }));
    writer.memo(['plain'], () => ({ value: 1, list: ['a', null] }));
    writer.save();
    const reader = openCheckCache(cache, 'code');
    expect(reader.memo(['date'], () => 'computed')).toBe('computed');
    expect(reader.memo(['infinite'], () => 'computed')).toBe('computed');
    expect(reader.memo(['plain'], () => 'computed')).toEqual({ value: 1, list: ['a', null] });
  });

  it('drops values no run asked for, unless told to keep them', () => {
    const { cache } = workspace();
    const first = openCheckCache(cache, 'code');
    first.memo(['a'], () => 1);
    first.memo(['b'], () => 2);
    first.save();
    const partial = openCheckCache(cache, 'code');
    partial.memo(['a'], () => 0);
    partial.memo(['c'], () => 3);
    partial.save(false);
    const after = openCheckCache(cache, 'code');
    expect([after.memo(['a'], () => 0), after.memo(['b'], () => 0), after.memo(['c'], () => 0)]).toEqual([1, 2, 3]);
    after.memo(['a'], () => 0);
    const pruning = openCheckCache(cache, 'code');
    pruning.memo(['a'], () => 0);
    pruning.save();
    const last = openCheckCache(cache, 'code');
    expect([last.memo(['a'], () => 0), last.memo(['b'], () => 0)]).toEqual([1, 0]);
  });

  it('read only: uses what was kept, gathers and writes nothing', () => {
    const { cache } = workspace();
    const writer = openCheckCache(cache, 'code');
    writer.memo(['kept'], () => 'kept value');
    writer.save();
    const before = readFileSync(join(cache, CHECK_CACHE_FILE), 'utf8');
    const reader = openCheckCache(cache, 'code', true);
    expect(reader.memo(['kept'], () => 'computed')).toBe('kept value');
    expect(reader.memo(['new'], () => 'computed')).toBe('computed');
    reader.save();
    reader.save(false);
    expect(readFileSync(join(cache, CHECK_CACHE_FILE), 'utf8')).toBe(before);
    expect([reader.hits, reader.misses]).toEqual([1, 1]);
  });

  it('computes everything when the kept file is damaged', async () => {
    const { content, cache } = workspace();
    const first = await keptCheck(content, cache);
    writeFileSync(join(cache, CHECK_CACHE_FILE), '{"not json');
    const after = await keptCheck(content, cache);
    expect(after.hits).toBe(0);
    expect(after.problems).toEqual(first.problems);
  });
});

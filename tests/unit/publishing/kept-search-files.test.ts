/**
 * A rebuild's search index reuses the previous index's files (src/integrations/kept-search-files.ts):
 * what it writes must be, file for file and byte for byte, what a write into an empty folder gives,
 * and the files it reuses must be the kept ones, untouched (Pagefind leaves a file it finds).
 */
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexRecords, prepareIndexing } from '../../../src/integrations/search-index';
import { filesInUse, isNamedByContent } from '../../../src/integrations/kept-search-files';
import type { SearchRecord } from '../../../src/lib/search/records';

/** A small archive's records: documents with anchored items, over a few years and bodies. */
function records(changed?: { index: number; text: string }): SearchRecord[] {
  return Array.from({ length: 40 }, (_, i) => ({
    url: `/phong-trao/${2015 + (i % 5)}/co-quan-${i}/phat-dong-thi-dua/`,
    title: `Phát động phong trào thi đua năm ${2015 + (i % 5)} của cơ quan ${i}`,
    sections: [
      { anchor: null, heading: null, text: `Chủ đề: “Đoàn kết, kỷ cương, sáng tạo ${i}”` },
      { anchor: 'noi-dung-1', heading: '1.', text: changed?.index === i ? changed.text : `Thực hiện Chỉ thị số 34-CT/TW, nội dung thứ ${i} của văn bản` },
      { anchor: 'chi-tieu-1', heading: '1.', text: `Phấn đấu ${i * 3}% đơn vị đạt danh hiệu Tập thể lao động xuất sắc` },
    ],
    filters: { nam: [String(2015 + (i % 5))], loai: ['Phát động'], 'co-quan': [`Cơ quan ${i}`] },
    sort: { ngay: `${2015 + (i % 5)}-01-${String((i % 28) + 1).padStart(2, '0')}` },
  }));
}

/** Every file of an index folder (relative path → bytes). */
function filesOf(folder: string): Map<string, Buffer> {
  const root = join(folder, 'pagefind');
  return new Map(
    readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => [relative(root, join(entry.parentPath, entry.name)), readFileSync(join(entry.parentPath, entry.name))]),
  );
}

/** Expects two index folders to hold the same files, byte for byte; returns the first one's. */
function expectSameFiles(folder: string, afresh: string): Map<string, Buffer> {
  const written = filesOf(folder);
  const expected = filesOf(afresh);
  expect([...written.keys()].sort()).toEqual([...expected.keys()].sort());
  for (const [path, bytes] of expected) expect(written.get(path)?.equals(bytes), path).toBe(true);
  return written;
}

/** The kept pool's files named by content (relative path → inode and modification time). */
function poolOf(kept: string): Map<string, { ino: number; mtimeMs: number }> {
  return new Map(
    readdirSync(kept, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const stat = statSync(join(entry.parentPath, entry.name));
        return [relative(kept, join(entry.parentPath, entry.name)), { ino: stat.ino, mtimeMs: stat.mtimeMs }];
      }),
  );
}

describe('the search index of a rebuild reuses the previous index’s files', () => {
  it('writes only what changed, and the result is what a write into an empty folder gives', async () => {
    const root = mkdtempSync(join(tmpdir(), 'chi-muc-giu-'));
    const kept = join(root, 'kept');
    const first = await indexRecords(records(), join(root, 'first'), undefined, kept);
    expect(first.keptFiles).toBe(0);
    // The pool holds exactly the files the index uses, each named by its content.
    const inUse = await filesInUse(join(root, 'first', 'pagefind'));
    const pool = poolOf(kept);
    expect(new Set(pool.keys())).toEqual(inUse);
    expect([...inUse].every(isNamedByContent)).toBe(true);
    expect([...inUse].filter((path) => path.startsWith('fragment/'))).toHaveLength(40);

    const edited = records({ index: 7, text: 'Thực hiện Nghị quyết số 12-NQ/TW, một nội dung mới' });
    const again = await indexRecords(edited, join(root, 'again'), undefined, kept);
    await indexRecords(edited, join(root, 'afresh'));
    expect(again.notKept).toBeUndefined();
    // Most files were reused: every other document's fragment at least.
    expect(again.keptFiles).toBeGreaterThanOrEqual(39);
    expect(again.keptFiles).toBeLessThan(again.files);
    const written = expectSameFiles(join(root, 'again'), join(root, 'afresh'));

    // A reused file is the kept one (a link), left as it was: Pagefind did not rewrite it.
    const reused = [...pool].filter(([path]) => written.has(path));
    expect(reused.length).toBe(again.keptFiles);
    for (const [path, before] of reused) {
      const stat = statSync(join(root, 'again', 'pagefind', path));
      expect({ path, ino: stat.ino, mtimeMs: stat.mtimeMs }).toEqual({ path, ...before });
    }
    // The edited document's old fragment is neither published nor kept.
    const gone = [...pool.keys()].filter((path) => !written.has(path));
    expect(gone.some((path) => path.startsWith('fragment/'))).toBe(true);
    expect(gone.filter((path) => poolOf(kept).has(path))).toEqual([]);
    rmSync(root, { recursive: true, force: true });
  }, 60_000);

  it('writes afresh, and says why, when a kept file cannot be trusted', async () => {
    const root = mkdtempSync(join(tmpdir(), 'chi-muc-hong-'));
    const kept = join(root, 'kept');
    await indexRecords(records(), join(root, 'first'), undefined, kept);
    // The kept metadata damaged (a new file in its place, as a disk error or a stray edit would leave it).
    const meta = [...poolOf(kept).keys()].find((path) => path.endsWith('.pf_meta'))!;
    rmSync(join(kept, meta));
    writeFileSync(join(kept, meta), 'không phải siêu dữ liệu');
    const again = await indexRecords(records(), join(root, 'again'), undefined, kept);
    await indexRecords(records(), join(root, 'afresh'));
    expect(again.notKept).toMatch(/written afresh/);
    expectSameFiles(join(root, 'again'), join(root, 'afresh'));
    rmSync(root, { recursive: true, force: true });
  }, 60_000);

  it('builds the index when the kept files can be neither read nor kept (a file where the folder should be)', async () => {
    const root = mkdtempSync(join(tmpdir(), 'chi-muc-khong-giu-'));
    const kept = join(root, 'kept');
    writeFileSync(kept, 'không phải thư mục');
    const indexed = await indexRecords(records(), join(root, 'index'), undefined, kept);
    await indexRecords(records(), join(root, 'afresh'));
    expect(indexed.keptFiles).toBe(0);
    expect(indexed.notKept).toMatch(/could not keep the index files for the next build/);
    expectSameFiles(join(root, 'index'), join(root, 'afresh'));
    rmSync(root, { recursive: true, force: true });
  }, 60_000);
});

/** The records of an archive with a large honour board indexed in parts (sent to Pagefind as messages). */
function withBoard(board = 'Tập thể lao động xuất sắc'): SearchRecord[] {
  const parts = [1, 2].map((part) => ({
    url: `/bang-vang/2024/?phan=${part}`,
    title: 'Bảng vàng năm 2024',
    sections: Array.from({ length: 6 }, (_, row) => ({
      anchor: `hang-${part}-${row}`,
      heading: part === 2 && row === 3 ? board : 'Tập thể lao động xuất sắc',
      text: `Đơn vị ${part}-${row}, Quyết định số ${row + 10}/QĐ-UBND`,
    })),
    filters: { nam: ['2024'], ...(part > 1 ? { phan: ['tiep'] } : {}) },
    sort: {},
  }));
  return [...records(), ...parts];
}

describe('a board’s parts are sent to Pagefind before a rebuild’s records exist', () => {
  it('sends the last build’s parts as soon as Pagefind starts, uses them when they are this build’s, and starts again when one changed', async () => {
    const root = mkdtempSync(join(tmpdir(), 'chi-muc-gui-truoc-'));
    const kept = join(root, 'kept');
    const first = await indexRecords(withBoard(), join(root, 'first'), undefined, kept);
    expect(first.sentAhead).toBeUndefined();

    // As a rebuild's worker does: the index opened, and the kept parts sent, before the records exist.
    const prepared = prepareIndexing(join(root, 'again'), kept);
    expect(prepared.ahead?.messages.map((message) => message.url)).toEqual(['/bang-vang/2024/?phan=1', '/bang-vang/2024/?phan=2']);
    const edited = withBoard();
    edited[7].sections[1].text = 'Thực hiện Nghị quyết số 12-NQ/TW, một nội dung mới';
    const again = await indexRecords(edited, join(root, 'again'), undefined, kept, prepared);
    await indexRecords(edited, join(root, 'again-afresh'));
    expect(again.sentAhead).toBe('used');
    expectSameFiles(join(root, 'again'), join(root, 'again-afresh'));

    // A board row changed: what was sent ahead is dropped, and the index is what a cold build gives.
    const changed = withBoard('Cờ thi đua của Ủy ban nhân dân tỉnh');
    const replaced = await indexRecords(changed, join(root, 'replaced'), undefined, kept, prepareIndexing(join(root, 'replaced'), kept));
    await indexRecords(changed, join(root, 'replaced-afresh'));
    expect(replaced.sentAhead).toBe('replaced');
    expectSameFiles(join(root, 'replaced'), join(root, 'replaced-afresh'));
    rmSync(root, { recursive: true, force: true });
  }, 90_000);
});

/**
 * Pages kept between builds (src/data/page-cache.ts): after edits of the kinds editors make — a
 * word in a document, a body's name, a person on an honour board, a bloc's ranking — a build that
 * reuses the last build's pages must write exactly what a cold build of the edited content writes,
 * every file, byte for byte. A page whose key missed something it shows would stand unchanged here
 * and differ from the cold build. The cold build renders its bodies and builds its search index on
 * worker threads (as a large archive does), the first on the build's thread and the second's
 * index on a thread started before its records (as a large archive's rebuild does), so the
 * comparison also holds the threads' HTML and index to the thread's. The second build writes over the first one's folder, as a rebuild in place
 * does: nothing of the first may be left, in the folder or beside it.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { astroBuild, contentVariant, replaceIn, type BuildResult } from '../support/build';

const DEMO = 'tests/fixtures/demo/content';
const env = { THI_DUA_ILLUSTRATIVE: '1' };

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)))
    .sort();
}

/** "12 trang dùng lại từ lần dựng trước, 3 trang dựng mới; tệp dữ liệu: 2 dùng lại, 10 dựng mới" → [12, 3, 2, 10]. */
function pageCounts(build: BuildResult): [number, number, number, number] {
  const match = /(\d+) trang dùng lại từ lần dựng trước, (\d+) trang dựng mới; tệp dữ liệu: (\d+) dùng lại, (\d+) dựng mới/.exec(build.output);
  if (!match) throw new Error(`no page-cache line in the build output:\n${build.output.slice(-2000)}`);
  return [Number(match[1]), Number(match[2]), Number(match[3]), Number(match[4])];
}

describe('a build after edits reuses unchanged pages and writes what a cold build writes', () => {
  let root = '';
  let first: BuildResult;
  let again: BuildResult;
  let cold: BuildResult;

  beforeAll(async () => {
    root = contentVariant('page-cache', () => undefined, DEMO);
    const content = join(root, 'content');
    const cache = join(root, 'cache');
    first = await astroBuild({ outDir: join(root, 'site'), content, cacheDir: cache, env });
    // A file the build does not write: the next build must not leave it.
    writeFileSync(join(root, 'site', 'cu.txt'), 'tệp của lần dựng trước');
    // A word in one document's body.
    replaceIn(join(content, 'campaigns/2023/so-noi-vu-minh-hoa/phat-dong-thi-dua-nam-2023.mdx'), 'có ý nghĩa quan trọng', 'có ý nghĩa rất quan trọng');
    // A body renamed: its documents, its page, its blocs' pages and the boards name it.
    replaceIn(join(content, 'units/ban-dan-toc-minh-hoa.yaml'), 'name: Ban Dân tộc tỉnh Minh Họa (dữ liệu minh họa)', 'name: Ban Dân tộc tỉnh Minh Họa mới (dữ liệu minh họa)');
    // A person on the 2022 board: the board, the unit pages and the bloc's honours show it.
    replaceIn(join(content, 'honours/2022.yaml'), 'name: Triệu Thị Hằng', 'name: Triệu Thị Hằng Nga');
    // The bloc's 2023 ranking: its year page, the members' pages.
    replaceIn(join(content, 'blocs/khoi-tham-muu-tong-hop.yaml'), '{ unit: so-tu-phap-minh-hoa, rank: 2, score: 95 }', '{ unit: so-tu-phap-minh-hoa, rank: 2, score: 95.5 }');
    // Its index is built on a worker thread started before the site model, as a large archive's
    // rebuild does (src/integrations/pagefind.ts): the previous index has at least one page.
    again = await astroBuild({ outDir: join(root, 'site'), content, cacheDir: cache, env: { ...env, THI_DUA_INDEX_THREAD_FROM: '1' } });
    cold = await astroBuild({ outDir: join(root, 'cold'), content, cacheDir: join(root, 'cold-cache'), env: { ...env, THI_DUA_RENDER_THREADS_FROM: '1', THI_DUA_INDEX_THREAD_FROM: '1' } });
  }, 600_000);

  it('builds all three', () => {
    expect(first.status, first.output.slice(-3000)).toBe(0);
    expect(again.status, again.output.slice(-3000)).toBe(0);
    expect(cold.status, cold.output.slice(-3000)).toBe(0);
  });

  it('renders every page on a cold build and reuses most of them after the edits', () => {
    const [firstReused, firstRendered] = pageCounts(first);
    expect(firstReused).toBe(0);
    expect(firstRendered).toBeGreaterThan(50);
    const [reused, rendered, dataReused, dataMade] = pageCounts(again);
    expect(reused + rendered).toBe(firstRendered);
    expect(reused).toBeGreaterThan(rendered);
    expect(rendered).toBeGreaterThan(0);
    // Each of these pages and open-data files has its gzip copy kept under its key, not under a digest of its bytes read again.
    const copies = readdirSync(join(root, 'cache', 'thi-dua-gzip')).filter((name) => name.startsWith('trang-'));
    expect(copies.length).toBe(reused + rendered + dataReused + dataMade);
  });

  it('makes again only the open-data files whose rows the edits changed', () => {
    // Six exports, CSV and JSON: all made by the first build.
    expect(pageCounts(first).slice(2)).toEqual([0, 12]);
    // The body's new name is in the rows of every export that names bodies; the directive
    // register (chi-thi) lists bodies by id only, so its two files are the last build's.
    const [, , dataReused, dataMade] = pageCounts(again);
    expect(dataReused).toBe(2);
    expect(dataMade).toBe(10);
    expect(readFileSync(join(again.outDir, 'du-lieu/phong-trao.csv'), 'utf8')).toContain('Ban Dân tộc tỉnh Minh Họa mới');
  });

  it("keeps each year's honour board for the next build, as it keeps documents and bodies", () => {
    const folder = join(root, 'cold-cache', 'thi-dua-trang');
    const kept = readdirSync(folder).map((name) => readFileSync(join(folder, name)));
    for (const page of ['bang-vang/2021/index.html', 'bang-vang/2023/index.html', 'don-vi/ban-dan-toc-minh-hoa/index.html']) {
      const bytes = readFileSync(join(cold.outDir, page));
      expect(kept.some((file) => file.equals(bytes)), page).toBe(true);
    }
  });

  it('writes the same files, byte for byte, as a cold build of the edited content', () => {
    const files = filesUnder(cold.outDir);
    expect(filesUnder(again.outDir)).toEqual(files);
    // The open-data files say when they were generated; that line aside, they must be equal too.
    const comparable = (folder: string, file: string) => {
      const bytes = readFileSync(join(folder, file));
      return file.startsWith('du-lieu/') && file.endsWith('.json') ? Buffer.from(bytes.toString('utf8').replace(/\n "generated": "[^"]+",/, '')) : bytes;
    };
    const differing = files.filter((file) => !file.endsWith('.json.gz') && !comparable(again.outDir, file).equals(comparable(cold.outDir, file)));
    expect(differing).toEqual([]);
    // The edits are there (so the comparison is of edited pages, not of two stale copies).
    expect(readFileSync(join(again.outDir, 'phong-trao/2023/so-noi-vu-minh-hoa/phat-dong-thi-dua-nam-2023/index.html'), 'utf8')).toContain('có ý nghĩa rất quan trọng');
    expect(readFileSync(join(again.outDir, 'don-vi/ban-dan-toc-minh-hoa/index.html'), 'utf8')).toContain('Ban Dân tộc tỉnh Minh Họa mới');
  });

  it("writes only the search index's changed files, reusing the previous index's (compared above with the cold build's)", () => {
    const keptFiles = (build: BuildResult) => {
      const match = /(\d+) of (\d+) files kept from the previous index/.exec(build.output);
      if (!match) throw new Error(`no search-index line in the build output:\n${build.output.slice(-2000)}`);
      return [Number(match[1]), Number(match[2])];
    };
    expect(keptFiles(first)[0]).toBe(0);
    const [kept, files] = keptFiles(again);
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThan(files);
    expect(again.output).not.toContain('written afresh');
  });

  it("writes Astro's content store for the next build, at the end of the build, with the edits", () => {
    const store = readFileSync(join(root, 'cache', 'data-store.json'), 'utf8');
    // The first build's store did not have them: this one was written by the second build.
    expect(store).toContain('có ý nghĩa rất quan trọng');
    expect(store).toContain('Triệu Thị Hằng Nga');
  });

  it("keeps the records Pagefind reads as files for the next build: exactly the rebuilt index's", () => {
    const kept = join(root, 'cache', 'thi-dua-trang-nguon');
    const pages = filesUnder(kept).filter((file) => file.endsWith('.html'));
    expect(pages).toContain('phong-trao/2023/so-noi-vu-minh-hoa/phat-dong-thi-dua-nam-2023/index.html');
    expect(readFileSync(join(kept, 'phong-trao/2023/so-noi-vu-minh-hoa/phat-dong-thi-dua-nam-2023/index.html'), 'utf8')).toContain('có ý nghĩa rất quan trọng');
    // A file per record at a page's address (a document, a directive, a board in one part); a
    // large board's parts (`?phan=2`) are sent as messages.
    expect(pages.filter((file) => !existsSync(join(again.outDir, file)))).toEqual([]);
    for (const kind of ['phong-trao/', 'chi-thi/', 'bang-vang/']) expect(pages.some((file) => file.startsWith(kind)), kind).toBe(true);
  });

  it('leaves nothing of the old output, in its folder or beside it, nor of the index in the cache', () => {
    expect(existsSync(join(again.outDir, 'cu.txt'))).toBe(false);
    expect(readdirSync(dirname(again.outDir)).filter((name) => name.startsWith('.site.cu-'))).toEqual([]);
    expect(readdirSync(join(root, 'cache')).filter((name) => name.startsWith('thi-dua-chi-muc-'))).toEqual([]);
    expect(existsSync(join(again.outDir, 'pagefind', 'pagefind-entry.json'))).toBe(true);
  });
});

/**
 * The records Pagefind reads as files are kept from one build to the next
 * (src/integrations/search-source-files.ts): a build writes only what changed, and the folder
 * Pagefind walks holds exactly the records, whatever was left in it.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isSourceAddress, keepSource, sourcePath, syncSource, takeSource, type SourcePage } from '../../../src/integrations/search-source-files';

function pages(changed?: number): SourcePage[] {
  return Array.from({ length: 12 }, (_, i) => ({ url: `/phong-trao/${2020 + (i % 3)}/co-quan-${i}/`, html: `<html lang="vi"><body><h1>Văn bản ${i}${changed === i ? ' (sửa)' : ''}</h1></body></html>` }));
}

/** The `.html` files of a folder: relative path → content. */
function htmlOf(folder: string): Map<string, string> {
  return new Map(
    readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
      .map((entry) => [relative(folder, join(entry.parentPath, entry.name)), readFileSync(join(entry.parentPath, entry.name), 'utf8')]),
  );
}

function expectExactly(folder: string, wanted: SourcePage[]): void {
  expect(htmlOf(folder)).toEqual(new Map(wanted.map((page) => [sourcePath(page.url), page.html])));
}

describe('the records Pagefind reads as files', () => {
  it('are the records at a plain path; a board’s part, and anything that could leave the folder, is not', () => {
    for (const url of ['/phong-trao/2024/ubnd-tinh/phat-dong/', '/chi-thi/chi-thi-34-ct-tw/', '/bang-vang/2024/', '/']) expect(isSourceAddress(url), url).toBe(true);
    for (const url of ['/bang-vang/2024/?phan=2', '/phong-trao/2024/#muc-1', '/phong-trao/../x/', '/phong-trao/./', '/phong-trao', 'phong-trao/', '/van-ban/%C4%91/']) expect(isSourceAddress(url), url).toBe(false);
  });

  it('are written at the path Pagefind gives their address', () => {
    expect(sourcePath('/phong-trao/2024/ubnd-tinh/phat-dong/')).toBe('phong-trao/2024/ubnd-tinh/phat-dong/index.html');
    expect(sourcePath('/')).toBe('index.html');
  });

  it('are all written the first time, then only those whose HTML changed', async () => {
    const root = mkdtempSync(join(tmpdir(), 'nguon-'));
    const [kept, source] = [join(root, 'kept'), join(root, 'build', 'nguon')];
    await takeSource(kept, source);
    expect(await syncSource(source, pages())).toEqual({ written: 12, removed: 0 });
    expectExactly(source, pages());
    await keepSource(source, kept);
    expect(existsSync(source)).toBe(false);

    await takeSource(kept, source);
    expect(existsSync(kept)).toBe(false);
    const before = statSync(join(source, sourcePath(pages()[3].url))).mtimeMs;
    expect(await syncSource(source, pages(5))).toEqual({ written: 1, removed: 0 });
    expectExactly(source, pages(5));
    expect(statSync(join(source, sourcePath(pages()[3].url))).mtimeMs).toBe(before);
  });

  it('removes the files of records no longer there, and anything else left in the folder', async () => {
    const root = mkdtempSync(join(tmpdir(), 'nguon-'));
    const source = join(root, 'nguon');
    await takeSource(join(root, 'kept'), source);
    await syncSource(source, pages());
    mkdirSync(join(source, 'la'), { recursive: true });
    writeFileSync(join(source, 'la', 'index.html'), '<html><body>lạ</body></html>');
    const fewer = pages().slice(0, 7);
    expect(await syncSource(source, fewer)).toEqual({ written: 0, removed: 6 });
    expectExactly(source, fewer);
  });

  it('writes again a file its list cannot vouch for: a missing or damaged list rewrites every file', async () => {
    const root = mkdtempSync(join(tmpdir(), 'nguon-'));
    const source = join(root, 'nguon');
    await takeSource(join(root, 'kept'), source);
    await syncSource(source, pages());
    // A file changed behind the list's back, then the list damaged: nothing is trusted.
    writeFileSync(join(source, sourcePath(pages()[2].url)), 'khác');
    writeFileSync(join(source, 'thi-dua-danh-sach.json'), '{');
    expect(await syncSource(source, pages())).toEqual({ written: 12, removed: 0 });
    expectExactly(source, pages());
  });

  it('lets only one build take the kept folder; the other starts empty', async () => {
    const root = mkdtempSync(join(tmpdir(), 'nguon-'));
    const kept = join(root, 'kept');
    await takeSource(kept, join(root, 'a'));
    await syncSource(join(root, 'a'), pages());
    await keepSource(join(root, 'a'), kept);
    await takeSource(kept, join(root, 'b'));
    await takeSource(kept, join(root, 'c'));
    expect(htmlOf(join(root, 'b')).size).toBe(12);
    expect(htmlOf(join(root, 'c')).size).toBe(0);
    expect(await syncSource(join(root, 'c'), pages())).toEqual({ written: 12, removed: 0 });
  });
});

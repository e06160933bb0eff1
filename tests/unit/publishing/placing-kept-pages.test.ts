import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { placingQueue } from '../../../src/integrations/page-cache';

function keptPages(count: number): { folder: string; out: string; pages: [string, string][] } {
  const root = mkdtempSync(join(tmpdir(), 'dat-trang-'));
  const folder = join(root, 'kept');
  mkdirSync(folder);
  const pages: [string, string][] = [];
  for (let i = 0; i < count; i++) {
    writeFileSync(join(folder, `${i}.html`), `<p>trang ${i}</p>`);
    pages.push([join(folder, `${i}.html`), join(root, 'dist', 'phong-trao', '2024', `van-ban-${i}`, 'index.html')]);
  }
  return { folder, out: join(root, 'dist'), pages };
}

describe('kept pages written to their addresses on a thread of their own', () => {
  it('writes nothing before it is started (Astro empties the output folder first), then every page as a link to its kept file', async () => {
    const { out, pages } = keptPages(50);
    const queue = placingQueue();
    for (const [from, to] of pages.slice(0, 30)) queue.place(from, to);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(existsSync(out)).toBe(false);
    queue.start();
    // Pages found after it started are written too.
    for (const [from, to] of pages.slice(30)) queue.place(from, to);
    expect((await queue.done()).written).toBe(50);
    for (const [from, to] of pages) {
      expect(readFileSync(to, 'utf8')).toBe(readFileSync(from, 'utf8'));
      expect(statSync(to).ino).toBe(statSync(from).ino);
    }
  });

  it('writes what it was given when the build ends without having started it', async () => {
    const { pages } = keptPages(3);
    const queue = placingQueue();
    for (const [from, to] of pages) queue.place(from, to);
    expect((await queue.done()).written).toBe(3);
    expect(existsSync(pages[2][1])).toBe(true);
  });

  it('links a page’s kept gzip copy beside it when there is one and says the sizes, so the build’s end has nothing to compress', async () => {
    const { folder, pages } = keptPages(3);
    const copies = pages.map(([from]) => `${from}.gz`);
    writeFileSync(copies[0], 'gzip của trang 0');
    writeFileSync(copies[2], 'gzip của trang 2, dài hơn');
    const queue = placingQueue();
    queue.start();
    pages.forEach(([from, to], index) => queue.place(from, to, copies[index]));
    // A page without a kept copy (its copy was not worth keeping, or not made yet) is left to the build's end.
    queue.place(pages[1][0], join(folder, '..', 'dist', 'khong-ban-sao', 'index.html'));
    const placed = await queue.done();
    expect(placed.written).toBe(4);
    expect(existsSync(`${pages[1][1]}.gz`)).toBe(false);
    expect(placed.copies.map(([file]) => file).sort()).toEqual([pages[0][1], pages[2][1]].sort());
    for (const [file, size, mtimeMs, copySize] of placed.copies) {
      const index = pages.findIndex(([, to]) => to === file);
      expect(statSync(`${file}.gz`).ino).toBe(statSync(copies[index]).ino);
      expect([size, mtimeMs, copySize]).toEqual([statSync(file).size, statSync(file).mtimeMs, statSync(copies[index]).size]);
    }
  });

  it('fails the build with the file it could not write', async () => {
    const { pages } = keptPages(1);
    const queue = placingQueue();
    queue.start();
    queue.place(join(pages[0][0], '..', 'khong-co.html'), pages[0][1]);
    await expect(queue.done()).rejects.toThrow(/Không ghi được trang giữ lại.*khong-co\.html/);
  });
});

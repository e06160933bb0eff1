import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroBuild, contentVariant, replaceIn } from '../support/build';
import { run as runCommand } from '../support/run';

const CAMPAIGN = 'campaigns/2023/phat-dong-thi-dua-2023.mdx';

/** Builds a broken variant of the shipped content; the build must fail and say where. */
async function buildBroken(name: string, edit: (content: string) => void) {
  const root = contentVariant(name, edit);
  const result = await astroBuild({ content: join(root, 'content'), outDir: join(root, 'dist'), cacheDir: join(root, 'cache') });
  return { ...result, root };
}

describe('bad content fails the build, naming the file and the field', () => {
  it('a field of the wrong type', async () => {
    const result = await buildBroken('wrong-type', (content) => replaceIn(join(content, CAMPAIGN), /^year: 2023$/m, 'year: "hai nghìn"'));
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('phat-dong-thi-dua-2023');
    expect(result.output).toMatch(/year: Expected type `"number"`, received `"string"`/);
    expect(existsSync(join(result.outDir, 'index.html'))).toBe(false);
  });

  it('a missing required field', async () => {
    const result = await buildBroken('missing-field', (content) => replaceIn(join(content, CAMPAIGN), /^place: Cao Bằng\n/m, ''));
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('phat-dong-thi-dua-2023');
    expect(result.output).toMatch(/place: Required/);
  });

  it('a reference to a unit that does not exist', async () => {
    const result = await buildBroken('missing-unit', (content) =>
      replaceIn(join(content, CAMPAIGN), /^issuer: ban-dan-toc-cao-bang$/m, 'issuer: ban-dan-toc-bac-kan'),
    );
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/content\/campaigns\/2023\/phat-dong-thi-dua-2023\.mdx:\d+ — trường "issuer"/);
    expect(result.output).toContain('Thấy: "ban-dan-toc-bac-kan"');
    expect(result.output).toContain('content/units/ban-dan-toc-bac-kan.yaml');
  });

  it('a reference to a directive that does not exist', async () => {
    const result = await buildBroken('missing-directive', (content) =>
      replaceIn(join(content, 'directives/luat-15-2003-qh11.yaml'), /^replacedBy: .*$/m, 'replacedBy: luat-99-2099-qh15'),
    );
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/content\/directives\/luat-15-2003-qh11\.yaml:\d+ — trường "replacedBy"/);
    expect(result.output).toContain('Thấy: "luat-99-2099-qh15"');
  });

  it('a target annotation that contradicts the target text', async () => {
    const result = await buildBroken('contradiction', (content) =>
      replaceIn(join(content, CAMPAIGN), /(- item: 3\n\s+metric: .*\n\s+comparator: )eq/, '$1gt'),
    );
    expect(result.status).not.toBe(0);
    // The report points at the field that contradicts the text, on its own line.
    expect(result.output).toMatch(/phat-dong-thi-dua-2023\.mdx:38 — trường "targets\[2\]\.comparator"/);
  });
});

describe('npm run build replaces the site only when the build succeeded', () => {
  it('keeps the last good site after a failed build, and replaces it after a good one', async () => {
    const root = contentVariant('atomic', (content) => replaceIn(join(content, CAMPAIGN), /^year: 2023$/m, 'year: "sai"'));
    const out = join(root, 'site');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'index.html'), 'bản tốt trước đó');
    const run = (content: string) =>
      runCommand('npm', ['run', '-s', 'build'], { env: { ...process.env, THI_DUA_OUT: out, THI_DUA_CONTENT: content, THI_DUA_CACHE_DIR: join(root, 'cache') } });

    const failed = await run(join(root, 'content'));
    expect(failed.status).not.toBe(0);
    expect(failed.stderr).toContain('được giữ nguyên');
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('bản tốt trước đó');
    expect(readdirSync(root).filter((name) => name.startsWith('site.'))).toEqual([]);

    const good = await run('content');
    expect(good.status, good.stderr).toBe(0);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('Phong trào thi đua năm 2023');
    expect(existsSync(join(out, 'pagefind/pagefind.js'))).toBe(true);
    expect(readdirSync(root).filter((name) => name.startsWith('site.'))).toEqual([]);
    expect(good.stderr).not.toContain('Cảnh báo');

    // The document's file renamed: the build succeeds and warns that its published address is gone, with the line that keeps it.
    const renamed = contentVariant('atomic-renamed', (content) => renameSync(join(content, CAMPAIGN), join(content, 'campaigns/2023/phat-dong-phong-trao-thi-dua-2023.mdx')));
    const warned = await run(join(renamed, 'content'));
    expect(warned.status, warned.stderr).toBe(0);
    expect(warned.stderr).toContain('Cảnh báo: 1 địa chỉ');
    expect(warned.stderr).toContain('/phong-trao/2023/phat-dong-thi-dua-2023/\n  Sửa:  nếu tệp đã đổi tên hay chuyển thư mục, ghi formerly: ["2023/phat-dong-thi-dua-2023"]');
    expect(existsSync(join(out, 'phong-trao/2023/phat-dong-phong-trao-thi-dua-2023/index.html'))).toBe(true);
  });
});

/**
 * Campaign bodies are rendered as data, not run as MDX modules: a component in a body is refused
 * with one report in Vietnamese naming the file and line, by `npm run check`, by `npm run build`
 * (which leaves the last good site as it was) and by Astro's own build, through the campaign loader.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroBuild, contentVariant, replaceIn } from '../support/build';
import { run as runCommand } from '../support/run';

const DOC = 'campaigns/2023/phat-dong-thi-dua-2023.mdx';
/** Line 57 of the shipped document is its first paragraph. */
const withComponent = (content: string) => replaceIn(join(content, DOC), 'với các nội dung chủ yếu sau:', 'với các nội dung chủ yếu sau:\n\n<BieuDo nam={2023} />\n');

async function run(script: string, root: string, out: string) {
  const result = await runCommand(process.execPath, ['--import', 'tsx', script], {
    env: { ...process.env, THI_DUA_CONTENT: join(root, 'content'), THI_DUA_OUT: out, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
  });
  return { status: result.status, text: `${result.stdout}\n${result.stderr}` };
}

/** The report's paragraph about one place: from "file:line —" to the next blank line. */
function paragraphAt(report: string, place: string): string | null {
  const at = report.indexOf(place);
  if (at < 0) return null;
  const end = report.indexOf('\n\n', at);
  return report.slice(at, end < 0 ? undefined : end).trimEnd();
}

describe('a component in a campaign body', () => {
  it('fails npm run check and npm run build with the same Vietnamese report, and leaves the site unchanged', async () => {
    const root = contentVariant('mdx-component', withComponent);
    const out = join(root, 'dist');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'index.html'), 'trang cũ');
    const place = `${join(root, 'content', DOC)}:59 — trường "nội dung"`;

    const check = await run('src/cli/check.ts', root, out);
    const build = await run('src/cli/build.ts', root, out);
    for (const [command, result] of [['check', check], ['build', build]] as const) {
      expect(result.status, `${command}: ${result.text}`).not.toBe(0);
      const paragraph = paragraphAt(result.text, place);
      expect(paragraph, `${command} should name ${place}:\n${result.text}`).not.toBeNull();
      expect(paragraph).toContain('Cần:  lời văn của bản gốc, không có thành phần (component) MDX');
      expect(paragraph).toContain('Thấy: thành phần "<BieuDo nam={2023} />"');
      expect(paragraph).toContain('Sửa:  Xóa thẻ thành phần');
      // One report for the one mistake.
      expect(result.text.split(`${join(root, 'content', DOC)}:59 —`)).toHaveLength(2);
      expect(result.text, command).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
    }
    expect(paragraphAt(build.text, place)).toBe(paragraphAt(check.text, place));
    expect(build.text).toContain('được giữ nguyên');
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('trang cũ');
    rmSync(root, { recursive: true, force: true });
  });

  // The loader refuses it alone, whether the bodies are rendered on the build's thread or, as for a
  // large archive, on worker threads (from one body to render, here).
  it.each([
    ['on the build’s thread', 'mdx-component-astro', {}],
    ['on worker threads', 'mdx-component-threads', { THI_DUA_RENDER_THREADS_FROM: '1' }],
  ])('is refused by the campaign loader when Astro builds without the check first, rendered %s', async (_how, name, env) => {
    const root = contentVariant(name, withComponent);
    const result = await astroBuild({ content: join(root, 'content'), outDir: join(root, 'dist'), cacheDir: join(root, 'cache'), env });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(`${join(root, 'content', DOC)}:59 — trường "nội dung"`);
    expect(result.output).toContain('Thấy: thành phần "<BieuDo nam={2023} />"');
    rmSync(root, { recursive: true, force: true });
  });
});

/**
 * npm run build: builds into a fresh temporary folder and puts it in place of dist/ only when the
 * whole build (pages, search index, headers) succeeded, so a failed build never leaves a
 * half-written site where a good one was; before it does, it warns about each address of the site
 * it replaces that the new build no longer answers (src/lib/addresses/vanished.ts). THI_DUA_OUT
 * names another output folder.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { checkContentKept } from '../data/check-cache';
import { sitemapPaths, vanishedAddresses, vanishedReport } from '../lib/addresses/vanished';
import { formatProblems } from '../lib/content/format';
import { basePath } from '../lib/publishing/address';

const out = process.env.THI_DUA_OUT ?? 'dist';
const root = (process.env.THI_DUA_CONTENT ?? './content').replace(/\/$/, '');

// The content check first: the same report as `npm run check`, every mistake at once, in
// Vietnamese with file, line and fix, before Astro reads anything (its own messages are English,
// and YAML read by Astro turns an impossible date such as 2024-02-30 into another date).
const { problems } = await checkContentKept(root);
if (problems.length) {
  console.error(formatProblems(problems));
  console.error(`\nBản dựng dừng vì nội dung chưa hợp lệ: ${out}/ được giữ nguyên như lần dựng thành công trước (build stopped; ${out}/ is unchanged).`);
  process.exit(1);
}
const next = `${out}.dang-dung-${process.pid}`;
const previous = `${out}.cu-${process.pid}`;

rmSync(next, { recursive: true, force: true });
const build = spawnSync('npx', ['astro', 'build', '--outDir', next, ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});
if (build.status !== 0) {
  rmSync(next, { recursive: true, force: true });
  console.error(`\nBản dựng lỗi: ${out}/ được giữ nguyên như lần dựng thành công trước (build failed; ${out}/ is unchanged).`);
  process.exit(build.status ?? 1);
}
// The site about to be replaced: which of its addresses does the new build no longer answer?
const base = basePath(process.env.THI_DUA_SITE);
const published = existsSync(out) ? readdirSync(out).filter((name) => /^sitemap-\d+\.xml$/.test(name)).flatMap((name) => sitemapPaths(readFileSync(join(out, name), 'utf8'), base)) : [];
const gone = vanishedAddresses(published, (path) => existsSync(join(next, path, path === '' || path.endsWith('/') ? 'index.html' : '')));
if (gone.length) console.warn(`\n${vanishedReport(gone, base)}\n`);
if (existsSync(out)) renameSync(out, previous);
renameSync(next, out);
rmSync(previous, { recursive: true, force: true });
console.log(`Đã dựng xong vào ${out}/.`);

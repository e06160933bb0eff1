/**
 * Starts a new campaign year: content/campaigns/<year>/phat-dong-thi-dua-<year>.mdx with last
 * year's stable fields and the rest to fill in.
 *
 * Usage: npm run new -- <năm>
 * Exit code: 0 written, 1 error (usage), 2 refused (the year already has documents).
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadContentFiles } from '../lib/content/load-files';
import { latestLaunch, scaffoldYear } from '../lib/importer';

function main(argv: string[]): number {
  const yearText = argv[0];
  if (!yearText || argv.length > 1 || !/^\d{4}$/.test(yearText) || Number(yearText) < 1948 || Number(yearText) > 2100) {
    console.error('Cách dùng / usage: npm run new -- <năm, ví dụ 2024>');
    return 1;
  }
  const year = Number(yearText);
  const root = (process.env.THI_DUA_CONTENT ?? './content').replace(/\/$/, '');
  const folder = join(root, 'campaigns', yearText);
  const existing = existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith('.mdx')) : [];
  if (existing.length) {
    console.error(`Năm ${year} đã có văn bản (${existing.map((name) => join(folder, name)).join(', ')}); không tạo khung mới. / Year ${year} already exists.`);
    return 2;
  }
  const source = latestLaunch(loadContentFiles(root).content);
  const file = join(folder, `phat-dong-thi-dua-${year}.mdx`);
  mkdirSync(folder, { recursive: true });
  writeFileSync(file, scaffoldYear(year, source));
  console.log(
    `Đã tạo ${file}${source.entry ? ` (lấy cơ quan ban hành, nơi ban hành, người ký, nơi nhận từ năm ${source.entry.data.year})` : ''}.\n` +
      'Tiếp theo: chép nguyên văn văn bản vào tệp (hoặc dùng npm run import -- <tệp.docx> --force), điền các trường để trống, rồi chạy npm run check.',
  );
  return 0;
}

process.exitCode = main(process.argv.slice(2));

/**
 * The content check alone, without building the site: schemas, cross-file rules, target
 * annotations against their wording, citations that resolve, bodies that compile.
 *
 * Usage: npm run check            (reads content/, or the folder in THI_DUA_CONTENT)
 * Exit code: 0 when the content is valid, 1 on any problem.
 */
import { existsSync } from 'node:fs';
import { formatProblems } from '../lib/content/format';
import { checkContentKept } from '../data/check-cache';
import { contentSummary } from '../lib/content/check-files';

async function main(): Promise<number> {
  const root = (process.env.THI_DUA_CONTENT ?? './content').replace(/\/$/, '');
  if (!existsSync(root)) {
    console.error(`Không thấy thư mục nội dung "${root}". / Content folder "${root}" not found.`);
    return 1;
  }
  const { content, problems } = await checkContentKept(root);
  if (problems.length) {
    console.error(formatProblems(problems));
    return 1;
  }
  console.log(contentSummary(content));
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`Lỗi khi kiểm tra nội dung / check failed: ${error instanceof Error ? error.stack : String(error)}`);
    process.exitCode = 1;
  },
);

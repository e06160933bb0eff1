import type { ContentProblem } from './types';

/** Line of a YAML key in a file's text, for pointing an editor at the field ("signer.name" finds "name:" under "signer:"). */
export function lineOfField(source: string, field: string): number | undefined {
  const keys = field.split('.').map((part) => part.replace(/\[.*$/, '')).filter(Boolean);
  const lines = source.split(/\r?\n/);
  let from = 0;
  let found: number | undefined;
  for (const key of keys) {
    const pattern = new RegExp(`^\\s*(?:-\\s+)?${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:`);
    const index = lines.findIndex((line, i) => i >= from && pattern.test(line));
    if (index === -1) break;
    found = index + 1;
    from = index + 1;
  }
  return found;
}

/** Problems as one readable Vietnamese report: file:line, field, what was expected and found, how to fix. */
export function formatProblems(problems: ContentProblem[]): string {
  const blocks = problems.map((problem) =>
    [
      `${problem.file}${problem.line ? `:${problem.line}` : ''} — trường "${problem.field}"`,
      `  Cần:  ${problem.expected}`,
      `  Thấy: ${problem.found}`,
      `  Sửa:  ${problem.fix}`,
    ].join('\n'),
  );
  return `Nội dung chưa hợp lệ (${problems.length} lỗi):\n\n${blocks.join('\n\n')}`;
}

/**
 * The content check without Astro (`npm run check`): the files read and validated by
 * ./load-files, then the same cross-file and body rules as the build. Every problem names a
 * file, a line where one can be found, a field, what was expected, what was found and how to fix it.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { lineOfField } from './format';
import { loadContentFiles } from './load-files';
import { noMemo, type Memo } from './memo';
import { RULES, runRules, type ContentRule } from './rules';
import type { ContentProblem, ContentSet } from './types';

/** Problems found twice (by two rules that overlap) are reported once. */
function unique(problems: ContentProblem[]): ContentProblem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = `${problem.file}|${problem.line ?? ''}|${problem.field}|${problem.found}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Loads content/ and runs the rules: every problem, located, plus the set for a summary. `memo`
 * keeps what depends on one file alone (its YAML reading, its body's rules) between runs.
 */
export async function checkContentFiles(root: string, rules: ContentRule[] = RULES, cwd = process.cwd(), memo: Memo = noMemo): Promise<{ content: ContentSet; problems: ContentProblem[] }> {
  const { content, problems, context } = loadContentFiles(root, cwd, memo);
  const ruleContext = {
    ...context,
    // One body's rules read its entry and where its body starts in the file, nothing else.
    keptBodyProblems: (entry: ContentSet['campaigns'][number], check: () => ContentProblem[]) =>
      memo(['body', entry.filePath, String(context.bodyLineOffset(entry.filePath)), JSON.stringify(entry.data), entry.body ?? ''], check),
  };
  const found: ContentProblem[] = [...problems, ...(await runRules(content, ruleContext, rules))];
  const sources = new Map<string, string>();
  const located = found.map((problem) => {
    if (problem.line) return problem;
    try {
      if (!sources.has(problem.file)) sources.set(problem.file, readFileSync(resolve(cwd, problem.file), 'utf8'));
      const line = lineOfField(sources.get(problem.file)!, problem.field);
      return line ? { ...problem, line } : problem;
    } catch {
      return problem;
    }
  });
  return { content, problems: unique(located) };
}

/** One line for a clean check: "Nội dung hợp lệ: 1 văn bản, 2 đơn vị, …". */
export function contentSummary(content: ContentSet): string {
  return (
    `Nội dung hợp lệ: ${content.campaigns.length} văn bản, ${content.units.length} đơn vị, ` +
    `${content.directives.length} văn bản được dẫn chiếu, ${content.titles.length} danh hiệu, ${content.honours.length} năm khen thưởng.`
  );
}

import type { ContentProblem } from './types';

const indentOf = (line: string) => /^\s*/.exec(line)?.[0].length ?? 0;
const isListItem = (line: string) => /^\s*-(\s|$)/.test(line);

/** Line index of the n-th entry of the YAML list that starts at or after `from`. */
function listEntry(lines: string[], from: number, n: number): number | undefined {
  const first = lines.findIndex((line, i) => i >= from && isListItem(line));
  if (first === -1) return undefined;
  const indent = indentOf(lines[first]);
  let seen = -1;
  for (let i = first; i < lines.length; i += 1) {
    const line = lines[i];
    if (!line.trim()) continue;
    if (indentOf(line) < indent || (indentOf(line) === indent && !isListItem(line))) break;
    if (indentOf(line) === indent && (seen += 1) === n) return i;
  }
  return undefined;
}

/**
 * Line of a field in a YAML or frontmatter text, for pointing an editor at it: "signer.name"
 * finds "name:" under "signer:", "targets[2].item" the third entry under "targets:", and
 * "[lao-dong-tien-tien].basis" the entry whose id is lao-dong-tien-tien.
 */
export function lineOfField(source: string, field: string): number | undefined {
  const lines = source.split(/\r?\n/);
  let from = 0;
  /** Where the block being searched ends: a list entry's fields end at its next sibling. */
  let until = lines.length;
  let found: number | undefined;
  const go = (index: number | undefined): boolean => {
    if (index === undefined || index < 0 || index >= until) return false;
    found = index + 1;
    from = index + 1;
    return true;
  };
  for (const part of field.split('.')) {
    const match = /^(?:\[([^\]\d][^\]]*)\])?([^[\]]*)((?:\[\d+\])*)$/.exec(part);
    if (!match) break;
    const [, id, key, indices] = match;
    if (id && !go(lines.findIndex((line, i) => i >= from && new RegExp(`^\\s*-?\\s*id:\\s*${id}\\s*$`).test(line)))) break;
    if (key) {
      const pattern = new RegExp(`^\\s*(?:-\\s+)?${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:`);
      if (!go(lines.findIndex((line, i) => i >= from && pattern.test(line)))) break;
    }
    for (const [, n] of indices.matchAll(/\[(\d+)\]/g)) {
      // A list written inline ("basis: [a, b]") has no line per entry: point at the list's line.
      if (found && /:\s*\[/.test(lines[found - 1] ?? '')) return found;
      const entry = listEntry(lines, from, Number(n));
      if (entry === undefined) return found;
      found = entry + 1;
      from = entry;
      const next = lines.findIndex((line, i) => i > entry && line.trim() !== '' && indentOf(line) <= indentOf(lines[entry]));
      until = next < 0 ? lines.length : next;
    }
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

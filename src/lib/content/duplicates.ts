import { readFileSync } from 'node:fs';
import { lineOfField } from './format';
import type { ContentProblem, ContentSet } from './types';

/**
 * The same document entered twice (imported again with --out, copied to a new name): same body,
 * year, number and symbol. A number left blank needs the same subject too, since one body may
 * have several unnumbered drafts of a year.
 */
export function checkDuplicateDocuments(content: ContentSet): ContentProblem[] {
  const groups = new Map<string, string[]>();
  for (const entry of content.campaigns) {
    const { issuer, year, number, symbol, subject } = entry.data;
    if (number === null && symbol === null) continue;
    const key = [issuer, year, number, symbol, number === null ? subject : ''].join('|');
    groups.set(key, [...(groups.get(key) ?? []), entry.filePath]);
  }
  const problems: ContentProblem[] = [];
  // Each file of a pair is reported, naming the other: either may be the one to delete.
  for (const entry of content.campaigns) {
    const { issuer, year, number, symbol, subject } = entry.data;
    if (number === null && symbol === null) continue;
    const others = (groups.get([issuer, year, number, symbol, number === null ? subject : ''].join('|')) ?? []).filter((path) => path !== entry.filePath);
    if (others.length === 0) continue;
    const first = others.join(', ');
    const line = lineInFile(entry.filePath, number === null ? 'symbol' : 'number');
    problems.push({
      file: entry.filePath,
      field: number === null ? 'symbol' : 'number',
      ...(line ? { line } : {}),
      expected: 'mỗi văn bản chỉ có một tệp',
      found: `cùng cơ quan, năm, số và ký hiệu (${number ?? '…'}/${symbol ?? ''}) với ${first}`,
      fix: `Xóa một trong hai tệp (${first} hoặc ${entry.filePath}); nếu là hai văn bản khác nhau, sửa số, ký hiệu cho đúng bản gốc.`,
    });
  }
  return problems;
}

/** The line of a frontmatter field in a file, when the file can be read. */
function lineInFile(path: string, field: string): number | undefined {
  try {
    return lineOfField(readFileSync(path, 'utf8'), field);
  } catch {
    return undefined;
  }
}

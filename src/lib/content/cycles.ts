import type { ContentEntry, ContentProblem, ContentSet } from './types';

/**
 * References that come back to where they started: a unit whose `parent` chain returns to itself
 * (its pages would print a body above itself), a directive whose `replacedBy` chain does (which
 * one is in force?). A loop is reported once, at the first of its files by id, naming the whole loop.
 */
export function checkCycles(content: ContentSet): ContentProblem[] {
  return [
    ...loops(content.units, (unit) => unit.data.parent, 'parent', 'đơn vị cấp trên', 'content/units/'),
    ...loops(content.directives, (directive) => directive.data.replacedBy, 'replacedBy', 'văn bản thay thế', 'content/directives/'),
  ];
}

function loops<T>(entries: ContentEntry<T>[], next: (entry: ContentEntry<T>) => string | undefined | null, field: string, what: string, folder: string): ContentProblem[] {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const problems: ContentProblem[] = [];
  for (const entry of entries) {
    const chain = [entry.id];
    for (let id = next(entry); id && byId.has(id); id = next(byId.get(id)!)) {
      if (id === entry.id) {
        // Reported at one file of the loop only.
        if (chain.some((step) => step < entry.id)) break;
        const loop = [...chain, id].join(' → ');
        problems.push({
          file: entry.filePath,
          field,
          expected: `${what} là một tệp khác trong ${folder}, không vòng lại tệp này`,
          found: chain.length === 1 ? `"${field}" là chính tệp này ("${id}")` : `vòng ${loop}`,
          fix: chain.length === 1 ? `Bỏ "${field}" hoặc ghi mã của ${what} thật.` : `Sửa "${field}" ở một trong các tệp của vòng (${chain.map((step) => `${folder}${step}.yaml`).join(', ')}) cho đúng.`,
        });
        break;
      }
      if (chain.includes(id)) break;
      chain.push(id);
    }
  }
  return problems;
}

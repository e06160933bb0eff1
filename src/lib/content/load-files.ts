/**
 * Content read without Astro: content/ from disk, YAML and frontmatter parsed with the `yaml`
 * package, validated with the same zod schemas as the build (`npm run check` then runs the
 * rules over it: ./check-files). Every problem names a file, a line where one can be found,
 * a field, what was expected, what was found and how to fix it, in Vietnamese.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { distance } from 'fastest-levenshtein';
import { parseDocument, visit } from 'yaml';
import { z } from 'astro/zod';
import { blocSchema, type BlocData } from '../../schemas/bloc';
import { campaignSchema, type CampaignData } from '../../schemas/campaign';
import { directiveSchema, type DirectiveData } from '../../schemas/directive';
import { honourYearSchema, type HonourYearData } from '../../schemas/honour';
import { titleSchema, type TitleData } from '../../schemas/title';
import { unitSchema, type UnitData } from '../../schemas/unit';
import { readContentText } from './encoding';
import { fileNameProblem } from './file-names';
import { lineOfField } from './format';
import { noMemo, type Memo } from './memo';
import { missing } from './references';
import type { RuleContext } from './rules';
import type { ContentEntry, ContentProblem, ContentSet } from './types';


/** The content set read from disk, with the problems found while reading it. */
export interface LoadedContent {
  content: ContentSet;
  problems: ContentProblem[];
  context: RuleContext;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'chữ',
  number: 'số',
  integer: 'số nguyên',
  boolean: 'true hoặc false',
  array: 'danh sách (các dòng "- ...")',
  object: 'nhóm trường',
  null: 'để trống (null)',
  undefined: 'không có',
  date: 'ngày',
};

function valueAt(data: unknown, path: (string | number)[]): unknown {
  return path.reduce<unknown>((value, key) => (value !== null && typeof value === 'object' ? (value as Record<string | number, unknown>)[key] : undefined), data);
}

function shown(value: unknown): string {
  if (value === undefined) return 'không có';
  return JSON.stringify(value) ?? String(value);
}

/** Dotted field path as lineOfField and the report use: "signer.name", "targets[2].item". */
export function fieldPath(path: (string | number)[], prefix = ''): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${key}` : key), prefix);
}

/** A mapping of one key: what YAML makes of an unquoted line holding ": " ("- Lưu: VT."). */
function isOneLineMapping(value: unknown): boolean {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 1;
}

/** Fields holding a date, whose fix shows the date format. */
function isDateField(name: string): boolean {
  return /^(issued|effective|date|decided|signed)$/.test(name);
}

/** A zod issue told the way an editor can act on it. */
function problemOfIssue(issue: z.ZodIssue, file: string, data: unknown, prefix: string): ContentProblem {
  const field = fieldPath(issue.path, prefix);
  const value = valueAt(data, issue.path);
  const name = String(issue.path.at(-1) ?? field);
  const base = { file, field, found: shown(value) };
  switch (issue.code) {
    case 'invalid_type':
      if (issue.received === 'null') {
        return { ...base, expected: `giá trị kiểu ${TYPE_NAMES[issue.expected] ?? issue.expected}`, found: 'để trống', fix: `Điền "${name}" (xem chú thích ngay trên dòng này).` };
      }
      if (issue.received === 'undefined') {
        return { ...base, expected: `trường "${name}" (bắt buộc), kiểu ${TYPE_NAMES[issue.expected] ?? issue.expected}`, fix: `Thêm dòng "${name}: ..." vào ${prefix ? 'mục này' : 'phần đầu tệp'}.` };
      }
      if (issue.expected === 'string' && issue.received === 'object' && isOneLineMapping(value)) {
        // "- Lưu: VT." unquoted: YAML reads the colon as "name: value".
        const line = Object.entries(value as Record<string, unknown>).map(([key, inner]) => `${key}: ${String(inner ?? '')}`.trim())[0];
        return { ...base, expected: 'một dòng chữ', found: `${line} (YAML đọc dấu ":" thành "tên: giá trị")`, fix: `Đặt cả dòng trong ngoặc kép: "${line}".` };
      }
      return {
        ...base,
        expected: `kiểu ${TYPE_NAMES[issue.expected] ?? issue.expected}`,
        found: `${shown(value)} (${TYPE_NAMES[issue.received] ?? issue.received})`,
        fix: issue.expected === 'number' && typeof value === 'string' ? `Viết số không có ngoặc kép: "${name}: ${value}".` : `Sửa giá trị "${name}" cho đúng kiểu.`,
      };
    case 'invalid_enum_value':
      return { ...base, expected: `một trong: ${issue.options.map((option) => `"${String(option)}"`).join(', ')}`, fix: `Chọn một giá trị trong danh sách cho "${name}".` };
    case 'invalid_union_discriminator':
      return { ...base, expected: `một trong: ${issue.options.map((option) => `"${String(option)}"`).join(', ')}`, fix: `Sửa "${name}".` };
    case 'invalid_union': {
      const messages = issue.unionErrors.flatMap((error) => error.issues).filter((inner) => inner.code === 'invalid_string' || inner.code === 'custom');
      return { ...base, expected: messages[0]?.message ?? 'giá trị hợp lệ', fix: `Sửa giá trị "${name}".` };
    }
    case 'invalid_string':
      return {
        ...base,
        expected: issue.validation === 'url' ? 'địa chỉ web đầy đủ, bắt đầu bằng https://' : issue.validation === 'regex' ? issue.message.replace(/^Cần\s+/, '') : `chuỗi đúng dạng (${String(issue.validation)})`,
        fix: isDateField(name) ? `Viết "${name}" theo dạng năm-tháng-ngày, trong ngoặc kép, ví dụ ${name}: "2024-02-29".` : `Sửa "${name}" theo dạng ở dòng "Cần".`,
      };
    case 'too_small':
      return {
        ...base,
        expected: issue.type === 'string' ? `ít nhất ${String(issue.minimum)} ký tự` : issue.type === 'array' ? `ít nhất ${String(issue.minimum)} mục` : `từ ${String(issue.minimum)} trở lên`,
        fix: `Điền đủ "${name}".`,
      };
    case 'too_big':
      return { ...base, expected: issue.type === 'string' ? `nhiều nhất ${String(issue.maximum)} ký tự` : issue.type === 'array' ? `nhiều nhất ${String(issue.maximum)} mục` : `không quá ${String(issue.maximum)}`, fix: `Sửa "${name}".` };
    case 'custom':
      return { ...base, expected: issue.message.replace(/^Cần\s+/, ''), fix: isDateField(name) ? `Sửa "${name}" thành ngày đúng như trong bản gốc (ví dụ "2024-02-29"); nếu bản gốc ghi sai ngày, giữ tháng ("YYYY-MM") và ghi chú lại.` : `Sửa "${name}" theo dòng "Cần".` };
    default:
      return { ...base, expected: issue.message, fix: `Sửa "${name}" theo hướng dẫn trên.` };
  }
}

/** Shapes of a zod schema, to find fields the schema does not know (a typo such as "isued" would be dropped silently). */
function knownKeys(schema: z.ZodTypeAny): { keys?: string[]; child: (key: string | number) => z.ZodTypeAny | undefined } {
  let inner: z.ZodTypeAny = schema;
  for (;;) {
    if (inner instanceof z.ZodEffects) inner = inner.innerType();
    else if (inner instanceof z.ZodOptional || inner instanceof z.ZodNullable) inner = inner.unwrap();
    else if (inner instanceof z.ZodDefault) inner = inner.removeDefault();
    else break;
  }
  if (inner instanceof z.ZodObject) {
    const shape = inner.shape as Record<string, z.ZodTypeAny>;
    return { keys: Object.keys(shape), child: (key) => shape[String(key)] };
  }
  if (inner instanceof z.ZodArray) return { child: () => inner.element as z.ZodTypeAny };
  return { child: () => undefined };
}

/** Fields present in the data that the schema does not define, with the closest known name. */
function unknownFields(schema: z.ZodTypeAny, data: unknown, path: (string | number)[], file: string, prefix: string): ContentProblem[] {
  if (data === null || typeof data !== 'object') return [];
  const { keys, child } = knownKeys(schema);
  const problems: ContentProblem[] = [];
  const entries: [string | number, unknown][] = Array.isArray(data) ? data.map((value, index) => [index, value]) : Object.entries(data);
  for (const [key, value] of entries) {
    if (keys && typeof key === 'string' && !keys.includes(key)) {
      const closest = [...keys].sort((a, b) => distance(a, key) - distance(b, key))[0];
      problems.push({
        file,
        field: fieldPath([...path, key], prefix),
        expected: `một trường đã định nghĩa (${keys.join(', ')})`,
        found: `"${key}"`,
        fix: closest && distance(closest, key) <= 3 ? `Có phải "${closest}"? Sửa tên trường cho đúng.` : `Xóa trường "${key}" hoặc sửa tên cho đúng.`,
      });
      continue;
    }
    const inner = child(key);
    if (inner) problems.push(...unknownFields(inner, value, [...path, key], file, prefix));
  }
  return problems;
}

/** Reads one YAML text; a syntax error becomes a problem at its line (offset for frontmatter). */
function readYaml(source: string, file: string, lineOffset: number): { data?: unknown; problem?: ContentProblem } {
  const doc = parseDocument(source, { prettyErrors: false });
  const error = doc.errors[0];
  if (error) {
    // The line from the error's offset in the text (the parser's own line numbers are not kept without prettyErrors).
    const line = source.slice(0, error.pos[0]).split('\n').length + lineOffset;
    const told = YAML_ERRORS[error.code];
    return {
      problem: {
        file,
        field: 'YAML',
        line,
        expected: 'YAML hợp lệ: "tên: giá trị", thụt lề bằng dấu cách đều nhau, chuỗi có dấu ":" đặt trong ngoặc kép',
        found: told?.found ?? `dòng không đọc được (${error.message.split('\n')[0]})`,
        fix: `Sửa dòng ${line}: ${told?.fix ?? 'so với các dòng cùng cấp ở trên và dưới.'}`,
      },
    };
  }
  // "name: Phòng số 2 #A": YAML reads " #A" as a comment and drops it silently; say so.
  let cut: ContentProblem | undefined;
  visit(doc, {
    Scalar(_key, node) {
      if (cut || !node.comment || node.type !== 'PLAIN' || !node.range) return;
      const line = source.slice(0, node.range[0]).split('\n').length + lineOffset;
      const written = source.split('\n')[line - lineOffset - 1]?.trim() ?? '';
      cut = {
        file,
        field: 'YAML',
        line,
        expected: 'giá trị trọn vẹn: sau dấu cách, dấu "#" mở đầu một chú thích và phần sau nó bị bỏ',
        found: `${written} (YAML chỉ đọc "${String(node.value)}")`,
        fix: `Đặt cả giá trị trong ngoặc kép nếu "#" là một phần của nó; nếu là chú thích, chuyển chú thích lên dòng riêng phía trên.`,
      };
    },
  });
  if (cut) return { problem: cut };
  return { data: doc.toJS() };
}

/** The YAML parser's errors told in the editor's terms. */
const YAML_ERRORS: Partial<Record<string, { found: string; fix: string }>> = {
  TAB_AS_INDENT: { found: 'dấu Tab để thụt lề', fix: 'thay Tab bằng dấu cách (YAML chỉ nhận dấu cách).' },
  DUPLICATE_KEY: { found: 'một trường viết hai lần', fix: 'xóa một trong hai dòng.' },
  BAD_INDENT: { found: 'dòng không thẳng cột với các dòng cùng cấp', fix: 'thụt lề bằng đúng số dấu cách như dòng trên; mục của danh sách bắt đầu bằng "- ".' },
  MISSING_CHAR: { found: 'thiếu một dấu (ngoặc kép, ngoặc vuông hoặc ":")', fix: 'đóng ngoặc kép hoặc ngoặc vuông đã mở.' },
  MULTILINE_IMPLICIT_KEY: { found: 'một giá trị xuống dòng mà không đặt trong ngoặc kép', fix: 'đặt cả giá trị trong ngoặc kép trên một dòng.' },
  BLOCK_AS_IMPLICIT_KEY: { found: 'một dòng có dấu ":" ở chỗ không được', fix: 'đặt giá trị có dấu ":" trong ngoặc kép.' },
  UNEXPECTED_TOKEN: { found: 'một ký tự không đúng chỗ', fix: 'đặt giá trị trong ngoặc kép nếu nó bắt đầu bằng ký tự đặc biệt (@, `, %, {, [, *, &, !, |, >).' },
  BAD_SCALAR_START: { found: 'giá trị bắt đầu bằng ký tự đặc biệt', fix: 'đặt cả giá trị trong ngoặc kép.' },
  MULTIPLE_DOCS: { found: 'nhiều hơn một khối "---"', fix: 'chỉ để một phần đầu giữa hai dòng "---".' },
};

/** Validates data with a schema: the typed entry, or problems pointing at the lines of the fields. */
function validate<T>(
  schema: z.ZodType<T, z.ZodTypeDef, unknown>,
  data: unknown,
  file: string,
  source: string,
  lineOffset: number,
  prefix = '',
): { data?: T; problems: ContentProblem[] } {
  const located = (problem: ContentProblem): ContentProblem => {
    const line = lineOfField(source, problem.field);
    return line ? { ...problem, line: line + lineOffset } : problem;
  };
  const unknown = unknownFields(schema, data, [], file, prefix).map(located);
  const result = schema.safeParse(data);
  if (!result.success) return { problems: [...result.error.issues.map((issue) => located(problemOfIssue(issue, file, data, prefix))), ...unknown] };
  return { data: result.data, problems: unknown };
}

function listFiles(folder: string, pattern: RegExp, recursive = false): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .sort()
    .flatMap((name) => {
      const path = join(folder, name);
      if (recursive && statSync(path).isDirectory()) return listFiles(path, pattern, true);
      return pattern.test(name) && !name.startsWith('.') ? [path] : [];
    });
}

/** Splits an .mdx file into frontmatter and body; the number of lines before the body. */
function splitMdx(raw: string): { frontmatter: string; body: string; bodyOffset: number } | null {
  const text = raw.replace(/^\ufeff/, '');
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!match) return null;
  return { frontmatter: match[1], body: text.slice(match[0].length), bodyOffset: match[0].split('\n').length - 1 };
}

/**
 * Reads the content folder. Files that fail their schema are reported and left out of the set,
 * as the build would refuse them; the rules then run over the rest. `memo` keeps each file's YAML
 * reading (data, or the problem found) under the file's path and text (./memo.ts).
 */
export function loadContentFiles(root: string, cwd = process.cwd(), memo: Memo = noMemo): LoadedContent {
  const read = (source: string, file: string, lineOffset: number) => memo(['yaml', file, String(lineOffset), source], () => readYaml(source, file, lineOffset));
  const display = (path: string) => {
    const rel = relative(cwd, path);
    return rel.startsWith('..') ? path : rel;
  };
  const problems: ContentProblem[] = [];
  /** A file's text; undefined, and its one problem reported, when it is not UTF-8 Unicode (./encoding.ts). */
  const readText = (path: string, file: string): string | undefined => {
    const { text, problem } = readContentText(readFileSync(path), file);
    if (problem) problems.push(problem);
    return text;
  };
  const offsets = new Map<string, number>();
  const content: ContentSet = { campaigns: [], directives: [], honours: [], units: [], titles: [], blocs: [] };

  const campaignsDir = join(root, 'campaigns');
  for (const path of listFiles(campaignsDir, /./, true)) {
    const file = display(path);
    if (!path.endsWith('.mdx')) {
      problems.push({ file, field: 'tên tệp', expected: 'tệp .mdx (văn bản của phong trào)', found: basename(path), fix: 'Đổi đuôi tệp thành .mdx, hoặc chuyển tệp ra khỏi content/campaigns/.' });
      continue;
    }
    const misnamed = fileNameProblem(relative(campaignsDir, path), file);
    if (misnamed) {
      problems.push(misnamed);
      continue;
    }
    const raw = readText(path, file);
    if (raw === undefined) continue;
    const parts = splitMdx(raw);
    if (!parts) {
      problems.push({ file, field: 'frontmatter', line: 1, expected: 'tệp mở đầu bằng dòng "---", các trường, rồi dòng "---"', found: JSON.stringify(raw.split('\n')[0]), fix: 'Thêm phần đầu tệp giữa hai dòng "---" (xem tệp của năm trước).' });
      continue;
    }
    offsets.set(file, parts.bodyOffset);
    const yaml = read(parts.frontmatter, file, 1);
    if (yaml.problem) {
      problems.push(yaml.problem);
      continue;
    }
    const result = validate<CampaignData>(campaignSchema, yaml.data, file, parts.frontmatter, 1);
    problems.push(...result.problems);
    const id = relative(campaignsDir, path).replace(/\\/g, '/').replace(/\.mdx$/, '');
    if (result.data) content.campaigns.push({ id, filePath: file, data: result.data, body: parts.body });
  }

  // Honours files that fail their schema are still checked for units that do not exist, so that
  // an editor sees every mistake of the file at once, not the next one after each fix.
  const invalidHonours: { file: string; source: string; data: unknown }[] = [];
  const readFolder = <T>(folder: string, schema: z.ZodType<T, z.ZodTypeDef, unknown>, into: ContentEntry<T>[]) => {
    for (const path of listFiles(join(root, folder), /\.ya?ml$/)) {
      const file = display(path);
      const misnamed = folder === 'honours' ? undefined : fileNameProblem(basename(path), file);
      if (misnamed) {
        problems.push(misnamed);
        continue;
      }
      const source = readText(path, file);
      if (source === undefined) continue;
      const yaml = read(source, file, 0);
      if (yaml.problem) {
        problems.push(yaml.problem);
        continue;
      }
      const result = validate(schema, yaml.data, file, source, 0);
      problems.push(...result.problems);
      if (result.data) into.push({ id: basename(path).replace(/\.ya?ml$/, ''), filePath: file, data: result.data });
      else if (folder === 'honours') invalidHonours.push({ file, source, data: yaml.data });
    }
  };
  readFolder<UnitData>('units', unitSchema, content.units);
  readFolder<DirectiveData>('directives', directiveSchema, content.directives);
  readFolder<HonourYearData>('honours', honourYearSchema, content.honours);
  readFolder<BlocData>('blocs', blocSchema, content.blocs);
  const unitIds = new Set(content.units.map((unit) => unit.id));
  for (const { file, source, data } of invalidHonours) {
    const found: ContentProblem[] = [];
    for (const [field, id] of unitsNamedInHonours(data)) missing(found, unitIds, 'content/units/', { id: file, filePath: file, data }, field, id);
    problems.push(...found.map((problem) => ({ ...problem, line: lineOfField(source, problem.field) })));
  }

  const titlesPath = join(root, 'titles.yaml');
  if (existsSync(titlesPath)) {
    const file = display(titlesPath);
    const text = readText(titlesPath, file);
    // Not UTF-8 Unicode: reported by readText, and nothing else is read from it.
    const source = text ?? '';
    const yaml = text === undefined ? { problem: undefined, data: [] } : read(source, file, 0);
    if (yaml.problem) problems.push(yaml.problem);
    else if (!Array.isArray(yaml.data)) {
      problems.push({ file, field: 'titles', line: 1, expected: 'danh sách các danh hiệu, mỗi mục bắt đầu bằng "- id: ..."', found: shown(yaml.data), fix: 'Viết mỗi danh hiệu thành một mục "- id: ...".' });
    } else {
      const seen = new Set<string>();
      yaml.data.forEach((item: unknown, index) => {
        const id = item && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string' ? (item as { id: string }).id : undefined;
        const prefix = id ? `[${id}]` : `[${index}]`;
        const result = validate<TitleData>(titleSchema, item, file, source, 0, prefix);
        problems.push(...result.problems);
        if (id && seen.has(id)) {
          problems.push({ file, field: `${prefix}.id`, line: lineOfField(source, `${prefix}.id`), expected: 'mã danh hiệu không trùng', found: `"${id}" (lặp lại)`, fix: 'Đổi mã của một trong hai mục.' });
        }
        if (id) seen.add(id);
        if (result.data) content.titles.push({ id: result.data.id, filePath: file, data: result.data });
      });
    }
  }

  return { content, problems, context: { bodyLineOffset: (filePath) => offsets.get(filePath) ?? 0 } };
}

/** The unit ids an honours file names, read from its raw data (for a file whose schema failed). */
function unitsNamedInHonours(data: unknown): [string, string][] {
  const decisions = (data as { decisions?: unknown } | null)?.decisions;
  if (!Array.isArray(decisions)) return [];
  return decisions.flatMap((decision: unknown, d) => {
    const rows = (decision as { rows?: unknown } | null)?.rows;
    if (!Array.isArray(rows)) return [];
    return rows.flatMap((row: unknown, r): [string, string][] => {
      const unit = (row as { recipient?: { unit?: unknown } } | null)?.recipient?.unit;
      return typeof unit === 'string' ? [[`decisions[${d}].rows[${r}].recipient.unit`, unit]] : [];
    });
  });
}

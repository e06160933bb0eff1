import { checkMovedAddresses } from '../addresses/moved';
import { checkBlocs } from '../blocs/check';
import { checkHonours } from '../honours/check';
import { outlineOf } from '../outline';
import { checkCampaignBody } from './campaign-rules';
import { checkCycles } from './cycles';
import { checkIssueDates } from './issue-dates';
import { checkDuplicateDocuments } from './duplicates';
import { checkDocumentFolders } from './folders';
import { checkMdxConstructs } from './mdx-constructs';
import { checkReferences } from './references';
import { checkTargetResults } from './target-results';
import type { CampaignData } from '../../schemas/campaign';
import type { ContentEntry, ContentProblem, ContentSet } from './types';

/** What a rule may need besides the content: where each campaign body starts in its file. */
export interface RuleContext {
  /** Lines before the body of a campaign file (its frontmatter), so body lines become file lines. */
  bodyLineOffset(filePath: string): number;
  /**
   * The one-body problems of a campaign file an earlier build found, when its file and the rules
   * are unchanged; else `check`'s (the build keeps them: src/data/body-checks-cache.ts).
   * Without it every body is checked.
   */
  keptBodyProblems?(entry: ContentEntry<CampaignData>, check: () => ContentProblem[]): ContentProblem[];
}

/** A content rule: the problems it finds in the whole set. Honour rules plug in here. */
export type ContentRule = (content: ContentSet, context: RuleContext) => ContentProblem[] | Promise<ContentProblem[]>;

/** Each campaign file's frontmatter-to-body rules (year, targets, theme, short citations), with body lines as file lines. */
export function checkCampaignBodies(content: ContentSet, context: RuleContext): ContentProblem[] {
  const kept = context.keptBodyProblems ?? ((_entry, check) => check());
  return content.campaigns.flatMap((entry) => kept(entry, () => checkCampaignBody(entry, outlineOf(entry), context.bodyLineOffset(entry.filePath))));
}

/**
 * What MDX would read as code in a campaign body: "{" and "}" (expressions, even when they
 * compile they fail when the page renders), "<" before a name or "!" (JSX, HTML comments), and
 * "import"/"export" at the start of a block. Editors write them as \{ \} \<; the importer does.
 * MDX comments "{/* … *\/}" are allowed. Read lexically: fast, and it points at the character.
 */
export function checkBodySyntax(content: ContentSet, context: RuleContext): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const entry of content.campaigns) {
    const lines = (entry.body ?? '').split('\n');
    lines.forEach((line, index) => {
      const text = line.replace(/\{\/\*.*?\*\/\}/g, '');
      const code = /(?<!\\)(?:\\\\)*([{}]|<(?=[\p{L}/!$_0-9]))/u.exec(text);
      const esm = /^(import|export)\s/.test(line) && (index === 0 || !lines[index - 1].trim());
      if (!code && !esm) return;
      const found = esm ? line.slice(0, 40) : text.slice(Math.max(0, code!.index - 20), code!.index + 21);
      problems.push({
        file: entry.filePath,
        field: 'nội dung',
        expected: esm
          ? 'dòng mở đầu bằng "import"/"export" là mã lệnh trong MDX; trong lời văn phải viết khác đi'
          : 'lời văn không có dấu {, } hay < sát chữ: MDX đọc chúng là mã lệnh',
        found: `"${found.trim()}"`,
        fix: esm
          ? 'Viết "&#105;mport"/"&#101;xport" thay cho chữ cái đầu, hoặc nối dòng này vào đoạn trước.'
          : 'Thêm dấu \\ trước ký tự đó: \\{ \\} \\< (npm run import tự làm việc này).',
        line: index + 1 + context.bodyLineOffset(entry.filePath),
      });
    });
  }
  return problems;
}

/** What MDX reads as code, found by MDX's parser as the campaign loader finds it, with the lexical check's findings on other lines. */
const checkBodyCode: ContentRule = (content, context) => checkMdxConstructs(content, context, checkBodySyntax);

/** Issue dates against the day the build or the check runs. */
export const checkIssueDatesToday: ContentRule = (content) => checkIssueDates(content);

/** The content rules, in order: run by the build (src/data/site.ts) and by `npm run check` alike. */
export const RULES: ContentRule[] = [checkReferences, checkCycles, checkIssueDatesToday, checkDocumentFolders, checkDuplicateDocuments, checkCampaignBodies, checkBodyCode, checkHonours, checkTargetResults, checkBlocs, checkMovedAddresses];

/** Runs every rule over the content. */
export async function runRules(content: ContentSet, context: RuleContext, rules: ContentRule[] = RULES): Promise<ContentProblem[]> {
  const found = await Promise.all(rules.map((rule) => rule(content, context)));
  return found.flat();
}

import type { CampaignData } from '../../schemas/campaign';
import { buildHonourBoards } from '../honours/board';
import type { HonourBoard } from '../honours/board';
import { outlineOf } from '../outline';
import { parseTarget } from '../targets';
import { computeFromBoard, divisionsOf, judge } from '../targets/results';
import type { BoardFacts } from '../targets/results';
import type { ContentEntry, ContentProblem, ContentSet } from './types';

const STATUS_LABEL = { met: 'đạt', 'not-met': 'không đạt', exceeded: 'vượt', unassessed: 'chưa đánh giá' } as const;

/** The board facts for each target of a campaign, keyed by item number: what the board can tell about it. */
export function boardFactsFor(entry: ContentEntry<CampaignData>, boards: HonourBoard[], content: ContentSet): Map<number, BoardFacts> {
  const board = boards.find((candidate) => candidate.year === entry.data.year);
  const facts = new Map<number, BoardFacts>();
  if (!board) return facts;
  const divisions = divisionsOf(entry.data.issuer, content.units);
  const items = outlineOf(entry).sections.filter((section) => section.role === 'targets').flatMap((section) => section.items);
  for (const item of items) {
    facts.set(item.number, { board, titles: content.titles, divisions, orHigher: parseTarget(item.text).measure?.orHigher ?? false });
  }
  return facts;
}

/**
 * A recorded year-end result must agree with itself (its value judged against the target) and
 * with the honour board when the board can tell (collectives holding a title): a wrong figure
 * is reported with the file and the target instead of published.
 */
export function checkTargetResults(content: ContentSet): ContentProblem[] {
  const boards = buildHonourBoards(content.honours, content.titles, content.units);
  const problems: ContentProblem[] = [];
  const judged = (target: CampaignData['targets'][number]) => target.result && target.result.status !== 'unassessed' && target.comparator !== undefined && target.value !== undefined;
  for (const entry of content.campaigns) {
    // The board facts need the body's outline: only for a document recording a result to judge.
    if (!entry.data.targets.some(judged)) continue;
    const facts = boardFactsFor(entry, boards, content);
    entry.data.targets.forEach((target, index) => {
      const recorded = target.result;
      if (!recorded || recorded.status === 'unassessed' || target.comparator === undefined || target.value === undefined) return;
      const field = `targets[${index}].result`;
      const computed = facts.get(target.item) ? computeFromBoard(target, facts.get(target.item) as BoardFacts) : null;
      if (computed) {
        const status = judge(target.comparator, target.value, computed.value);
        if ((recorded.value !== undefined && recorded.value !== computed.value) || recorded.status !== status) {
          problems.push({
            file: entry.filePath,
            field,
            expected: `kết quả mục tiêu ${target.item} theo bảng vàng: ${computed.value} (${STATUS_LABEL[status]}) — ${computed.detail}`,
            found: `${recorded.value ?? '(không ghi số)'} (${STATUS_LABEL[recorded.status]})`,
            fix: 'Sửa kết quả cho khớp bảng vàng, hoặc sửa bảng vàng nếu bảng vàng sai.',
          });
        }
        return;
      }
      if (recorded.value !== undefined && judge(target.comparator, target.value, recorded.value) !== recorded.status) {
        const status = judge(target.comparator, target.value, recorded.value);
        problems.push({
          file: entry.filePath,
          field,
          expected: `trạng thái khớp với giá trị: ${recorded.value} so với mục tiêu ${target.value} là "${status}"`,
          found: `"${recorded.status}"`,
          fix: `Sửa "status: ${status}" hoặc sửa "value".`,
        });
      }
    });
  }
  return problems;
}

import type { CampaignData } from '../../schemas/campaign';
import type { Outline } from '../outline/types';
import { findUnresolvedMentions } from '../citations';
import { compareAnnotation, parseTarget } from '../targets';
import { foldVietnamese } from '../text/fold';
import type { ContentEntry, ContentProblem } from './types';

/**
 * Rules tying a campaign's frontmatter to its body: the folder is its year, every target
 * annotation points at a numbered item of the targets section and agrees with what the
 * target's wording says, the theme is quoted in the body (so the two cannot drift apart), and
 * every short citation ("Chỉ thị số 05") follows a full one it can be resolved to.
 */
export function checkCampaignBody(entry: ContentEntry<CampaignData>, outline: Outline, bodyLineOffset = 0): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const folderYear = /campaigns\/(\d{4})\//.exec(entry.filePath)?.[1];
  if (folderYear && Number(folderYear) !== entry.data.year) {
    problems.push({
      file: entry.filePath,
      field: 'year',
      expected: `${folderYear} (năm của thư mục chứa tệp)`,
      found: String(entry.data.year),
      fix: `Sửa "year: ${folderYear}" hoặc chuyển tệp sang content/campaigns/${entry.data.year}/.`,
    });
  }

  const targetSection = outline.sections.find((section) => section.role === 'targets');
  const numbers = new Set(targetSection?.items.map((item) => item.number) ?? []);
  entry.data.targets.forEach((target, index) => {
    const item = targetSection?.items.find((candidate) => candidate.number === target.item);
    if (item) {
      if (target.qualitative) return;
      for (const contradiction of compareAnnotation(parseTarget(item.text), target)) {
        // "value: chú thích ghi 90, ..." names the field that disagrees: point at its line.
        const key = /^(comparator|value|unit|title)\b/.exec(contradiction)?.[1];
        problems.push({
          file: entry.filePath,
          field: key ? `targets[${index}].${key}` : `targets[${index}]`,
          expected: `chú thích khớp với câu mục tiêu ${item.number} trong văn bản`,
          found: contradiction,
          fix: `Sửa chú thích cho đúng với văn bản ở dòng ${item.line + bodyLineOffset} (văn bản là bản gốc, không sửa văn bản).`,
        });
      }
      return;
    }
    problems.push({
      file: entry.filePath,
      field: `targets[${index}].item`,
      expected: targetSection
        ? `số thứ tự của một mục trong phần "${targetSection.numeral}. ${targetSection.title}" (${[...numbers].join(', ')})`
        : 'một phần mục tiêu (ví dụ "## II. MỤC TIÊU") có các mục đánh số trong nội dung',
      found: String(target.item),
      fix: 'Sửa "item" cho khớp số mục trong văn bản, hoặc xóa chú thích mục tiêu này.',
    });
  });

  // Unfinished: a target of the text without its annotation (targets: [] under two targets), and
  // a section left empty, as `npm run new` scaffolds it.
  const annotated = new Set(entry.data.targets.map((target) => target.item));
  for (const item of targetSection?.items ?? []) {
    if (annotated.has(item.number)) continue;
    problems.push({
      file: entry.filePath,
      field: 'targets',
      expected: `một chú thích cho mỗi mục tiêu của văn bản (mục ${item.number} ở dòng ${item.line + bodyLineOffset})`,
      found: `mục tiêu ${item.number} chưa có chú thích`,
      fix: `Thêm dưới "targets:" một mục "- item: ${item.number}" với metric, comparator, value, unit (hoặc "qualitative: true" nếu không đo được bằng số).`,
    });
  }
  for (const section of outline.sections) {
    if (section.items.length > 0 || (section.role !== 'contents' && section.role !== 'targets')) continue;
    problems.push({
      file: entry.filePath,
      field: 'nội dung',
      expected: `các mục đánh số 1., 2., ... dưới "${section.numeral}. ${section.title}", chép từ văn bản`,
      found: 'phần chưa có mục nào (khung của npm run new chưa được điền?)',
      fix: 'Chép các mục của văn bản vào phần này, từng chữ.',
      line: section.line + bodyLineOffset,
    });
  }

  const theme = entry.data.theme;
  if (theme && entry.body !== undefined && !foldVietnamese(entry.body).includes(foldVietnamese(theme))) {
    problems.push({
      file: entry.filePath,
      field: 'theme',
      expected: 'chủ đề đúng như văn bản trích dẫn (trong ngoặc kép ở phần mở đầu)',
      found: `"${theme}"`,
      fix: 'Chép lại chủ đề từ nội dung văn bản, từng chữ.',
      line: outline.preamble[0] ? outline.preamble[0].line + bodyLineOffset : undefined,
    });
  }
  const body = entry.body ?? '';
  for (const mention of findUnresolvedMentions(body)) {
    problems.push({
      file: entry.filePath,
      field: 'nội dung',
      expected: 'trích dẫn rút gọn chỉ dùng sau một trích dẫn đầy đủ (loại, số, ký hiệu, ngày, cơ quan ban hành)',
      found: `"${mention.text}"`,
      fix: mention.reason,
      line: body.slice(0, mention.start).split('\n').length + bodyLineOffset,
    });
  }
  return problems;
}

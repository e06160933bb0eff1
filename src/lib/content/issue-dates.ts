import type { ContentProblem, ContentSet } from './types';

/**
 * A date that cannot be the document's: later than the day of the build, or far from the campaign
 * year it is filed under. A launch document may come out late in the year before its campaign
 * year and a review or award decision up to two years after; a year beyond that ("2032" for
 * 2023, "2013" for 2023) is a typing slip that the page would otherwise publish as written.
 */
export const YEARS_BEFORE = 1;
export const YEARS_AFTER = 2;

/** `today` as "YYYY-MM-DD", for comparing partial dates ("2024", "2024-03") by their first day. */
const isoDay = (date: Date) => date.toISOString().slice(0, 10);

function problem(file: string, field: string, issued: string, year: number, today: string): ContentProblem | undefined {
  const issuedYear = Number(issued.slice(0, 4));
  if (issued > today) {
    return {
      file,
      field,
      expected: `ngày ban hành đã qua (hôm nay là ${today})`,
      found: `"${issued}", ngày ở tương lai`,
      fix: `Sửa "${field}" theo ngày in trên văn bản; thường là gõ nhầm năm (năm thi đua của tệp là ${year}).`,
    };
  }
  if (issuedYear < year - YEARS_BEFORE || issuedYear > year + YEARS_AFTER) {
    return {
      file,
      field,
      expected: `ngày ban hành trong khoảng năm ${year - YEARS_BEFORE}–${year + YEARS_AFTER} (năm thi đua ${year}: phát động từ cuối năm trước, tổng kết, khen thưởng đến hai năm sau)`,
      found: `"${issued}"`,
      fix: `Sửa "${field}" theo ngày in trên văn bản; nếu văn bản thuộc năm thi đua khác, chuyển tệp sang năm đó.`,
    };
  }
  return undefined;
}

/** Campaign documents' and award decisions' issue dates, against the build's day and their campaign year. */
export function checkIssueDates(content: ContentSet, today: Date = new Date()): ContentProblem[] {
  const day = isoDay(today);
  const problems: (ContentProblem | undefined)[] = [];
  for (const campaign of content.campaigns) {
    if (campaign.data.issued) problems.push(problem(campaign.filePath, 'issued', campaign.data.issued, campaign.data.year, day));
  }
  for (const honour of content.honours) {
    honour.data.decisions.forEach((decision, index) => problems.push(problem(honour.filePath, `decisions[${index}].issued`, decision.issued, honour.data.year, day)));
  }
  return problems.filter((found): found is ContentProblem => Boolean(found));
}

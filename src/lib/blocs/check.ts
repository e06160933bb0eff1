/**
 * Rules for content/blocs/<id>.yaml that the schema cannot express (domain guide §9): the bodies
 * named exist, a year appears once and a member once in it, the head, the deputy, the ranked and
 * the proposed bodies are members, ranks run 1, 2, 3 ... without gaps or ties (unless the source
 * itself ties them), the covenant is a published document, and a body sits in one bloc a year
 * (the site files its documents, search filter and honours under that one).
 */
import type { BlocData, BlocYearData } from '../../schemas/bloc';
import type { ContentEntry, ContentProblem, ContentSet } from '../content/types';

type Problem = Omit<ContentProblem, 'file'>;

/** The problems of one bloc year, given the units and campaign documents that exist. */
function checkYear(year: BlocYearData, path: string, units: Set<string>, campaigns: Set<string>): Problem[] {
  const problems: Problem[] = [];
  const members = new Set<string>();
  year.members.forEach((member, m) => {
    if (!units.has(member)) {
      problems.push({ field: `${path}.members[${m}]`, expected: 'mã của một đơn vị có trong content/units/', found: `"${member}"`, fix: `Tạo tệp content/units/${member}.yaml, hoặc sửa mã cho đúng.` });
    }
    if (members.has(member)) {
      problems.push({ field: `${path}.members[${m}]`, expected: 'mỗi đơn vị một lần trong danh sách thành viên của năm', found: `"${member}" lặp lại`, fix: 'Xóa dòng lặp lại.' });
    }
    members.add(member);
  });
  const mustBeMember = (field: string, unit: string, role: string) => {
    if (!members.has(unit)) {
      problems.push({ field, expected: `${role} là một thành viên của khối năm ${year.year} (${[...members].join(', ')})`, found: `"${unit}"`, fix: `Thêm "${unit}" vào "members" của năm ${year.year}, hoặc sửa "${field.split('.').at(-1)}".` });
    }
  };
  mustBeMember(`${path}.head`, year.head, 'khối trưởng');
  if (year.deputy) {
    mustBeMember(`${path}.deputy`, year.deputy, 'khối phó');
    if (year.deputy === year.head) {
      problems.push({ field: `${path}.deputy`, expected: 'khối phó khác khối trưởng', found: `"${year.deputy}"`, fix: 'Sửa "deputy" thành đơn vị làm khối phó.' });
    }
  }
  if (year.covenant && !campaigns.has(year.covenant)) {
    problems.push({ field: `${path}.covenant`, expected: 'mã một văn bản trong content/campaigns/ ("năm/tên-tệp")', found: `"${year.covenant}"`, fix: `Nhập giao ước thi đua vào content/campaigns/${year.covenant}.mdx (npm run import), hoặc sửa mã.` });
  }
  const outcome = year.outcome;
  if (!outcome) return problems;
  outcome.ranking.forEach((row, r) => mustBeMember(`${path}.outcome.ranking[${r}].unit`, row.unit, 'đơn vị được xếp hạng'));
  outcome.proposedForFlag.forEach((unit, u) => mustBeMember(`${path}.outcome.proposedForFlag[${u}]`, unit, 'đơn vị đề nghị tặng Cờ thi đua'));
  outcome.proposedForCommendation.forEach((unit, u) => mustBeMember(`${path}.outcome.proposedForCommendation[${u}]`, unit, 'đơn vị đề nghị tặng Bằng khen'));
  problems.push(...checkRanks(outcome.ranking.map((row) => row.rank), outcome.tiesInSource, `${path}.outcome.ranking`));
  return problems;
}

/** Ranks as a bloc gives them: 1, 2, 3 ... with no gap, and no tie unless the source ties them (then 1, 1, 3). */
export function checkRanks(ranks: number[], tiesInSource: boolean, field: string): Problem[] {
  if (ranks.length === 0) return [];
  const sorted = [...ranks].sort((a, b) => a - b);
  const tied = sorted.filter((rank, i) => i > 0 && rank === sorted[i - 1]);
  if (tied.length && !tiesInSource) {
    return [{ field, expected: 'mỗi hạng một đơn vị', found: `hạng ${[...new Set(tied)].join(', ')} có hơn một đơn vị`, fix: 'Sửa hạng cho đúng văn bản; nếu văn bản xếp đồng hạng, ghi "tiesInSource: true".' }];
  }
  // With ties the next rank skips (1, 1, 3) or follows on (1, 1, 2), as the document does.
  const distinct = [...new Set(sorted)];
  const competition = sorted.every((rank) => rank === sorted.indexOf(rank) + 1);
  const dense = distinct.every((rank, i) => rank === i + 1);
  if (tiesInSource ? !(competition || dense) : !dense) {
    return [{ field, expected: `hạng liên tiếp từ 1 (${sorted.length} đơn vị)`, found: `hạng ${sorted.join(', ')}`, fix: 'Sửa hạng cho đúng văn bản: không bỏ sót hạng nào.' }];
  }
  return [];
}

/** Every bloc's rules, with the units and documents of the content set. */
export function checkBlocs(content: ContentSet): ContentProblem[] {
  const units = new Set(content.units.map((unit) => unit.id));
  const campaigns = new Set(content.campaigns.map((campaign) => campaign.id));
  /** "body|year" → the file of the bloc that lists it first. */
  const seatOf = new Map<string, string>();
  return content.blocs.flatMap((bloc: ContentEntry<BlocData>) => {
    const problems: Problem[] = [];
    bloc.data.years.forEach((year, y) =>
      year.members.forEach((member, m) => {
        const seat = `${member}|${year.year}`;
        const other = seatOf.get(seat);
        if (other === undefined) seatOf.set(seat, bloc.filePath);
        else if (other !== bloc.filePath) {
          problems.push({
            field: `years[${y}].members[${m}]`,
            expected: `mỗi đơn vị thuộc một khối thi đua trong một năm`,
            found: `"${member}" năm ${year.year} cũng là thành viên của ${other}`,
            fix: `Xóa "${member}" khỏi năm ${year.year} của một trong hai khối; đơn vị chuyển khối thì chỉ ghi ở khối mới từ năm chuyển.`,
          });
        }
      }),
    );
    if (!units.has(bloc.data.establishedBy)) {
      problems.push({ field: 'establishedBy', expected: 'mã của một đơn vị có trong content/units/', found: `"${bloc.data.establishedBy}"`, fix: `Tạo tệp content/units/${bloc.data.establishedBy}.yaml, hoặc sửa mã cho đúng.` });
    }
    const years = new Set<number>();
    bloc.data.years.forEach((year, y) => {
      if (years.has(year.year)) {
        problems.push({ field: `years[${y}].year`, expected: 'mỗi năm một mục', found: `năm ${year.year} lặp lại`, fix: 'Gộp hai mục của cùng một năm.' });
      }
      years.add(year.year);
      problems.push(...checkYear(year, `years[${y}]`, units, campaigns));
    });
    return problems.map((problem) => ({ file: bloc.filePath, ...problem }));
  });
}

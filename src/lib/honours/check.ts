/**
 * Rules for content/honours/<year>.yaml that the schema cannot express: each row's title is in
 * the catalogue, fits the recipient and is valid in the year; no row is given twice; the file's
 * year and its decisions' dates agree (domain guide §1, §5).
 */
import { spellingKey } from '../text/fold';
import type { RecipientKind } from '../../schemas/title';
import type { HonourYearData } from '../../schemas/honour';
import type { ContentEntry, ContentProblem, ContentSet } from '../content/types';
import { indexTitles, resolveTitle, titleFromInitials, type TitleEntry, type TitleIndex } from './catalogue';
import { recipientKey, type HonourRecipient } from './recipient';

/** Vietnamese names of recipient kinds, as editors read them. */
export const RECIPIENT_KIND_NAMES: Record<RecipientKind, string> = {
  individual: 'cá nhân',
  collective: 'tập thể',
  household: 'hộ gia đình',
};

const quote = (text: string) => `“${text}”`;

/** "từ năm 2004" or "từ năm 2004 đến năm 2023". */
function validYears(title: TitleEntry): string {
  const { validFrom, validTo } = title.data;
  return validTo === undefined ? `từ năm ${validFrom}` : `từ năm ${validFrom} đến năm ${validTo}`;
}

/** The legal basis named as a reader knows it: "Luật số 06/2022/QH15", or the key when not described. */
function basisNames(title: TitleEntry, content: ContentSet): string {
  const names = title.data.basis.map((key) => {
    const directive = content.directives.find((entry) => entry.id === key);
    if (!directive) return key;
    return directive.data.symbol ? `${directive.data.kind} số ${directive.data.symbol}` : directive.data.title;
  });
  return names.length ? names.join('; ') : 'chưa ghi căn cứ';
}

/** Rules for one year file. */
function checkYear(honour: ContentEntry<HonourYearData>, index: TitleIndex, content: ContentSet): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const file = honour.filePath;
  const { year, decisions } = honour.data;
  const problem = (field: string, expected: string, found: string, fix: string) => problems.push({ file, field, expected, found, fix });

  const fileName = file.split('/').at(-1) ?? file;
  const fileYear = /^(\d{4})\.ya?ml$/.exec(fileName)?.[1];
  if (!fileYear) {
    problem('year', 'tệp mang tên năm xét tặng: content/honours/<năm>.yaml', `"${fileName}"`, `Đổi tên tệp thành ${year}.yaml.`);
  } else if (Number(fileYear) !== year) {
    problem('year', `${fileYear} (năm trong tên tệp ${fileName})`, String(year), `Sửa "year: ${fileYear}" hoặc đổi tên tệp thành ${year}.yaml.`);
  }

  const seen = new Map<string, string>();
  decisions.forEach((decision, d) => {
    const decisionYear = Number(decision.issued.slice(0, 4));
    if (decisionYear < year) {
      problem(
        `decisions[${d}].issued`,
        `ngày từ năm ${year} trở đi: quyết định khen thưởng cho năm ${year} được ký trong năm ${year} hoặc sau đó`,
        `"${decision.issued}"${decision.symbol ? ` (Quyết định số ${decision.symbol})` : ''}`,
        `Kiểm tra ngày ký trên bản gốc; nếu quyết định là của năm ${decisionYear}, chuyển nó sang content/honours/${decisionYear}.yaml.`,
      );
    }

    decision.rows.forEach((row, r) => {
      const path = `decisions[${d}].rows[${r}]`;
      const resolution = resolveTitle(row.title, index);
      const kind = row.recipient.kind;
      const key = `${resolution.entry?.data.id ?? row.title}|${recipientKey(row.recipient)}`;
      const first = seen.get(key);
      if (first) {
        problem(
          path,
          'mỗi người, tập thể hoặc hộ chỉ có một dòng cho một danh hiệu trong một năm',
          `dòng trùng với ${first}: ${quote(resolution.entry?.data.name ?? row.title)} cho ${describeRecipient(row.recipient)}`,
          `Xóa một trong hai dòng (${first} hoặc ${path}).`,
        );
      } else {
        seen.set(key, path);
      }

      const title = resolution.entry;
      if (!title) {
        // Initials typed by hand ("TTLĐXS"): name the title they stand for rather than the nearest spellings.
        const initialled = titleFromInitials(row.title, index);
        problem(
          `${path}.title`,
          `tên một danh hiệu hoặc hình thức khen thưởng trong content/titles.yaml; ${initialled ? `"${row.title}" là chữ viết tắt của ${quote(initialled.data.name)}` : `gần nhất: ${resolution.suggestions.map(quote).join(', ')}`}`,
          `"${row.title}"`,
          initialled
            ? `Ghi "title" bằng tên đầy đủ ${quote(initialled.data.name)} (hoặc mã ${initialled.data.id}): trang bảng vàng ghi tên danh hiệu, không ghi chữ viết tắt.`
            : 'Sửa "title" thành một tên trong danh mục; nếu đây là cách viết khác của một danh hiệu đã có, thêm nó vào "variants" của danh hiệu đó trong content/titles.yaml.',
        );
        return;
      }
      if (resolution.matchedBy !== 'id' && ![title.data.name, ...title.data.variants].some((name) => spellingKey(name) === spellingKey(row.title))) {
        // Matched only once accents are folded away ("lao đông" for "lao động"): the board would show another spelling than the file.
        problem(
          `${path}.title`,
          `tên đúng như danh mục content/titles.yaml: ${quote(title.data.name)}`,
          `"${row.title}" (khác dấu)`,
          `Sửa "title" thành ${quote(title.data.name)}; nếu quyết định gốc viết đúng như vậy, thêm cách viết này vào "variants" của danh hiệu trong content/titles.yaml.`,
        );
      }
      if (!title.data.recipients.includes(kind)) {
        const allowed = title.data.recipients.map((allowedKind) => RECIPIENT_KIND_NAMES[allowedKind]).join(', ');
        problem(
          `${path}.recipient`,
          `người nhận ${quote(title.data.name)} là ${allowed}`,
          `${RECIPIENT_KIND_NAMES[kind]} (${kind}): ${describeRecipient(row.recipient)}`,
          `Danh hiệu cá nhân không tặng cho tập thể và ngược lại: sửa "title" cho đúng danh hiệu của ${RECIPIENT_KIND_NAMES[kind]}, hoặc sửa "recipient".`,
        );
      }
      const { validFrom, validTo } = title.data;
      if (year < validFrom || (validTo !== undefined && year > validTo)) {
        problem(
          `${path}.title`,
          `danh hiệu xét tặng được cho năm ${year}; ${quote(title.data.name)} chỉ xét tặng ${validYears(title)} (căn cứ: ${basisNames(title, content)})`,
          `${quote(row.title)} cho năm ${year}`,
          `Dùng danh hiệu có hiệu lực năm ${year}, hoặc kiểm tra lại năm của tệp (year: ${year}).`,
        );
      }
    });
  });
  return problems;
}

/** Who a row names, for messages: "Nông Thị Hoa", "đơn vị phong-chinh-sach". */
function describeRecipient(recipient: HonourRecipient): string {
  return recipient.kind === 'collective' ? `đơn vị "${recipient.unit}"` : `"${recipient.name}"`;
}

/** Every problem in the honour files of a content set, each naming the file and the dotted path of the row. */
export function checkHonours(content: ContentSet): ContentProblem[] {
  const index = indexTitles(content.titles);
  return content.honours.flatMap((honour) => checkYear(honour, index, content));
}

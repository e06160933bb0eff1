import { extname } from 'node:path';
import { parseOutline } from '../outline';
import { slugify } from '../text/fold';
import { decodeTextFile } from './decode';
import { readDocx } from './docx';
import { findTheme, parseDateLine, parseNumberLine, parseSigner, roleOf, yearInText } from './fields';
import { frontmatterYaml, mdxFile, type FieldComments } from './frontmatter';
import { resolveIssuer } from './issuer';
import { plainText, splitDocument } from './layout';
import { renderBody } from './markdown';
import { linesOfText, normaliseSource } from './source';
import { annotateTargets } from './targets';
import { ImportRefusal, type ImportContext, type ImportOptions, type ImportResult, type SourceText } from './types';

/**
 * Reads a launch document from its bytes: .docx through mammoth, .txt (UTF-8, or a legacy
 * Vietnamese encoding that can be converted) as is. Refuses, naming the file, what it cannot read.
 */
export async function readSource(bytes: Uint8Array, fileName: string): Promise<SourceText> {
  const extension = extname(fileName).toLowerCase();
  if (extension === '.docx') {
    if (bytes.length === 0) throw new ImportRefusal('empty', `Tệp "${fileName}" rỗng. / "${fileName}" is empty.`);
    const { lines, notices } = await readDocx(bytes, fileName);
    return normaliseSource(lines, fileName, notices);
  }
  if (extension === '.txt' || extension === '.md' || extension === '') {
    return normaliseSource(linesOfText(decodeTextFile(bytes, fileName)), fileName);
  }
  throw new ImportRefusal(
    'unsupported-format',
    `Không nhập được tệp "${fileName}": chỉ nhận .docx (Word) hoặc .txt. Với tệp .doc hay .pdf, mở trong Word và lưu thành .docx. / ` +
      `"${fileName}": only .docx and .txt files can be imported.`,
  );
}

/** Vietnamese explanations of the fields the importer could not fill. */
const MISSING_WHY: Record<string, string> = {
  year: 'không thấy năm trong tên văn bản hay ngày ban hành; dùng --year YYYY',
  documentType: 'không thấy tên loại văn bản (dòng chữ in hoa giữa trang, ví dụ "KẾ HOẠCH")',
  subject: 'không thấy trích yếu (dòng dưới tên loại văn bản)',
  number: 'không thấy dòng "Số: .../..." ở đầu văn bản',
  symbol: 'không thấy ký hiệu văn bản sau "Số:"',
  issuer: 'không thấy cơ quan ban hành ở góc trên bên trái; dùng --issuer <mã đơn vị>',
  place: 'không thấy địa danh trước "ngày ... tháng ... năm ..."',
  issued: 'không thấy ngày ban hành ("ngày ... tháng ... năm ...")',
  theme: 'không thấy chủ đề (chủ đề "…") ở phần mở đầu',
  'signer.position': 'không thấy chức vụ người ký (dòng chữ in hoa cuối văn bản)',
  'signer.name': 'không thấy họ tên người ký',
  recipients: 'không thấy danh sách "Nơi nhận:"',
};

/** A file name for the entry: launch documents are "phat-dong-thi-dua-<year>", others are named from their title. */
function slugOf(role: string, year: number | undefined, title: string, fileName: string): string {
  if (role === 'launch' && year) return `phat-dong-thi-dua-${year}`;
  const fromTitle = slugify(title).split('-').slice(0, 10).join('-');
  return fromTitle || slugify(fileName.replace(/\.[^.]+$/, '')) || 'van-ban';
}

/**
 * Turns a launch document's text into a campaign entry: frontmatter from the header, title,
 * preamble and foot; the body verbatim in the project's Markdown conventions; target annotations
 * from the same outline and target parsers the content check uses.
 */
export function importDocument(source: SourceText, fileName: string, context: ImportContext, options: ImportOptions = {}): ImportResult {
  const parts = splitDocument(source.lines);
  const warnings = [...source.notices];
  const body = renderBody(parts.body);
  const outline = parseOutline(body);
  const bodyText = parts.body.map(plainText).join('\n');
  const firstSection = parts.body.findIndex((line) => /^\s*[IVXLC]{1,6}\s*[.)]\s/.test(plainText(line)));
  const preamble = parts.body.slice(0, firstSection < 0 ? parts.body.length : firstSection).map(plainText).join('\n');

  const { number, symbol } = parts.numberLine ? parseNumberLine(parts.numberLine) : { number: undefined, symbol: undefined };
  const { place, issued } = parts.dateLine ? parseDateLine(parts.dateLine) : {};
  const title = [parts.documentType, parts.subject].filter(Boolean).join(' ');
  const year = options.year ?? yearInText(parts.subject) ?? yearInText(title) ?? (issued ? Number(issued.slice(0, 4)) : undefined);
  const role = roleOf(parts.documentType, parts.subject, preamble);
  const theme = findTheme(preamble) ?? findTheme(bodyText);
  const issuer = resolveIssuer(parts.issuerLines, bodyText, context.units, options.issuer);
  warnings.push(...issuer.warnings);
  const signer = parseSigner(parts.signerLines);
  if (signer.extra.length) warnings.push(`Dòng ở phần chữ ký chưa ghi vào frontmatter: ${signer.extra.map((line) => `"${line}"`).join(', ')}. / Signature lines not stored.`);
  if (issued && year && Number(issued.slice(0, 4)) !== year && Number(issued.slice(0, 4)) !== year - 1) {
    warnings.push(`Năm ban hành (${issued.slice(0, 4)}) khác năm thi đua (${year}): kiểm tra lại. / Issue year and campaign year differ.`);
  }

  const data: Record<string, unknown> = {
    role,
    year,
    documentType: parts.documentType,
    subject: parts.subject,
    number,
    symbol,
    issuer: issuer.issuer,
    place,
    issued,
    theme,
    basis: parts.basis.length ? parts.basis : undefined,
    signer: { prefix: signer.prefix, onBehalfOf: signer.onBehalfOf, position: signer.position, name: signer.name },
    recipients: parts.recipients,
    targets: annotateTargets(outline, context),
  };
  const missing = Object.keys(MISSING_WHY)
    .filter((field) => {
      if (field === 'theme' && role !== 'launch') return false;
      const value = field.startsWith('signer.') ? (data.signer as Record<string, unknown>)[field.slice(7)] : data[field];
      return value === undefined;
    })
    .map((field) => ({ field, why: MISSING_WHY[field] }));
  const clean = JSON.parse(JSON.stringify(data)) as Record<string, unknown>;
  if (clean.signer && Object.keys(clean.signer).length === 0) delete clean.signer;

  const comments: FieldComments = {};
  if (number === null) comments.number = 'Bản gốc để trống số: giữ null, không tự đặt số.';
  if (issued && issued.length < 10) comments.issued = issued.length === 7 ? 'Ngày để trống trong bản gốc: chỉ biết tháng và năm.' : 'Bản gốc để trống ngày và tháng: chỉ biết năm.';
  if (issuer.issuer && parts.issuerLines.length === 0 && !options.issuer) comments.issuer = 'Bản sao không có phần tiêu đề: cơ quan ban hành suy ra từ nội dung, cần kiểm tra.';
  if (Array.isArray(clean.targets) && clean.targets.length) comments.targets = 'Chú thích mục tiêu do máy đọc từ phần mục tiêu; "metric" là nhãn ngắn, có thể sửa cho gọn.';
  const header = [
    `${title || fileName} — nhập từ "${fileName}" (npm run import).`,
    'Chép nguyên văn từ bản gốc; không sửa lỗi chính tả của bản gốc. Đối chiếu lại trước khi đăng.',
    ...(missing.length ? [`Chưa tìm thấy trong văn bản, cần điền: ${missing.map((entry) => entry.field).join(', ')}.`] : []),
  ];
  const mdx = mdxFile(frontmatterYaml(clean, header, comments), body);
  return {
    data: clean,
    body,
    mdx,
    year,
    slug: slugOf(role, year, title, fileName),
    missing,
    warnings,
    newUnits: issuer.suggestions,
  };
}

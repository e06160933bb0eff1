import { extname } from 'node:path';
import { parseOutline } from '../outline';
import { foldVietnamese, slugify } from '../text/fold';
import { parseSymbol } from '../citations/canonical';
import { decodeTextFile } from './decode';
import { readDocx } from './docx';
import { findTheme, parseDateLine, parseNumberLine, parseSigner, roleOf, yearInText, yearsInBody } from './fields';
import { frontmatterYaml, mdxFile, type FieldComments } from './frontmatter';
import { resolveIssuer } from './issuer';
import { plainText, splitDocument } from './layout';
import { renderBody } from './markdown';
import { readPortalCopy, type PortalMetadata } from './portal';
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
  documentType: 'không thấy tên loại văn bản (dòng chữ in hoa giữa trang, ví dụ "KẾ HOẠCH")',
  subject: 'không thấy trích yếu (dòng dưới tên loại văn bản)',
  number: 'không thấy dòng "Số: .../..." ở đầu văn bản',
  symbol: 'không thấy ký hiệu văn bản sau "Số:"',
  issuer: 'không thấy cơ quan ban hành ở góc trên bên trái; dùng --issuer <mã đơn vị>',
  place: 'không thấy địa danh trước "ngày ... tháng ... năm ..."',
  issued: 'không thấy ngày ban hành ("ngày ... tháng ... năm ...")',
  theme: 'không thấy chủ đề (chủ đề "…") ở phần mở đầu',
  signer: 'không thấy phần chữ ký (chức vụ và họ tên người ký ở cuối văn bản)',
  'signer.position': 'không thấy chức vụ người ký (dòng chữ in hoa cuối văn bản)',
  'signer.name': 'không thấy họ tên người ký',
  recipients: 'không thấy danh sách "Nơi nhận:"',
};

/** Comments written above a field the copy does not state, so the page shows "không ghi" rather than a guess. */
const NOT_STATED: Record<string, string> = {
  documentType: 'Bản sao không ghi tên loại văn bản: để null (trang ghi "không ghi trong bản sao").',
  subject: 'Bản sao không ghi trích yếu: để null.',
  symbol: 'Bản sao không ghi ký hiệu văn bản: để null.',
  issuer: 'Bản sao không ghi cơ quan ban hành: để null, hoặc điền mã đơn vị trong content/units/.',
  place: 'Bản sao không ghi địa danh: để null.',
  issued: 'Bản sao không ghi ngày ban hành: để null.',
  signer: 'Bản sao không có phần chữ ký: để null.',
};

/** Lines of a copy without date in which its year is looked for. */
const OPENING_LINES = 8;

/** Words of a slug: at most this many, so file names stay readable. */
const SLUG_WORDS = 10;

/**
 * A file name for the entry: launch documents are "phat-dong-thi-dua-<year>"; others are named
 * from their type and subject, then from their type and number, then from the file name.
 */
function slugOf(role: string, year: number | undefined, documentType: string | undefined, subject: string | undefined, numberAndSymbol: string, fileName: string): string {
  if (role === 'launch' && year) return `phat-dong-thi-dua-${year}`;
  const words = (text: string) => slugify(text).split('-').filter(Boolean);
  const type = words(documentType ?? '');
  const fromSubject = words(subject ?? '');
  if (fromSubject.length) return [...type, ...fromSubject].slice(0, SLUG_WORDS).join('-');
  if (type.length && numberAndSymbol) return [...type, ...words(numberAndSymbol)].join('-');
  return slugify(fileName.replace(/\.[^.]+$/, '')) || [...type, 'van-ban'].join('-');
}

/** Number and symbol from the header, else from the portal's metadata; a disagreement is reported, the header wins. */
function numberAndSymbol(numberLine: string | undefined, metadata: PortalMetadata, warnings: string[]): { number?: string | null; symbol?: string } {
  const header = numberLine ? parseNumberLine(numberLine) : undefined;
  const portal = metadata.numberAndSymbol ? parseNumberLine(`Số: ${metadata.numberAndSymbol}`) : undefined;
  if (header && portal && (header.number !== portal.number || header.symbol !== portal.symbol)) {
    warnings.push(`Số, ký hiệu ở phần tiêu đề ("${numberLine}") khác khối thông tin của trang web ("${metadata.numberAndSymbol}"): dùng phần tiêu đề. / Header and portal metadata disagree; the header is used.`);
  }
  if (header) return header;
  if (portal) {
    warnings.push(`Số, ký hiệu lấy từ khối thông tin của trang web ("${metadata.numberAndSymbol}"): phần tiêu đề của bản sao không ghi. / Number taken from the portal's metadata.`);
    return portal;
  }
  return {};
}

/** The campaign year: stated by the editor, the subject or title, else the date of issue or the body, with a warning. */
function campaignYearOf(
  options: ImportOptions,
  subject: string | undefined,
  title: string,
  issued: string | undefined,
  bodyText: string,
  warnings: string[],
): number | undefined {
  const stated = options.year ?? yearInText(subject) ?? yearInText(title);
  if (stated) return stated;
  if (issued) {
    const year = Number(issued.slice(0, 4));
    warnings.push(`Trích yếu không ghi năm thi đua: lấy năm ban hành (${year}). Nếu không đúng, nhập lại với --year YYYY. / Campaign year taken from the date of issue.`);
    return year;
  }
  // A copy without date (a news item, a page without header): the latest year its opening lines give ("Ngày 13/7/2022, ...").
  const opening = bodyText.split('\n').filter((line) => line.trim() !== '').slice(0, OPENING_LINES).join('\n');
  // Years after next year are targets ("tầm nhìn đến năm 2045"), not the copy's own.
  const past = (years: number[]) => years.filter((year) => year <= new Date().getFullYear() + 1);
  const fromBody = Math.max(0, ...past(yearsInBody(opening))) || past(yearsInBody(bodyText))[0];
  if (fromBody) {
    warnings.push(`Văn bản không ghi ngày ban hành, trích yếu không ghi năm: lấy năm ${fromBody} ở phần đầu văn bản. Kiểm tra lại, hoặc nhập lại với --year YYYY. / Campaign year guessed from the opening lines.`);
  }
  return fromBody || undefined;
}

/**
 * Turns a launch document's text into a campaign entry: frontmatter from the header, title,
 * preamble and foot; the body verbatim in the project's Markdown conventions; target annotations
 * from the same outline and target parsers the content check uses.
 */
export function importDocument(source: SourceText, fileName: string, context: ImportContext, options: ImportOptions = {}): ImportResult {
  const portal = readPortalCopy(source.lines);
  const parts = splitDocument(portal.lines);
  const warnings = [...source.notices, ...portal.notices];
  const signer = parseSigner(parts.signerLines);
  const hasPosition = Boolean(signer.position);
  if (!hasPosition && signer.prefix) {
    // "KT. THỦ TƯỚNG" with no position or name under it: kept as printed among the foot's lines, not as a signature.
    signer.extra = [...parts.signerLines];
    signer.prefix = undefined;
    signer.name = undefined;
  } else if (!hasPosition && parts.signerLines.length) {
    // Lines under the text with no position (a news item's author, its view counter) are no signature: they stay in the text.
    parts.body.push(...parts.signerLines.map((line) => [{ text: line, bold: false }]));
    parts.signerLines = [];
    signer.name = undefined;
    signer.extra = [];
  }
  if (signer.printedPrefix) warnings.push(`Chữ ký ghi "${signer.printedPrefix}" (cách viết cũ): lưu là "${signer.prefix}" theo Nghị định 30/2020; kiểm tra lại. / Older authority prefix written in the current form.`);
  const body = renderBody(parts.body);
  const outline = parseOutline(body);
  const bodyText = parts.body.map(plainText).join('\n');
  const firstSection = parts.body.findIndex((line) => /^\s*[IVXLC]{1,6}\s*[.)]\s/.test(plainText(line)));
  const preamble = parts.body.slice(0, firstSection < 0 ? parts.body.length : firstSection).map(plainText).join('\n');

  const { number, symbol } = numberAndSymbol(parts.numberLine, portal.metadata, warnings);
  const dated = parts.dateLine ? parseDateLine(parts.dateLine) : {};
  const place = dated.place;
  let issued = dated.issued;
  if (!issued && portal.metadata.issued) {
    issued = portal.metadata.issued;
    warnings.push(`Ngày ban hành lấy từ khối thông tin của trang web (${issued}): phần tiêu đề của bản sao không ghi. / Date of issue taken from the portal's metadata.`);
  } else if (issued && portal.metadata.issued && issued.length === 10 && issued !== portal.metadata.issued) {
    warnings.push(`Ngày ban hành ở phần tiêu đề (${issued}) khác khối thông tin của trang web (${portal.metadata.issued}): dùng phần tiêu đề. / Header and portal metadata disagree on the date; the header is used.`);
  }
  let documentType = parts.documentType ?? portal.metadata.documentType;
  // A copy that lost its type line: "QUY ĐỊNH CHI TIẾT THI HÀNH ..." under "Số: 98/2023/NĐ-CP" is the
  // decree's subject, not a Quy định; the symbol's letters name the type.
  const symbolKind = number && symbol ? parseSymbol(`${number}/${symbol}`)?.kind : undefined;
  if (parts.typeFromSubjectLine && documentType && symbolKind && foldVietnamese(symbolKind) !== foldVietnamese(documentType)) {
    warnings.push(`Bản sao không có dòng tên loại văn bản: "${documentType} ${parts.subject}" là trích yếu; tên loại lấy theo ký hiệu ${symbol} (${symbolKind}). / The type line is missing: the line is the subject, and the type comes from the symbol.`);
    parts.subject = `${documentType} ${parts.subject}`;
    documentType = symbolKind;
  }
  const title = [documentType, parts.subject].filter(Boolean).join(' ');
  const year = campaignYearOf(options, parts.subject, title, issued, bodyText, warnings);
  const role = roleOf(documentType, parts.subject, preamble);
  const theme = findTheme(preamble) ?? findTheme(bodyText);
  // With no header, a decision's authority line ("ỦY BAN NHÂN DÂN TỈNH BẠC LIÊU") names the issuing body.
  const fromAuthority = parts.issuerLines.length === 0 && parts.authorityLine !== undefined && !options.issuer;
  const issuer = resolveIssuer(fromAuthority ? [parts.authorityLine!] : parts.issuerLines, bodyText, context.units, options.issuer, portal.metadata.issuer, place);
  if (fromAuthority && issuer.issuer) warnings.push(`Bản sao không có phần tiêu đề: cơ quan ban hành lấy từ dòng thẩm quyền "${parts.authorityLine}". Kiểm tra lại. / No header: issuer taken from the authority line.`);
  warnings.push(...issuer.warnings);
  if (signer.extra.length) warnings.push(`Dòng ở phần cuối văn bản, ngoài nơi nhận và chữ ký, ghi vào "footLines": ${signer.extra.map((line) => `"${line}"`).join(', ')}. / Other foot lines kept in footLines.`);
  if (issued && year && Number(issued.slice(0, 4)) !== year && Number(issued.slice(0, 4)) !== year - 1) {
    warnings.push(`Năm ban hành (${issued.slice(0, 4)}) khác năm thi đua (${year}): kiểm tra lại. / Issue year and campaign year differ.`);
  }

  const signerData = signer.position || signer.name ? { prefix: signer.prefix, onBehalfOf: signer.onBehalfOf, position: signer.position, name: signer.name } : null;
  const data: Record<string, unknown> = {
    role,
    year,
    documentType: documentType ?? null,
    subject: parts.subject ?? null,
    number: number === undefined ? null : number,
    symbol: symbol ?? null,
    issuer: issuer.issuer ?? null,
    place: place ?? null,
    issued: issued ?? null,
    theme,
    basis: parts.basis.length ? parts.basis : undefined,
    signer: signerData,
    recipients: parts.recipients,
    footLines: signer.extra.length ? signer.extra : undefined,
    targets: annotateTargets(outline, context),
  };
  const missing = Object.keys(MISSING_WHY)
    .filter((field) => {
      if (field === 'theme' && role !== 'launch') return false;
      if (field === 'signer.name') return signerData !== null && signer.name === undefined;
      if (field === 'signer.position') return signerData !== null && signer.position === undefined;
      if (field === 'signer') return signerData === null;
      const value = data[field];
      return value === undefined || value === null;
    })
    .filter((field) => !(field === 'number' && parts.numberLine && number === null))
    .map((field) => ({ field, why: MISSING_WHY[field] }));
  const clean = JSON.parse(JSON.stringify(data)) as Record<string, unknown>;
  if (clean.signer && Object.keys(clean.signer).length === 0) delete clean.signer;

  const comments: FieldComments = {};
  for (const [field, comment] of Object.entries(NOT_STATED)) if (clean[field] === null) comments[field] = comment;
  if (number === null) comments.number = parts.numberLine || portal.metadata.numberAndSymbol ? 'Bản gốc để trống số: giữ null, không tự đặt số.' : 'Bản sao không ghi số văn bản: để null.';
  if (issued && issued.length < 10) comments.issued = issued.length === 7 ? 'Ngày để trống trong bản gốc: chỉ biết tháng và năm.' : 'Bản gốc để trống ngày và tháng: chỉ biết năm.';
  if (issuer.issuer && parts.issuerLines.length === 0 && !options.issuer) {
    comments.issuer = fromAuthority ? `Bản sao không có phần tiêu đề: cơ quan ban hành lấy từ dòng thẩm quyền "${parts.authorityLine}", cần kiểm tra.` : 'Bản sao không có phần tiêu đề: cơ quan ban hành suy ra từ nội dung, cần kiểm tra.';
  }
  if (Array.isArray(clean.targets) && clean.targets.length) comments.targets = 'Chú thích mục tiêu do máy đọc từ phần mục tiêu; "metric" là nhãn ngắn, có thể sửa cho gọn.';
  const header = [
    `${title || fileName} — nhập từ "${fileName}" (npm run import).`,
    'Chép nguyên văn từ bản gốc; không sửa lỗi chính tả của bản gốc. Đối chiếu lại trước khi đăng.',
    ...(missing.length ? [`Chưa tìm thấy trong văn bản, cần kiểm tra: ${missing.map((entry) => entry.field).join(', ')}.`] : []),
  ];
  const mdx = mdxFile(frontmatterYaml(clean, header, comments), body);
  return {
    data: clean,
    body,
    mdx,
    year,
    slug: slugOf(role, year, documentType, parts.subject, [number, symbol].filter(Boolean).join('-'), fileName),
    missing,
    warnings,
    newUnits: issuer.suggestions,
    dropped: portal.dropped,
  };
}

import type { ContentEntry, ContentSet } from '../content/types';
import type { CampaignData } from '../../schemas/campaign';
import { frontmatterYaml, mdxFile } from './frontmatter';

/** Last year's launch document and its issuer's name: where a new year's stable fields come from. */
export interface ScaffoldSource {
  entry?: ContentEntry<CampaignData>;
  issuerName?: string;
}

/** The newest launch document (or, failing that, the newest document) in the content set. */
export function latestLaunch(content: ContentSet): ScaffoldSource {
  const sorted = [...content.campaigns].sort((a, b) => b.data.year - a.data.year || Number(b.data.role === 'launch') - Number(a.data.role === 'launch'));
  const entry = sorted.find((campaign) => campaign.data.role === 'launch') ?? sorted[0];
  const issuerName = entry ? content.units.find((unit) => unit.id === entry.data.issuer)?.data.name : undefined;
  return { entry, issuerName };
}

const COMMENTS: Record<string, string> = {
  documentType: 'Tên loại và trích yếu: chép đúng như in giữa trang của văn bản mới.',
  number: 'Số văn bản đã vào sổ, ví dụ "05"; để null nếu bản gốc để trống số.',
  symbol: 'Ký hiệu sau số (giữ nguyên nếu năm nay vẫn dùng ký hiệu này).',
  issued: 'Ngày ban hành: "YYYY-MM-DD", hoặc "YYYY-MM" khi bản gốc để trống ngày.',
  theme: 'Chủ đề: chép đúng như văn bản đặt trong ngoặc kép ở phần mở đầu; xóa dòng này nếu văn bản không có chủ đề.',
  signer: 'Người ký: sửa nếu năm nay người khác ký (prefix KT./TM. khi ký thay).',
  recipients: 'Nơi nhận: mỗi dòng một nơi, bỏ dấu "-" ở đầu; kiểm tra lại theo văn bản mới.',
  targets: 'Mỗi mục trong phần mục tiêu một chú thích: item, metric, comparator, value, unit (hoặc qualitative: true).',
};

/**
 * A new year's launch document to fill in: stable fields (type, symbol, issuer, place, signer,
 * recipients) copied from last year, the fields that change left empty so `npm run check`
 * names each one until it is filled, and the body's two sections.
 */
export function scaffoldYear(year: number, source: ScaffoldSource): string {
  const last = source.entry?.data;
  const previous = last ? String(last.year) : undefined;
  const subject = last?.subject && previous ? last.subject.replaceAll(previous, String(year)) : undefined;
  const data: Record<string, unknown> = {
    role: 'launch',
    year,
    documentType: last?.documentType ?? null,
    subject: subject ?? null,
    number: null,
    symbol: last?.symbol ?? null,
    issuer: last?.issuer ?? null,
    place: last?.place ?? null,
    issued: null,
    theme: null,
    signer: last?.signer ?? { position: null },
    recipients: last?.recipients ?? [],
    targets: [],
  };
  const header = [
    `Phát động phong trào thi đua năm ${year}${source.issuerName ? ` — ${source.issuerName}` : ''}.`,
    last
      ? `Khung cho năm ${year}: các trường ổn định lấy từ năm ${previous}; các trường để trống cần điền theo văn bản mới.`
      : `Khung cho năm ${year}: điền mọi trường theo văn bản mới.`,
    'Chép nguyên văn văn bản vào dưới dòng "---" cuối (phần mở đầu, các mục, đoạn kết); không sửa lỗi chính tả của bản gốc.',
    'Chạy npm run check: lệnh báo từng trường còn thiếu, kèm số dòng.',
  ];
  // Fields to fill are left as "": null would mean "the copy does not state it", which the check accepts.
  const yaml = frontmatterYaml(data, header, COMMENTS).replace(/^(issued|theme|documentType|subject|symbol|issuer|place|  position): null$/gm, '$1: ""');
  return mdxFile(yaml, '## I. NỘI DUNG\n\n## II. MỤC TIÊU\n');
}

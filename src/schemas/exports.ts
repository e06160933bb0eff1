import { z } from 'astro/zod';
import { campaignSchema } from './campaign';

/**
 * Rows of the open-data exports (/du-lieu/): stable English field names, one schema per file,
 * published as JSON Schema beside the data. Changing a field is a breaking change for users.
 * Every row names its body and, in a province's archive, the emulation bloc that body was in
 * that year, so rows of many bodies can be filtered and compared.
 */

/** The body a row belongs to (the issuing body, or the body of an honoured unit) and its bloc that year. */
const bodyAndBloc = {
  /** Id of the body in content/units; null when the copy does not state the issuer, or for a household. */
  bodyId: z.string().nullable(),
  bodyName: z.string().nullable(),
  /** Id of the emulation bloc the body was in that year (content/blocs); null outside any bloc. */
  blocId: z.string().nullable(),
  blocName: z.string().nullable(),
};
export const campaignRow = z.object({
  /** Content id: "2023/phat-dong-thi-dua-2023". */
  id: z.string(),
  year: z.number().int(),
  role: campaignSchema.shape.role,
  /** Null (here and below) when the copy of the document does not state it. */
  documentType: z.string().nullable(),
  subject: z.string().nullable(),
  /** Registered number; null when the copy left it blank. */
  number: z.string().nullable(),
  symbol: z.string().nullable(),
  issuerId: z.string().nullable(),
  issuerName: z.string().nullable(),
  place: z.string().nullable(),
  /** "YYYY-MM-DD", or "YYYY-MM" when the day is blank. */
  issued: z.string().nullable(),
  theme: z.string().nullable(),
  signerPosition: z.string().nullable(),
  signerName: z.string().nullable(),
  ...bodyAndBloc,
  url: z.string().url(),
});

export const contentRow = z.object({
  campaignId: z.string(),
  year: z.number().int(),
  number: z.number().int(),
  anchor: z.string(),
  text: z.string(),
  /** Labels of the directives this item cites. */
  directives: z.array(z.string()),
  ...bodyAndBloc,
  url: z.string().url(),
});

export const targetRow = z.object({
  campaignId: z.string(),
  year: z.number().int(),
  number: z.number().int(),
  text: z.string(),
  metric: z.string().nullable(),
  qualitative: z.boolean(),
  comparator: z.enum(['eq', 'gte', 'gt', 'lte', 'lt']).nullable(),
  value: z.number().nullable(),
  unit: z.enum(['percent', 'count']).nullable(),
  title: z.string().nullable(),
  resultStatus: z.enum(['met', 'not-met', 'exceeded', 'unassessed']),
  resultValue: z.number().nullable(),
  /** "computed" from the honour board, "recorded" by staff, "none" while not assessed. */
  resultSource: z.enum(['computed', 'recorded', 'none']),
  evidence: z.string().nullable(),
  ...bodyAndBloc,
  url: z.string().url(),
});

export const directiveRow = z.object({
  key: z.string(),
  kind: z.string(),
  symbol: z.string().nullable(),
  name: z.string().nullable(),
  title: z.string().nullable(),
  issuer: z.string().nullable(),
  issued: z.string().nullable(),
  level: z.string(),
  status: z.enum(['in-force', 'replaced', 'expired', 'unknown']),
  replacedBy: z.string().nullable(),
  citations: z.number().int(),
  /** Bodies whose documents cite it, and their blocs in the years they cited it. */
  bodyIds: z.array(z.string()),
  blocIds: z.array(z.string()),
  url: z.string().url(),
});

export const citationRow = z.object({
  directiveKey: z.string(),
  campaignId: z.string(),
  year: z.number().int(),
  passage: z.string(),
  /** The citation as written in the document. */
  text: z.string(),
  sentence: z.string(),
  ...bodyAndBloc,
  url: z.string().url(),
});

export const honourRow = z.object({
  year: z.number().int(),
  titleId: z.string(),
  title: z.string(),
  recipientKind: z.enum(['individual', 'collective', 'household']),
  name: z.string(),
  position: z.string().nullable(),
  unitId: z.string().nullable(),
  unitName: z.string().nullable(),
  decisionSymbol: z.string().nullable(),
  decisionDate: z.string(),
  decisionIssuer: z.string(),
  ...bodyAndBloc,
  url: z.string().url(),
});

/** Every export: its file name (without extension), what it holds, and its row schema. */
export const EXPORTS = {
  'phong-trao': { label: 'Văn bản thi đua', schema: campaignRow },
  'noi-dung': { label: 'Nội dung thi đua (từng mục)', schema: contentRow },
  'muc-tieu': { label: 'Mục tiêu và kết quả', schema: targetRow },
  'chi-thi': { label: 'Văn bản được dẫn chiếu', schema: directiveRow },
  'dan-chieu': { label: 'Các đoạn dẫn chiếu', schema: citationRow },
  'bang-vang': { label: 'Bảng vàng (từng danh hiệu được tặng)', schema: honourRow },
} as const;

export type ExportName = keyof typeof EXPORTS;

import { z } from 'astro/zod';
import { campaignYear, partialDate, slugId } from './common';

/** One recipient on an honour board: a person, a collective unit or a household. */
export const honourRecipientSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('individual'),
    /** Full name: "Nông Thị Hoa". */
    name: z.string().min(2),
    /** Position at the time of the award: "Chuyên viên". */
    position: z.string().optional(),
    /** Id of the unit the person worked in. */
    unit: slugId.optional(),
  }),
  z.object({
    kind: z.literal('collective'),
    /** Id of the unit in content/units. */
    unit: slugId,
  }),
  z.object({
    kind: z.literal('household'),
    /** Head of household, as the decision names it. */
    name: z.string().min(2),
    /** Where the household lives. */
    address: z.string().optional(),
  }),
]);

/** One row of an award decision's annex. */
export const honourRowSchema = z.object({
  /** Title or reward form, by catalogue id or by name (spelling variants accepted). */
  title: z.string().min(2),
  /** Who received it. */
  recipient: honourRecipientSchema,
  /** Reason, when the row states one ("Đã có thành tích xuất sắc năm 2023"). */
  reason: z.string().optional(),
});

/** An award decision (quyết định khen thưởng) and its rows. */
export const honourDecisionSchema = z.object({
  /** Number and symbol: "17/QĐ-BDT"; absent when not known. */
  symbol: z.string().optional(),
  /** Date of the decision. */
  issued: partialDate,
  /** Who issued it: "Trưởng ban Ban Dân tộc tỉnh Cao Bằng". */
  issuer: z.string().min(2),
  /** Signer's name, when known. */
  signer: z.string().optional(),
  /** Reason common to all rows. */
  reason: z.string().optional(),
  /** The rows of its annex. */
  rows: z.array(honourRowSchema).min(1),
});

/** The honour board of one campaign year: the award decisions for that year. */
export const honourYearSchema = z.object({
  /** The campaign year the titles were conferred for. */
  year: campaignYear,
  /** Award decisions for the year. */
  decisions: z.array(honourDecisionSchema).default([]),
});

export type HonourYearData = z.infer<typeof honourYearSchema>;
export type HonourRowData = z.infer<typeof honourRowSchema>;

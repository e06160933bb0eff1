import { z } from 'astro/zod';
import { campaignYear, formerIds, slugId } from './common';

/**
 * An emulation bloc ("cụm, khối thi đua", domain guide §9): bodies of similar function that sign
 * a covenant each year, rotate a head and a deputy, and at year end score or rank their members
 * and propose who leads the bloc. One file per bloc: content/blocs/<id>.yaml.
 */

/** One member's place in the year-end result, as the bloc decided it. */
export const blocRankingSchema = z.object({
  /** The member (id in content/units). */
  unit: slugId,
  /** Its rank, 1 for the first. */
  rank: z.number().int().min(1),
  /** Its score, when the bloc scores its members (chấm điểm). */
  score: z.number().min(0).optional(),
});

/** The year-end outcome as decided (tổng kết, bình xét). */
export const blocOutcomeSchema = z.object({
  /** The document that decided it, as cited: "Biên bản họp bình xét ngày 15/12/2023", "Quyết định số 45/QĐ-UBND ngày ...". */
  decidedBy: z.string().min(2),
  /** Members' ranks (and scores), as the document gives them. */
  ranking: z.array(blocRankingSchema).default([]),
  /** True only when the document itself gives two members the same rank. */
  tiesInSource: z.boolean().default(false),
  /** Members proposed for the province's Cờ thi đua (who lead the bloc). */
  proposedForFlag: z.array(slugId).default([]),
  /** Members proposed for a Bằng khen. */
  proposedForCommendation: z.array(slugId).default([]),
});

/** The bloc in one year: who is in it, who heads it, what it pledged and how it ended. */
export const blocYearSchema = z.object({
  year: campaignYear,
  /** Member bodies (ids in content/units), as the year's membership stood. */
  members: z.array(slugId).min(1),
  /** The head (khối trưởng, cụm trưởng): one of the members. */
  head: slugId,
  /** The deputy (khối phó, cụm phó): one of the members. */
  deputy: slugId.optional(),
  /**
   * The covenant (giao ước thi đua): the id of a document in content/campaigns, its path without
   * ".mdx": "2023/giao-uoc-thi-dua-2023", or "2023/khoi-tham-muu/giao-uoc-thi-dua-2023" in the bloc's folder.
   */
  covenant: z
    .string()
    .regex(/^\d{4}(?:\/[a-z0-9]+(?:-[a-z0-9]+)*){1,2}$/, 'mã văn bản dạng "năm/tên-tệp" hoặc "năm/thư-mục/tên-tệp", ví dụ "2023/khoi-tham-muu/giao-uoc-thi-dua-2023"')
    .optional(),
  /** The year-end outcome, once decided. */
  outcome: blocOutcomeSchema.optional(),
});

/** An emulation bloc, with one entry per year. */
export const blocSchema = z.object({
  /** The bloc's name as the province's regulation writes it: "Khối thi đua các cơ quan tham mưu tổng hợp". */
  name: z.string().min(2),
  /** The short name documents use: "Khối TĐ các CQTMTH". */
  shortName: z.string().min(2).optional(),
  /** The body that set the bloc up (id in content/units), usually the province's People's Committee. */
  establishedBy: slugId,
  /** The regulation that set it up, as cited: "Quyết định số 1306/QĐ-UBND ngày 29/7/2015 ...". */
  basis: z.string().min(2).optional(),
  /** The bloc year by year. */
  years: z.array(blocYearSchema).min(1),
  /** The bloc's earlier ids, when its file was renamed after it was published: /khoi-thi-dua/<old id>/<year>/ leads here. */
  formerly: formerIds(slugId),
});

export type BlocData = z.infer<typeof blocSchema>;
export type BlocYearData = z.infer<typeof blocYearSchema>;

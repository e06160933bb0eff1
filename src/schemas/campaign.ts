import { z } from 'astro/zod';
import { campaignYear, formerIds, partialDate, slugId } from './common';

/** A document's id, its path under content/campaigns without ".mdx": "2023/phat-dong-thi-dua-2023", "2023/so-tu-phap/phat-dong-thi-dua-2023". */
export const documentId = z
  .string()
  .regex(/^\d{4}(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)+$/, 'Cần đường dẫn cũ của tệp trong content/campaigns, bỏ ".mdx": năm, thư mục, tên tệp, không dấu, chữ thường (ví dụ "2023/so-tu-phap/phat-dong-thi-dua-2023").');

/** Authority prefixes before a signer's position (Nghị định 30/2020): on behalf of, for the head, acting ... */
export const authorityPrefix = z.enum(['TM.', 'KT.', 'Q.', 'TL.', 'TUQ.']);

/** The signature block (bottom right of the document). */
export const signerSchema = z.object({
  /** Authority prefix, when signing for someone else. */
  prefix: authorityPrefix.optional(),
  /** The position signed for, printed after the prefix ("TRƯỞNG BAN" in "KT. TRƯỞNG BAN"). */
  onBehalfOf: z.string().optional(),
  /** The signer's own position, in capitals as printed: "TRƯỞNG BAN". */
  position: z.string().min(2),
  /** The signer's name: "Bế Văn Hùng"; absent when the copy does not show it. */
  name: z.string().min(2).optional(),
});

/** Comparators a measurable target uses: exactly, at least, over, at most, under. */
export const comparator = z.enum(['eq', 'gte', 'gt', 'lte', 'lt']);

/** Year-end outcome of a target, as recorded by staff (kết quả thực hiện). */
export const targetResultSchema = z.object({
  /** Met, not met, exceeded, or not yet assessed (chưa đánh giá). */
  status: z.enum(['met', 'not-met', 'exceeded', 'unassessed']),
  /** The achieved value, in the target's unit: 100 for 100%, 3 for three collectives. */
  value: z.number().min(0).optional(),
  /** The document that establishes it: "Báo cáo số 45/BC-BDT ngày 15/12/2023". */
  evidence: z.string().optional(),
  /** A short note. */
  note: z.string().optional(),
});

/** Annotation of one target (mục tiêu) of the body, keyed by its item number. */
export const targetAnnotationSchema = z
  .object({
    /** Item number of the target in the targets section ("II. MỤC TIÊU"). */
    item: z.number().int().min(1),
    /** Short name of what is measured, for tables and comparisons across years. */
    metric: z.string().min(2),
    /** True when the target cannot be measured by a number. */
    qualitative: z.boolean().default(false),
    /** How the result is compared with the value. */
    comparator: comparator.optional(),
    /** The target value: 100 for "100%", 1 for "ít nhất 01". */
    value: z.number().min(0).optional(),
    /** Percent or a count. */
    unit: z.enum(['percent', 'count']).optional(),
    /** The emulation title or rating the target refers to, as the catalogue names it. */
    title: z.string().optional(),
    /** The year-end result, once assessed; computed from the honour board where it can be. */
    result: targetResultSchema.optional(),
  })
  .superRefine((target, ctx) => {
    if (target.qualitative) return;
    for (const field of ['comparator', 'value', 'unit'] as const) {
      if (target[field] === undefined) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: [field],
          message: `Mục tiêu ${target.item} đo được bằng số nên cần "${field}"; nếu không đo được, ghi "qualitative: true".`,
        });
      }
    }
  });

/** A campaign document (launch document, plan, review, award decision) of one year. */
export const campaignSchema = z.object({
  /** The document's role in the yearly cycle; "covenant" is a bloc's giao ước thi đua. */
  role: z.enum(['launch', 'plan', 'review', 'award-decision', 'covenant', 'other']),
  /**
   * The emulation bloc whose document this is (a covenant, "giao ước thi đua", or a bloc's
   * report): id in content/blocs. Such a document may sit in content/campaigns/<year>/<bloc>/.
   */
  bloc: slugId.optional(),
  /** The campaign year it belongs to. */
  year: campaignYear,
  /** Document type as printed (tên loại), free text: "PHÁT ĐỘNG", "KẾ HOẠCH"; null when the copy does not state it. */
  documentType: z.string().min(2).nullable(),
  /** Subject line (trích yếu) as printed under the type; null when the copy does not state it. */
  subject: z.string().min(2).nullable(),
  /** Registered number; null when the copy was made before registration (left blank). */
  number: z.union([z.string().regex(/^\d+[a-zA-Z]?$/, 'Số văn bản chỉ gồm chữ số, ví dụ "05".'), z.null()]),
  /** Symbol after the number (ký hiệu): "PĐTĐ-BDT", "KH-BDT"; null when the copy does not state it. */
  symbol: z.string().min(2).nullable(),
  /** Id of the issuing unit in content/units; null when the copy does not state the issuing body. */
  issuer: slugId.nullable(),
  /** Place of issue as printed: "Cao Bằng"; null when the copy does not state it. */
  place: z.string().min(2).nullable(),
  /** Issue date; "YYYY-MM" when the day is blank in the source; null when the copy does not state it. */
  issued: partialDate.nullable(),
  /** The campaign theme (chủ đề), exactly as the body quotes it. */
  theme: z.string().min(2).optional(),
  /** Legal-basis lines ("Căn cứ ...;"), verbatim, when the document has them. */
  basis: z.array(z.string()).default([]),
  /** The signature block; null when the copy has none (a portal's extract, a news summary). */
  signer: signerSchema.nullable(),
  /** Recipient lines (Nơi nhận), verbatim without the leading dash. */
  recipients: z.array(z.string().min(1)).default([]),
  /**
   * Other lines of the foot, verbatim, that are neither recipients nor the signature: a second
   * authority line, "(Đã ký)", a file path Word printed at the bottom.
   */
  footLines: z.array(z.string().min(1)).default([]),
  /** Annotations of the measurable targets. */
  targets: z.array(targetAnnotationSchema).default([]),
  /** The document's earlier ids, when its file was renamed or moved after it was published: the old addresses lead here. */
  formerly: formerIds(documentId),
});

export type CampaignData = z.infer<typeof campaignSchema>;
export type TargetAnnotationData = z.infer<typeof targetAnnotationSchema>;
export type TargetResultData = z.infer<typeof targetResultSchema>;

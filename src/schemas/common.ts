import { z } from 'astro/zod';

/** A content id as used in file names and URLs: lower-case ASCII words joined by hyphens. */
export const slugId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Cần một mã không dấu, chữ thường, nối bằng gạch ngang (ví dụ "ban-dan-toc-cao-bang").');

/**
 * Earlier ids of a file that was renamed or moved (địa chỉ cũ): its pages keep answering at the
 * old addresses, which send readers on to the new one (src/lib/addresses/moved.ts).
 */
export function formerIds<T extends z.ZodTypeAny>(id: T) {
  return z.array(id).optional();
}

/**
 * A date that may be partial, as official copies often leave the day blank
 * ("ngày   tháng 01 năm 2023"): "2023", "2023-01" or "2023-01-05". YAML dates are accepted too.
 */
export const partialDate = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z
    .string()
    .regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, 'ngày dạng "YYYY-MM-DD" (ví dụ "2024-02-29"), hoặc "YYYY-MM" khi bản gốc để trống ngày, hoặc "YYYY"')
    .superRefine((value, ctx) => {
      // A day the month does not have ("2024-02-30") is refused: it would otherwise be published as another date.
      const [year, month, day] = value.split('-').map(Number);
      if (!day) return;
      const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
      if (day > last) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, message: `một ngày có thật: tháng ${month} năm ${year} chỉ có ${last} ngày` });
      }
    }),
);

/** A four-digit campaign year within the span this site can meaningfully hold. */
export const campaignYear = z.number().int().min(1948).max(2100);

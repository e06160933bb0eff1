import { z } from 'astro/zod';
import { partialDate, slugId } from './common';

/**
 * Optional enrichment for a cited document (văn bản được dẫn chiếu). The file name is the
 * directive's canonical key ("chi-thi-34-ct-tw"); a document cited but not described here
 * still gets a page from what the citation itself says.
 */
export const directiveSchema = z.object({
  /** Document type in Vietnamese: "Chỉ thị", "Luật", "Nghị định" ... */
  kind: z.string().min(2),
  /** Canonical number and symbol, "34-CT/TW"; absent for a document known only by name. */
  symbol: z.string().optional(),
  /** Full title (trích yếu), as the document states it. */
  title: z.string().min(2),
  /** Issuing body in full: "Bộ Chính trị". */
  issuer: z.string().min(2),
  /** Date of issue, possibly partial. */
  issued: partialDate.optional(),
  /** Date it took effect, when it differs from the issue date. */
  effective: partialDate.optional(),
  /** Legal status as last checked; "unknown" until someone checks. */
  status: z.enum(['in-force', 'replaced', 'expired', 'unknown']).default('unknown'),
  /** Id of the directive that replaced it (required when status is "replaced"). */
  replacedBy: slugId.optional(),
  /** Link to the official text. */
  url: z.string().url().optional(),
  /** Other ways documents cite it by name ("Luật Thi đua, khen thưởng năm 2022"). */
  aliases: z.array(z.string()).default([]),
});

export type DirectiveData = z.infer<typeof directiveSchema>;

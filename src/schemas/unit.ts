import { z } from 'astro/zod';
import { slugId } from './common';

/** A body or collective that issues documents or receives titles (đơn vị). */
export const unitSchema = z.object({
  /** Full name in normal case, as used in running text: "Ban Dân tộc tỉnh Cao Bằng". */
  name: z.string().min(2),
  /** Name as printed in a document header, in capitals: "BAN DÂN TỘC". */
  headerName: z.string().min(2).optional(),
  /** The parent body's id (cơ quan chủ quản), printed above the header name. */
  parent: slugId.optional(),
  /** What kind of unit this is, to tell bodies from their internal divisions. */
  kind: z.enum(['agency', 'division', 'party-cell', 'union', 'other']).default('agency'),
  /** Years the unit existed under this name, when it was created or renamed. */
  activeFrom: z.number().int().optional(),
  activeTo: z.number().int().optional(),
});

export type UnitData = z.infer<typeof unitSchema>;

import { z } from 'astro/zod';
import { formerIds, slugId } from './common';

/** A body or collective that issues documents or receives titles (đơn vị). */
export const unitSchema = z.object({
  /** Full name in normal case, as used in running text: "Ban Dân tộc tỉnh Cao Bằng". */
  name: z.string().min(2),
  /** Name as printed in a document header, in capitals: "BAN DÂN TỘC". */
  headerName: z.string().min(2).optional(),
  /** The parent body's id (cơ quan chủ quản), printed above the header name. */
  parent: slugId.optional(),
  /**
   * What kind of unit this is: a State body ("agency"), an internal division of one ("division"),
   * a Party committee or organ ("party"), a Party cell ("party-cell"), the Fatherland Front or a
   * mass organisation ("mass-organisation"), a trade union ("union").
   */
  kind: z.enum(['agency', 'division', 'party', 'party-cell', 'mass-organisation', 'union', 'other']).default('agency'),
  /**
   * The administrative level the body works at: "province" (a department, the province's People's
   * Committee), "district", "commune", or "central". A division takes its parent's level; a body
   * that does not say is taken as "province". The directory of bodies groups them by it.
   */
  level: z.enum(['central', 'province', 'district', 'commune']).optional(),
  /** Years the unit existed under this name, when it was created or renamed. */
  activeFrom: z.number().int().optional(),
  activeTo: z.number().int().optional(),
  /** The unit's earlier ids, when its file was renamed after it was published: /don-vi/<old id>/ leads here. */
  formerly: formerIds(slugId),
});

export type UnitData = z.infer<typeof unitSchema>;

import { z } from 'astro/zod';
import { slugId } from './common';

/** Who may receive a title or reward form (đối tượng). */
export const recipientKind = z.enum(['individual', 'collective', 'household']);
export type RecipientKind = z.infer<typeof recipientKind>;

/** One entry of the catalogue of emulation titles and reward forms (danh hiệu thi đua, hình thức khen thưởng). */
export const titleSchema = z.object({
  /** Stable id, used by honour rows. */
  id: slugId,
  /** Canonical name as the law spells it. */
  name: z.string().min(2),
  /** An emulation title (danh hiệu thi đua) or a reward form (hình thức khen thưởng). */
  category: z.enum(['title', 'reward']),
  /** Who may receive it; individual titles never go to a collective and the reverse. */
  recipients: z.array(recipientKind).min(1),
  /** Order on honour boards, highest first (1 = highest). */
  rank: z.number().int().min(1),
  /** Level of the conferring authority. */
  level: z.enum(['state', 'ministry-province', 'grassroots']),
  /** Ids of the laws (in content/directives) that define it. */
  basis: z.array(slugId).default([]),
  /** First campaign year it may be conferred for. */
  validFrom: z.number().int(),
  /** Last campaign year it may be conferred for; absent while still valid. */
  validTo: z.number().int().optional(),
  /** Spellings seen in real decisions, normalised to the canonical name ("Chiến sỹ ..."). */
  variants: z.array(z.string()).default([]),
});

export type TitleData = z.infer<typeof titleSchema>;

import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { campaignSchema } from './schemas/campaign';
import { directiveSchema } from './schemas/directive';
import { honourYearSchema } from './schemas/honour';
import { titleSchema } from './schemas/title';
import { unitSchema } from './schemas/unit';

/** Content lives in the top-level content/ folder; THI_DUA_CONTENT points a build at another set (tests, demo). */
const root = (process.env.THI_DUA_CONTENT ?? './content').replace(/\/$/, '');

export const collections = {
  campaigns: defineCollection({ loader: glob({ pattern: '**/*.mdx', base: `${root}/campaigns` }), schema: campaignSchema }),
  directives: defineCollection({ loader: glob({ pattern: '*.yaml', base: `${root}/directives` }), schema: directiveSchema }),
  honours: defineCollection({ loader: glob({ pattern: '*.yaml', base: `${root}/honours` }), schema: honourYearSchema }),
  units: defineCollection({ loader: glob({ pattern: '*.yaml', base: `${root}/units` }), schema: unitSchema }),
  titles: defineCollection({ loader: file(`${root}/titles.yaml`), schema: titleSchema }),
};

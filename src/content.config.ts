import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { contentRoot } from './data/content-root';
import { campaignSchema } from './schemas/campaign';
import { directiveSchema } from './schemas/directive';
import { honourYearSchema } from './schemas/honour';
import { titleSchema } from './schemas/title';
import { unitSchema } from './schemas/unit';

const root = contentRoot();

export const collections = {
  campaigns: defineCollection({ loader: glob({ pattern: '**/*.mdx', base: `${root}/campaigns` }), schema: campaignSchema }),
  directives: defineCollection({ loader: glob({ pattern: '*.yaml', base: `${root}/directives` }), schema: directiveSchema }),
  honours: defineCollection({ loader: glob({ pattern: '*.yaml', base: `${root}/honours` }), schema: honourYearSchema }),
  units: defineCollection({ loader: glob({ pattern: '*.yaml', base: `${root}/units` }), schema: unitSchema }),
  titles: defineCollection({ loader: file(`${root}/titles.yaml`), schema: titleSchema }),
};

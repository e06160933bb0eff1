import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { contentRoot } from './data/content-root';
import { campaignSchema } from './schemas/campaign';
import { directiveSchema } from './schemas/directive';
import { honourYearSchema } from './schemas/honour';
import { titleSchema } from './schemas/title';
import { unitSchema } from './schemas/unit';

// Astro clears its stored entries when this file's text changes, not when an imported schema
// does; this line names the schemas' digest so that it changes with them
// (tests/unit/content/schema-digest.test.ts tells the new value).
// Schemas digest: a746bce4be30c256

const root = contentRoot();

export const collections = {
  campaigns: defineCollection({ loader: glob({ pattern: '**/*.mdx', base: `${root}/campaigns` }), schema: campaignSchema }),
  directives: defineCollection({ loader: glob({ pattern: '*.yaml', base: `${root}/directives` }), schema: directiveSchema }),
  honours: defineCollection({ loader: glob({ pattern: '*.yaml', base: `${root}/honours` }), schema: honourYearSchema }),
  units: defineCollection({ loader: glob({ pattern: '*.yaml', base: `${root}/units` }), schema: unitSchema }),
  titles: defineCollection({ loader: file(`${root}/titles.yaml`), schema: titleSchema }),
};

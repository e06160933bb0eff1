import { defineCollection } from 'astro:content';
import { file, glob, type Loader } from 'astro/loaders';
import { campaignLoader } from './data/campaign-loader';
import { contentRoot, hasYamlFiles } from './data/content-root';
import { remembered } from './data/synced-content';
import { unlessUnchanged } from './data/unchanged-folder';
import { blocSchema } from './schemas/bloc';
import { campaignSchema } from './schemas/campaign';
import { directiveSchema } from './schemas/directive';
import { honourYearSchema } from './schemas/honour';
import { titleSchema } from './schemas/title';
import { unitSchema } from './schemas/unit';

// Astro clears its stored entries when this file's text changes, not when an imported schema
// does; this line names the schemas' digest so that it changes with them
// (tests/unit/content/schema-digest.test.ts tells the new value).
// Schemas digest: 6d90a4937e14c2cf

const root = contentRoot();

/** The YAML files of a folder, by Astro's glob loader, which a build leaves out when none of them changed. */
function yamlFolder(folder: string): Loader {
  return unlessUnchanged(`${root}/${folder}`, glob({ pattern: '*.yaml', base: `${root}/${folder}` }));
}

/** The YAML files of a folder that may be empty (honours, before a body's first year-end decisions), without the empty-folder warning. */
function optionalFolder(folder: string): Loader {
  const files = yamlFolder(folder);
  return {
    name: `${folder}-yaml`,
    load: async (context) => {
      if (hasYamlFiles(folder)) return files.load(context);
      context.store.clear();
    },
  };
}

// Each loader's entries are also left for the build to read from memory (src/data/synced-content.ts).
export const collections = {
  campaigns: defineCollection({ loader: remembered('campaigns', campaignLoader({ base: `${root}/campaigns` })), schema: campaignSchema }),
  directives: defineCollection({ loader: remembered('directives', yamlFolder('directives')), schema: directiveSchema }),
  honours: defineCollection({ loader: remembered('honours', optionalFolder('honours')), schema: honourYearSchema }),
  units: defineCollection({ loader: remembered('units', yamlFolder('units')), schema: unitSchema }),
  titles: defineCollection({ loader: remembered('titles', file(`${root}/titles.yaml`)), schema: titleSchema }),
  blocs: defineCollection({ loader: remembered('blocs', optionalFolder('blocs')), schema: blocSchema }),
};

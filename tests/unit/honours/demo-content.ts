/** Loads the illustrative content set (tests/fixtures/demo/content) the way the build does, for tests. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import type { ContentEntry, ContentSet } from '../../../src/lib/content/types';
import { blocSchema } from '../../../src/schemas/bloc';
import { campaignSchema } from '../../../src/schemas/campaign';
import { directiveSchema } from '../../../src/schemas/directive';
import { honourYearSchema } from '../../../src/schemas/honour';
import { titleSchema } from '../../../src/schemas/title';
import { unitSchema } from '../../../src/schemas/unit';

/** Root of the illustrative set, relative to the project as content problems name files. */
export const DEMO_ROOT = 'tests/fixtures/demo/content';

interface Schema<T> {
  parse(value: unknown): T;
}

function filesIn(folder: string, extension: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith(extension))
    .sort()
    .map((name) => join(folder, name));
}

function yamlEntries<T>(folder: string, schema: Schema<T>): ContentEntry<T>[] {
  return filesIn(join(DEMO_ROOT, folder), '.yaml').map((filePath) => ({
    id: relative(join(DEMO_ROOT, folder), filePath).replace(/\.yaml$/, ''),
    filePath,
    data: schema.parse(parse(readFileSync(filePath, 'utf8'))),
  }));
}

/** The body of an MDX file and its frontmatter, split at the closing "---". */
export function splitFrontmatter(source: string): { frontmatter: unknown; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
  if (!match) throw new Error('no frontmatter');
  return { frontmatter: parse(match[1]), body: match[2] };
}

/** The whole illustrative set, each file parsed by its zod schema (throws on the first invalid file). */
export function loadDemoContent(): ContentSet {
  const campaigns = filesIn(join(DEMO_ROOT, 'campaigns'), '.mdx').map((filePath) => {
    const { frontmatter, body } = splitFrontmatter(readFileSync(filePath, 'utf8'));
    return {
      id: relative(join(DEMO_ROOT, 'campaigns'), filePath).replace(/\.mdx$/, ''),
      filePath,
      data: campaignSchema.parse(frontmatter),
      body,
    };
  });
  const titles = (parse(readFileSync(join(DEMO_ROOT, 'titles.yaml'), 'utf8')) as unknown[]).map((raw) => {
    const data = titleSchema.parse(raw);
    return { id: data.id, filePath: join(DEMO_ROOT, 'titles.yaml'), data };
  });
  return {
    campaigns,
    directives: yamlEntries('directives', directiveSchema),
    honours: yamlEntries('honours', honourYearSchema),
    units: yamlEntries('units', unitSchema),
    titles,
    blocs: yamlEntries('blocs', blocSchema),
  };
}

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The real 2023 launch document, copied into tests/fixtures/seed (see its README for the origin). */
export const SEED_PATH = resolve(process.cwd(), 'tests/fixtures/seed/phat-dong-thi-dua-2023-ban-dan-toc-cao-bang.txt');

/** The seed's text. */
export function readSeed(): string {
  return readFileSync(SEED_PATH, 'utf8');
}

/** The shipped 2023 campaign entry, split into frontmatter and body. */
export const CAMPAIGN_2023 = resolve(process.cwd(), 'content/campaigns/2023/phat-dong-thi-dua-2023.mdx');

/** The MDX body of a campaign file (what follows the frontmatter). */
export function bodyOf(path: string): string {
  const raw = readFileSync(path, 'utf8');
  const end = raw.indexOf('\n---', 4);
  return raw.slice(raw.indexOf('\n', end + 1) + 1);
}

/** Words of a text for in-order comparison: whitespace-separated, Markdown emphasis removed. */
export function wordsOf(text: string): string[] {
  return text
    .normalize('NFC')
    .replace(/\*\*/g, '')
    .split(/\s+/)
    .filter(Boolean);
}

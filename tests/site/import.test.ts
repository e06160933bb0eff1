import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroBuild, contentVariant } from '../support/build';
import { textAt, readPage } from '../support/html';
import { docxFromText } from '../support/importer';
import { run as runCommand } from '../support/run';
import { readSeed, SEED_PATH, wordsOf } from '../support/seed';

const DOC = 'phong-trao/2023/phat-dong-thi-dua-2023/index.html';

/** Imports a file with the real command in place of the hand-written 2023 entry, builds, and returns the page words. */
async function importAndBuild(name: string, file: (root: string) => string): Promise<string[]> {
  const root = contentVariant(name, (content) => rmSync(join(content, 'campaigns/2023/phat-dong-thi-dua-2023.mdx')));
  const content = join(root, 'content');
  const source = file(root);
  const run = await runCommand('npx', ['tsx', 'src/cli/import.ts', source, '--year', '2023', '--out', join(content, 'campaigns/2023/phat-dong-thi-dua-2023.mdx')], {
    env: { ...process.env, THI_DUA_CONTENT: content },
  });
  expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
  const build = await astroBuild({ content, outDir: join(root, 'dist'), cacheDir: join(root, 'cache') });
  expect(build.status, build.output).toBe(0);
  return wordsOf(textAt(readPage(join(root, 'dist'), DOC), '#van-ban'));
}

/** First seed word missing from the page in order, with its neighbours; null when all are there. */
function firstMissing(page: string[]): string | null {
  const seed = wordsOf(readSeed());
  let at = 0;
  for (let i = 0; i < seed.length; i += 1) {
    const found = page.indexOf(seed[i], at);
    if (found === -1) return seed.slice(Math.max(0, i - 3), i + 3).join(' ');
    at = found + 1;
  }
  return null;
}

describe('npm run import, built', () => {
  it('the seed as .txt imports into a page with every word of the seed in order', async () => {
    const words = await importAndBuild('import-seed-txt', () => SEED_PATH);
    expect(firstMissing(words)).toBeNull();
  });

  it('the seed as .docx imports into a page with every word of the seed in order', async () => {
    const docx = await docxFromText(readSeed());
    const words = await importAndBuild('import-seed-docx', (root) => {
      const file = join(root, 'seed.docx');
      writeFileSync(file, docx);
      return file;
    });
    expect(firstMissing(words)).toBeNull();
  });
});

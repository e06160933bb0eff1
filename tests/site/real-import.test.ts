/**
 * Acceptance of the real-document set: every document imports with the real command (no --year,
 * no --issuer, no unit file written by hand) into one content folder, the folder builds, and each
 * document's page holds every word of the document, in order. Only the lines a portal prints
 * before the document's header may be left out, and the importer must say which.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importDocument, readSource } from '../../src/lib/importer';
import { astroBuild, contentVariant } from '../support/build';
import { readPage, textAt } from '../support/html';
import { splitMdx } from '../support/importer';
import { comparableWords, firstMissingInOrder, headerLineCount, footLine, isFootLine, missingHeaderRuns, type StoredFoot } from '../support/page-words';
import { run as runCommand } from '../support/run';

const DIR = resolve('tests/fixtures/real/docs');
const FILES = readdirSync(DIR)
  .filter((file) => file.endsWith('.txt'))
  .sort();

describe('the real-document set, imported and built', () => {
  const root = contentVariant('import-real', (content) => {
    rmSync(join(content, 'campaigns'), { recursive: true, force: true });
  });
  const content = join(root, 'content');
  const written = new Map<string, string>();

  it('imports every document with the import command, with no step by hand', async () => {
    expect(FILES.length).toBeGreaterThanOrEqual(25);
    for (const file of FILES) {
      const run = await runCommand('npx', ['tsx', 'src/cli/import.ts', join(DIR, file)], { env: { ...process.env, THI_DUA_CONTENT: content } });
      expect(run.status, `${file}\n${run.stdout}\n${run.stderr}`).toBe(0);
      const path = /Đã ghi (\S+\.mdx)/.exec(run.stdout)?.[1];
      expect(path, run.stdout).toBeDefined();
      written.set(file, path!);
    }
    expect(new Set(written.values()).size).toBe(FILES.length);
  });

  it('builds, and each page holds every word of its document in order', async () => {
    const build = await astroBuild({ content, outDir: join(root, 'dist'), cacheDir: join(root, 'cache') });
    expect(build.status, build.output.slice(-3000)).toBe(0);
    for (const file of FILES) {
      const text = readFileSync(join(DIR, file), 'utf8');
      const result = importDocument(await readSource(new TextEncoder().encode(text), file), file, { units: [], titles: [] });
      // What the importer leaves out is only the portal's lines before the header, in order from the top,
      // and its list of other documents after the text, to the end.
      const lines = text.split('\n').map((line) => line.trim()).filter(Boolean);
      let top = 0;
      while (top < result.dropped.length && lines[top] === result.dropped[top]) top += 1;
      const atEnd = result.dropped.slice(top);
      expect(lines.slice(lines.length - atEnd.length), file).toEqual(atEnd);
      const kept = lines.slice(top, lines.length - atEnd.length);
      const header = headerLineCount(kept);
      const mdx = written.get(file)!;
      const id = mdx.split('/campaigns/')[1].replace(/\.mdx$/, '');
      const pageText = textAt(readPage(join(root, 'dist'), `phong-trao/${id}/index.html`), '#van-ban');
      // The header and the foot are laid out by the page from the entry's data: their words are compared as a set.
      const foot = splitMdx(readFileSync(mdx, 'utf8')).data as StoredFoot;
      const rest = kept.slice(header);
      const footLines = rest.filter((line) => isFootLine(line, foot)).map(footLine);
      expect(missingHeaderRuns([...kept.slice(0, header), ...footLines].join(' '), pageText), file).toEqual([]);
      const expected = comparableWords(rest.filter((line) => !isFootLine(line, foot)).join('\n'));
      const missing = firstMissingInOrder(expected, comparableWords(pageText));
      expect(missing === null ? null : `${file}: ${missing}`).toBeNull();
      expect(expected.length, file).toBeGreaterThan(50);
    }
  });
});

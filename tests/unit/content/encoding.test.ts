/** Content files saved the ways office PCs save them, and names saved the way Windows invites: one report each. */
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ENCODING_FIELD, readContentText } from '../../../src/lib/content/encoding';
import { fileNameProblem } from '../../../src/lib/content/file-names';
import { checkContentFiles } from '../../../src/lib/content/check-files';
import { RULES } from '../../../src/lib/content/rules';
import { encodeLegacy } from '../../../src/lib/text/legacy-encoding';

const SENTENCE = 'Tiếp tục đẩy mạnh việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.';
const DOCUMENT = `---\nrole: launch\nplace: Cao Bằng\n---\n\n## I. MỤC ĐÍCH\n\n1. ${SENTENCE}\n`;
const utf8 = (text: string) => new TextEncoder().encode(text);
const latin1 = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));

describe('readContentText', () => {
  it('reads UTF-8 Vietnamese, with or without a BOM, symbols and all', () => {
    expect(readContentText(utf8(DOCUMENT), 'a.mdx')).toEqual({ text: DOCUMENT });
    expect(readContentText(utf8(`\ufeff${DOCUMENT}`), 'a.mdx')).toEqual({ text: DOCUMENT });
    const symbols = 'Nhiệt độ 25°C ± 2, «Đoàn kết» © 2024, giá trị ½ và ¼; tỷ lệ ≥ 90%.';
    expect(readContentText(utf8(symbols), 'a.mdx')).toEqual({ text: symbols });
  });

  it('reports a UTF-16 file (Notepad\'s "Unicode") on line 1', () => {
    for (const bytes of [new Uint8Array([0xff, 0xfe, ...Buffer.from(DOCUMENT, 'utf16le')]), new Uint8Array([0xfe, 0xff, ...Buffer.from(DOCUMENT, 'utf16le').swap16()])]) {
      const { problem } = readContentText(bytes, 'a.mdx');
      expect(problem).toMatchObject({ file: 'a.mdx', field: ENCODING_FIELD, line: 1 });
      expect(problem?.found).toContain('UTF-16');
      expect(problem?.fix).toContain('UTF-8');
    }
  });

  it('reports a file saved as Windows-1258 ("ANSI") at the line of its first foreign byte', () => {
    // "Ban Dân tộc" in Windows-1258: â is 0xE2, ộ is o + 0xF2 (tone) ... the first non-ASCII byte is on line 3.
    const bytes = new Uint8Array([...Buffer.from('---\nrole: launch\nplace: Ban D', 'latin1'), 0xe2, ...Buffer.from('n\n---\n', 'latin1')]);
    const { problem } = readContentText(bytes, 'a.mdx');
    expect(problem).toMatchObject({ field: ENCODING_FIELD, line: 3 });
    expect(problem?.found).toContain('0xe2');
    expect(problem?.found).toContain('Windows-1258');
  });

  it('names TCVN3 (.VnTime) when the bytes are a legacy font\'s, not UTF-8', () => {
    const { problem } = readContentText(latin1(encodeLegacy(DOCUMENT, 'tcvn3')), 'a.mdx');
    expect(problem?.found).toContain('TCVN3');
    expect(problem?.fix).toContain('Unikey');
  });

  it('finds a paragraph pasted from a .VnTime or VNI document into a UTF-8 file, at its line, with what it says', () => {
    for (const encoding of ['tcvn3', 'vni'] as const) {
      const text = DOCUMENT.replace(`1. ${SENTENCE}`, `1. ${SENTENCE}\n\n2. ${encodeLegacy(SENTENCE, encoding)}`);
      const { problem } = readContentText(utf8(text), 'a.mdx');
      expect(problem, encoding).toMatchObject({ field: ENCODING_FIELD, line: 10, expected: 'chữ Việt Unicode' });
      expect(problem?.found).toContain(encoding === 'tcvn3' ? 'TCVN3' : 'VNI');
      expect(problem?.found).toContain('đọc đúng là “2. Tiếp tục đẩy mạnh việc học tập');
    }
  });
});

describe('fileNameProblem', () => {
  it('accepts lower-case ASCII words joined by hyphens', () => {
    expect(fileNameProblem('2023/phat-dong-thi-dua-2023.mdx', 'x')).toBeUndefined();
    expect(fileNameProblem('2023/khoi-tham-muu/ke-hoach-02.mdx', 'x')).toBeUndefined();
    expect(fileNameProblem('van-phong.yaml', 'x')).toBeUndefined();
  });

  it('reports spaces, marks, capitals and underscores with the name to give instead', () => {
    expect(fileNameProblem('2023/Phát động thi đua 2023.mdx', 'f')).toMatchObject({ file: 'f', field: 'tên tệp', found: '"Phát động thi đua 2023"', fix: 'Đổi tên thành 2023/phat-dong-thi-dua-2023.mdx.' });
    expect(fileNameProblem('2023/Khối Tham mưu/ke-hoach.mdx', 'f')?.fix).toBe('Đổi tên thành 2023/khoi-tham-muu/ke-hoach.mdx.');
    expect(fileNameProblem('Van_Phong.YAML', 'f')?.fix).toBe('Đổi tên thành van-phong.yaml.');
  });
});

describe('the content check on such files', () => {
  const root = mkdtempSync(join(tmpdir(), 'thi-dua-encoding-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('reports each once, and nothing else about them', async () => {
    const content = join(root, 'content');
    cpSync('tests/fixtures/demo/content', content, { recursive: true });
    const launch = join(content, 'campaigns/2021/phat-dong-thi-dua-2021.mdx');
    writeFileSync(launch, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(readFileSync(launch, 'utf8'), 'utf16le')]));
    renameSync(join(content, 'campaigns/2022/phat-dong-thi-dua-2022.mdx'), join(content, 'campaigns/2022/Phát động 2022.mdx'));
    const { problems } = await checkContentFiles(content, RULES, root);
    expect(problems.map((problem) => [problem.file, problem.field])).toEqual([
      ['content/campaigns/2021/phat-dong-thi-dua-2021.mdx', ENCODING_FIELD],
      ['content/campaigns/2022/Phát động 2022.mdx', 'tên tệp'],
    ]);
  });
});

/** The cite command: JSON on stdout for a file, a clear error naming the file otherwise. */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../support/run';

const ROOT = process.cwd();
const SEED = resolve(ROOT, 'tests/fixtures/seed/phat-dong-thi-dua-2023-ban-dan-toc-cao-bang.txt');

function cite(...args: string[]) {
  return run(process.execPath, ['--import', 'tsx', resolve(ROOT, 'src/cli/cite.ts'), ...args], { cwd: ROOT });
}

describe('src/cli/cite.ts', () => {
  it('prints the seed citations as a pretty JSON array', async () => {
    const result = await cite(SEED);
    expect(result.status).toBe(0);
    expect(result.stdout.startsWith('[\n  {')).toBe(true);
    const citations = JSON.parse(result.stdout) as { symbol: string | null; name: string | null; start: number; end: number; text: string }[];
    expect(citations.map((c) => c.symbol ?? c.name)).toEqual([
      '34-CT/TW', '19/CT-TTg', 'Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng',
      'Luật phòng, chống tham nhũng', 'Luật thực hành tiết kiệm, chống lãng phí', '05-CT/TW',
    ]);
  }, 20_000);

  it('fails with exit code 1 and names a missing file', async () => {
    const result = await cite('khong-co-tep.txt');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('khong-co-tep.txt');
    expect(result.stdout).toBe('');
  }, 20_000);
});

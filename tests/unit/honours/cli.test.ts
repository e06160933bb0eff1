/** src/cli/import-honours.ts: writes the YAML, refuses to overwrite without --force, exit codes 0/1/2. */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { honourYearSchema } from '../../../src/schemas/honour';
import { run as runCommand } from '../../support/run';
import { DEMO_ROOT } from './demo-content';

const ROOT = process.cwd();
const FIXTURES = resolve(ROOT, 'tests/fixtures/honours');
const dir = mkdtempSync(join(tmpdir(), 'import-honours-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(...args: string[]) {
  return runCommand('npx', ['tsx', resolve(ROOT, 'src/cli/import-honours.ts'), ...args], {
    cwd: ROOT,
    env: { ...process.env, THI_DUA_CONTENT: DEMO_ROOT },
  });
}

describe('npm run import:honours', () => {
  const out = join(dir, '2023.yaml');

  it('writes the YAML of an annex with the content set\'s unit ids, exit 0, and lists unread rows on stderr', async () => {
    const first = await run(join(FIXTURES, '01-ca-nhan-tap-the-ban-dan-toc.txt'), '--out', out);
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('12 dòng');
    expect(first.stderr).toContain('Dòng 24 không đọc được');
    expect(first.stderr).not.toContain('Đơn vị chưa có');
    const data = honourYearSchema.parse(parse(readFileSync(out, 'utf8')));
    expect(data.decisions[0]).toMatchObject({ symbol: '17/QĐ-BDT', issued: '2024-01-10' });
    expect(data.decisions[0].rows).toHaveLength(12);
    expect(data.decisions[0].rows.at(-1)?.recipient).toEqual({ kind: 'collective', unit: 'thanh-tra' });
  }, 30_000);

  it('lists units missing from content/units with the lines naming them', async () => {
    const other = await run(join(FIXTURES, '02-bang-tab-so-noi-vu.txt'), '--out', join(dir, '2022.yaml'));
    expect(other.status).toBe(0);
    expect(other.stderr).toContain('Đơn vị chưa có: thanh-tra-so ("Thanh tra Sở", dòng 11, 15)');
  }, 30_000);

  it('refuses to overwrite without --force (exit 2) and leaves the first file untouched', async () => {
    writeFileSync(out, '# sửa tay\n', { flag: 'a' });
    const before = readFileSync(out, 'utf8');
    const again = await run(join(FIXTURES, '02-bang-tab-so-noi-vu.txt'), '--out', out);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('--force');
    expect(readFileSync(out, 'utf8')).toBe(before);
  }, 30_000);

  it('overwrites with --force', async () => {
    const forced = await run(join(FIXTURES, '03-bang-gach-dung-ubnd.txt'), '--out', out, '--force');
    expect(forced.status).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('1234/QĐ-UBND');
  }, 30_000);

  it('fails with exit 1 and names a missing file', async () => {
    const missing = await run(join(dir, 'khong-co.txt'), '--out', join(dir, 'x.yaml'));
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('khong-co.txt');
    expect(existsSync(join(dir, 'x.yaml'))).toBe(false);
  }, 30_000);

  it('fails with exit 1 on legacy TCVN3 text and says so', async () => {
    const legacy = await run(join(FIXTURES, '05-tcvn3.txt'), '--out', join(dir, 'y.yaml'));
    expect(legacy.status).toBe(1);
    expect(legacy.stderr).toContain('TCVN3');
    expect(existsSync(join(dir, 'y.yaml'))).toBe(false);
  }, 30_000);

  it('fails with exit 1 and the usage line without a file', async () => {
    const bare = await run();
    expect(bare.status).toBe(1);
    expect(bare.stderr).toContain('import:honours');
  }, 30_000);
});

import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { moveAside } from '../../../src/integrations/old-output';

describe('moveAside: an earlier build’s output moved out of the way before Astro builds', () => {
  it('moves every entry, hidden ones included, and leaves the folder empty', async () => {
    const root = mkdtempSync(join(tmpdir(), 'dau-ra-'));
    const out = join(root, 'dist');
    mkdirSync(join(out, 'phong-trao'), { recursive: true });
    writeFileSync(join(out, 'index.html'), '<p>cũ</p>');
    writeFileSync(join(out, '.git'), 'gitdir: ../x');
    expect(await moveAside(out, join(root, '.dist.cu-1'))).toBe(3);
    expect(readdirSync(out)).toEqual([]);
    expect(readdirSync(join(root, '.dist.cu-1')).sort()).toEqual(['.git', 'index.html', 'phong-trao']);
  });

  it('moves nothing when there is no output yet, or no folder can be made beside it', async () => {
    const root = mkdtempSync(join(tmpdir(), 'dau-ra-'));
    expect(await moveAside(join(root, 'dist'), join(root, '.dist.cu-1'))).toBe(0);
    const out = join(root, 'site');
    mkdirSync(out);
    writeFileSync(join(out, 'index.html'), '');
    writeFileSync(join(root, 'tep'), '');
    // The aside folder would be under a file: Astro is left to delete the entries itself.
    expect(await moveAside(out, join(root, 'tep', 'cu'))).toBe(0);
    expect(existsSync(join(out, 'index.html'))).toBe(true);
  });
});

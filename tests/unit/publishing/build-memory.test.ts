import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';

const flags = vi.hoisted(() => [] as string[]);
vi.mock('node:v8', async (original) => ({ ...(await original<typeof import('node:v8')>()), setFlagsFromString: (flag: string) => flags.push(flag) }));

const { buildMemoryIntegration, HEAP_GROWING_PERCENT } = await import('../../../src/integrations/build-memory');

function setUp(command: 'build' | 'dev'): void {
  const setup = buildMemoryIntegration().hooks['astro:config:setup'] as (options: unknown) => void;
  setup({ command });
}

describe('a build’s heap grows by a fixed factor', () => {
  it('sets V8’s heap growing factor when a build starts, and leaves the dev server alone', () => {
    flags.length = 0;
    setUp('dev');
    expect(flags).toEqual([]);
    setUp('build');
    expect(flags).toEqual([`--heap-growing-percent=${HEAP_GROWING_PERCENT}`]);
  });

  it('names a flag this Node’s V8 knows (V8 ignores an unknown one set at run time; Node refuses it on the command line)', () => {
    const known = spawnSync(process.execPath, [`--heap-growing-percent=${HEAP_GROWING_PERCENT}`, '-e', ''], { encoding: 'utf8' });
    expect(known.status, known.stderr).toBe(0);
    const unknown = spawnSync(process.execPath, ['--heap-growing-percentage=100', '-e', ''], { encoding: 'utf8' });
    expect(unknown.status).not.toBe(0);
  });

  it('is the site’s first integration, so it is set before the content is loaded', () => {
    const config = readFileSync('astro.config.mjs', 'utf8');
    expect(config).toMatch(/integrations: \[buildMemoryIntegration\(\),/);
  });
});

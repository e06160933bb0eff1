/**
 * Every address once published keeps working: the files the shipped site published before the
 * province archive began (tests/fixtures/addresses/shipped.txt) are all still built.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILT_SITE } from '../setup/built-site';

const PUBLISHED = readFileSync('tests/fixtures/addresses/shipped.txt', 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line && !line.startsWith('#'));

describe('addresses published before', () => {
  it('are all still built', () => {
    expect(PUBLISHED.length).toBeGreaterThan(40);
    expect(PUBLISHED.filter((path) => !existsSync(join(BUILT_SITE, path)))).toEqual([]);
  });
});

/**
 * A clean build says nothing to worry about: no warning from Astro or from us on the shipped
 * and the illustrative content (an empty honours folder is normal), except the one notice that
 * the public address is not set, which these test builds leave unset on purpose.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILD_OUTPUT } from '../setup/built-site';

/** Lines that warn: Astro's "[WARN]" lines and anything that says a collection is missing. */
function warnings(output: string): string[] {
  return output.split('\n').filter((line) => /\[WARN\]|warning|does not exist or is empty|No files found/i.test(line));
}

describe('a clean build', () => {
  it.each(Object.entries(BUILD_OUTPUT))('of the %s content warns of nothing but the unset public address, once', (_name, log) => {
    const found = warnings(readFileSync(log, 'utf8'));
    expect(found.filter((line) => !line.includes('Chưa đặt THI_DUA_SITE'))).toEqual([]);
    expect(found).toHaveLength(1);
  });
});

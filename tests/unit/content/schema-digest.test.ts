/**
 * Astro keeps stored entries across builds and clears them only when the text of
 * src/content.config.ts changes, not when a schema it imports does: a new defaulted field would
 * then be missing from entries whose files did not change, and pages would crash on a
 * developer's machine while a fresh clone builds. content.config.ts therefore names the digest
 * of the schemas, and this test fails until it is updated.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function schemasDigest(): string {
  const hash = createHash('sha256');
  for (const file of readdirSync('src/schemas').filter((name) => name.endsWith('.ts')).sort()) {
    hash.update(file).update(readFileSync(join('src/schemas', file)));
  }
  return hash.digest('hex').slice(0, 16);
}

describe('content.config.ts', () => {
  it('names the digest of src/schemas, so that a schema change clears the stored entries', () => {
    const stated = /^\/\/ Schemas digest: ([0-9a-f]+)/m.exec(readFileSync('src/content.config.ts', 'utf8'))?.[1];
    expect(stated, `Write "// Schemas digest: ${schemasDigest()}" in src/content.config.ts`).toBe(schemasDigest());
  });
});

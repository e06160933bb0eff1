import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useFreshCacheFolder } from '../../support/cache-folder';
import { outlineCitationsPath, outlinePath, restoreOutlines } from '../../../src/data/outline-cache';
import { citationsInOutline } from '../../../src/lib/directives/passages';
import { extractCitations } from '../../../src/lib/citations';
import { joinPassages } from '../../../src/lib/directives/passages';
import { outlineOf } from '../../../src/lib/outline/of-entry';
import { parseOutline } from '../../../src/lib/outline';
import { CAMPAIGN_2023, bodyOf } from '../../support/seed';

describe('outlines kept between builds, by the entry’s digest', () => {
  const body = bodyOf(CAMPAIGN_2023);
  useFreshCacheFolder('dan-y-');

  it('keeps the outline a build parsed, and a later build reads it instead of parsing', () => {
    restoreOutlines([{ id: 'a', body }], () => 'khoa-1');
    expect(JSON.parse(readFileSync(outlinePath('khoa-1'), 'utf8'))).toEqual(parseOutline(body));
    // What the later build gets is the kept file, not a fresh parse: a marked copy shows it.
    const kept = parseOutline(body);
    kept.sections[0].title = 'ĐÃ GIỮ';
    writeFileSync(outlinePath('khoa-1'), JSON.stringify(kept));
    const later = { id: 'a', body };
    restoreOutlines([later], () => 'khoa-1');
    expect(outlineOf(later).sections[0].title).toBe('ĐÃ GIỮ');
  });

  it('keeps the citations found in the outline, and a later build reads them instead of finding them again', () => {
    restoreOutlines([{ id: 'a', body }], () => 'khoa-3');
    const found = extractCitations(joinPassages(parseOutline(body)).text);
    expect(found.length).toBeGreaterThan(3);
    expect(JSON.parse(readFileSync(outlineCitationsPath('khoa-3'), 'utf8'))).toEqual(found);
    const kept = found.map((citation, i) => (i === 0 ? { ...citation, key: 'da-giu' } : citation));
    writeFileSync(outlineCitationsPath('khoa-3'), JSON.stringify(kept));
    const later = { id: 'a', body };
    restoreOutlines([later], () => 'khoa-3');
    expect(citationsInOutline(outlineOf(later))[0].key).toBe('da-giu');
    // A body whose outline had to be parsed again has its citations found again too.
    writeFileSync(outlinePath('khoa-3'), '{');
    const again = { id: 'a', body };
    restoreOutlines([again], () => 'khoa-3');
    expect(citationsInOutline(outlineOf(again))).toEqual(found);
  });

  it('parses again when the kept file is unreadable, and keeps the good outline', () => {
    restoreOutlines([{ id: 'b', body: 'x' }], () => 'khoa-2');
    writeFileSync(outlinePath('khoa-2'), '{"preamble": [');
    const entry = { id: 'b', body };
    restoreOutlines([entry], () => 'khoa-2');
    expect(outlineOf(entry)).toEqual(parseOutline(body));
    expect(JSON.parse(readFileSync(outlinePath('khoa-2'), 'utf8'))).toEqual(parseOutline(body));
  });

  it('keeps nothing for an entry without a digest (outside the campaign loader)', () => {
    const entry = { id: 'c', body };
    restoreOutlines([entry], () => undefined);
    expect(existsSync(outlinePath('undefined'))).toBe(false);
    expect(outlineOf(entry)).toEqual(parseOutline(body));
  });
});

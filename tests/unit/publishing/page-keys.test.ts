/**
 * The text a kept page's key is a digest of (src/data/page-cache-state.ts, `viewJson`): it must say
 * everything the page shows, so that any change gives another key, while an object met twice in a
 * view (a bloc's member on each of its honour rows) is written once. tests/site/page-cache.test.ts
 * builds, edits and compares every file with a cold build.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256Hex, viewJson } from '../../../src/data/page-cache-state';

const member = () => ({ id: 'so-noi-vu', name: 'Sở Nội vụ', targets: [{ text: 'Phấn đấu 100% công chức hoàn thành nhiệm vụ', value: 100 }] });

/** A bloc's year as its page shows it: each honour row names the member it belongs to. */
function blocYear(shared = member()) {
  return { members: [shared], honours: [{ name: 'Phòng Tổ chức', member: shared }, { name: 'Nguyễn Văn A', member: shared }] };
}

describe('the text of a page’s view', () => {
  it('writes an object met again as its place in the order objects were met', () => {
    const text = viewJson(blocYear());
    // The member is written once, in full; its honour rows point back at it.
    expect(text.match(/Sở Nội vụ/g)).toHaveLength(1);
    expect(text.match(/"member":\{"ref":\d+\}/g)).toHaveLength(2);
    expect(text.length).toBeLessThan(JSON.stringify(blocYear()).length);
  });

  it('still changes with any value of an object written as a reference', () => {
    const text = viewJson(blocYear());
    const renamed = member();
    renamed.targets[0].value = 95;
    expect(viewJson(blocYear(renamed))).not.toBe(text);
    // The same content in two separate objects is a different text, never the same key for different pages.
    const apart = { members: [member()], honours: [{ name: 'Phòng Tổ chức', member: member() }, { name: 'Nguyễn Văn A', member: member() }] };
    expect(viewJson(apart)).not.toBe(text);
    expect(viewJson(apart)).toBe(JSON.stringify(apart));
  });

  it('counts what Maps and Sets hold, and a shared object by its digest', () => {
    expect(viewJson({ a: new Map([['x', 1]]) })).not.toBe(viewJson({ a: new Map([['x', 2]]) }));
    expect(viewJson({ a: new Set([1]) })).not.toBe(viewJson({ a: new Set([2]) }));
    const document = { id: '2024/so-noi-vu/phat-dong', body: 'Nội dung…' };
    const shared = new WeakSet<object>([document]);
    expect(viewJson({ document }, shared)).toBe(JSON.stringify({ document: { digest: sha256Hex(JSON.stringify(document)) } }));
  });
});

describe('sha256Hex', () => {
  it('is SHA-256 in hex, as createHash gives it', () => {
    for (const text of ['', 'Thi đua là yêu nước', 'x'.repeat(100_000)]) expect(sha256Hex(text)).toBe(createHash('sha256').update(text).digest('hex'));
  });
});

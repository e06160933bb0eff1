/** findUnresolvedMentions: what the content check reports, with spans in the original text. */
import { describe, expect, it } from 'vitest';
import { findUnresolvedMentions } from '../../src/lib/citations/index';

describe('findUnresolvedMentions', () => {
  it('reports a short form with no full citation before it', () => {
    const text = 'Học tập Chỉ thị số 05.';
    const [m, ...rest] = findUnresolvedMentions(text);
    expect(rest).toEqual([]);
    expect(m.text).toBe('Chỉ thị số 05');
    expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(m.reason).toContain('Chưa có trích dẫn đầy đủ');
  });

  it('reports an ambiguous short form and names the candidates', () => {
    const [m] = findUnresolvedMentions('Chỉ thị số 05-CT/TW; Chỉ thị số 05/CT-TTg. Chỉ thị số 05.');
    expect(m.reason).toContain('05-CT/TW, 05/CT-TTg');
  });

  it('reports nothing for resolved mentions, durations or defined names', () => {
    const text = 'Chỉ thị số 34-CT/TW ngày 7/4/2014 (sau đây gọi tắt là Chỉ thị 34). Chỉ thị 34; Kế hoạch 5 năm (2021-2025); Chỉ thị số 34.';
    expect(findUnresolvedMentions(text)).toEqual([]);
  });
});

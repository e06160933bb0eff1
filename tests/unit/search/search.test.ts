import { describe, expect, it } from 'vitest';
import { buildDWords, dKey, expandQuery, forEachDCandidate, pagefindFold } from '../../../src/lib/search/d-words';
import { searchFacets } from '../../../src/lib/search/facets';
import { highlightUrl, markedWords } from '../../../src/lib/search/links';
import { hitsOf, itemLabel } from '../../../src/lib/search/hits';
import type { SearchHit } from '../../../src/lib/search/hits';
import { phraseAt, queryWords, rankByQuery } from '../../../src/lib/search/rank';
import type { SearchRecord } from '../../../src/lib/search/records';

describe('the words the "đ" spellings are counted from', () => {
  /** Every word as a regular expression finds it, and the folding of those that can matter. */
  const expected = (text: string) => [...text.matchAll(/[\p{L}\p{N}]+/gu)].map(([word]) => word).filter((word) => /[dđ]/.test(pagefindFold(word)));
  const found = (text: string) => {
    const words: string[] = [];
    forEachDCandidate(text, (word) => words.push(word));
    return words.filter((word) => /[dđ]/.test(pagefindFold(word)));
  };

  it('finds the same words as [\\p{L}\\p{N}]+ would, whatever separates them', () => {
    const texts = [
      'Đoàn kết thi đua, đồng bào và dòng sông; đô thị, do đó',
      'ĐẢNG BỘ — Ban Dân tộc (Đ/c Đinh Văn Dũng) 2023-QĐ/UBND',
      // A combining mark is not a letter: "d" + dot below is a word "d" then "ung".
      'd\u0323ung Ď ḍ ḌA ďábel',
      // Beyond the Basic Multilingual Plane: a letter is part of a word, a lone surrogate is not.
      'a𝐝d 𝐝 đ\ud835 x\udc1dđ 😀đồng',
      // Full-width and other letters above the surrogates.
      'ｄｏａｎ ｄ đＤ ﬀd',
    ];
    for (const text of texts) expect(found(text)).toEqual(expected(text));
  });

  it('counts as a regular expression would over a large mixed text', () => {
    const pieces = ['Đoàn', 'kết', 'dân', 'tộc', 'ĐỒNG', 'dòng', '2023', 'Đ/c', 'đồng-bào', 'x𝐝y', 'ĐẠT', 'do', 'đó', '\n', ' '];
    let seed = 7;
    const text = Array.from({ length: 4000 }, () => pieces[(seed = (seed * 48271) % 2147483647) % pieces.length]).join(' ');
    expect(found(text)).toEqual(expected(text));
  });
});

describe('the "đ" spellings', () => {
  const words = buildDWords(['Đoàn kết thi đua, đồng bào và dòng sông; đô thị, do đó', 'ĐOÀN THỂ']);

  it('folds like Pagefind: marks and case go, đ stays', () => {
    expect(pagefindFold('Đoàn')).toBe('đoan');
    expect(pagefindFold('hoá')).toBe(pagefindFold('hóa'));
    expect(dKey('Đoàn')).toBe('doan');
  });

  it('lists each indexed đ-word under its d spelling, with the plain spelling when the index has it too', () => {
    expect(words.doan).toEqual(['đoan']);
    expect(words.dua).toEqual(['đua']);
    expect(words.dong).toEqual(['dong', 'đong']);
    expect(words.do).toEqual(['đo', 'do']); // đô, đó outnumber do: most frequent first
    expect(words.ket).toBeUndefined();
  });

  it('expands a query typed without đ into the spellings the index has', () => {
    expect(expandQuery('doan ket', words)).toEqual(['đoan ket']);
    expect(expandQuery('Doan KET thi dua', words)).toEqual(['đoan KET thi đua']);
    expect(expandQuery('dong', words)).toEqual(['dong', 'đong']);
  });

  it('leaves words typed with đ, and words with no đ spelling, as typed', () => {
    expect(expandQuery('Đoàn kết', words)).toEqual(['Đoàn kết']);
    expect(expandQuery('chi thi 34-CT/TW', words)).toEqual(['chi thi 34-CT/TW']);
    expect(expandQuery('dieu', words)).toEqual(['dieu']);
    expect(expandQuery('   ', words)).toEqual([]);
  });

  it('caps the number of variants', () => {
    expect(expandQuery('dong dong dong dong dong', words, 8)).toHaveLength(8);
  });
});

describe('result links', () => {
  it('adds a text fragment after the item anchor, or after # when there is none', () => {
    expect(highlightUrl('/a/#muc-tieu-5', ['Đoàn', 'kết,'])).toBe('/a/#muc-tieu-5:~:text=%C4%90o%C3%A0n&text=k%E1%BA%BFt');
    expect(highlightUrl('/a/', ['34-CT/TW'])).toBe('/a/#:~:text=34%2DCT%2FTW');
    expect(highlightUrl('/a/', [])).toBe('/a/');
  });

  it('reads the marked words of an excerpt', () => {
    expect(markedWords('tham gia <mark>đoàn</mark> <mark>kết,</mark> xây')).toEqual(['đoàn', 'kết,']);
  });
});

describe('ranking by the query', () => {
  const hit = (text: string): SearchHit => ({ url: `/${text}`, title: text, context: '', excerpt: '', words: text.split(' ') });

  it('puts the whole phrase first, then the items holding more of its words, keeping ties in order', () => {
    const items = [hit('văn hóa, công tác cơ sở'), hit('văn bản'), hit('thực hiện “văn hóa công sở”'), hit('văn hoá và công')];
    expect(rankByQuery(items, 'van hoa cong so').map((item) => item.title)).toEqual([
      'thực hiện “văn hóa công sở”',
      'văn hóa, công tác cơ sở',
      'văn hoá và công',
      'văn bản',
    ]);
  });

  it('finds the phrase through punctuation, tone placement and đ, the last word as a prefix', () => {
    expect(phraseAt('phong trào “Toàn dân đoàn kết xây dựng'.split(' '), queryWords('doan ket xay dun'))).toBe(4);
    expect(phraseAt('đoàn viên kết nạp'.split(' '), queryWords('doan ket'))).toBe(-1);
  });
});

describe('hits of a page', () => {
  it('opens a page into its anchored items, each with its own words and reader label', () => {
    const content = 'PHÁT ĐỘNG 2023. Mở đầu. 1. Tiếp tục thực hiện. 3. Thi đua. II. Trên cơ sở.';
    const hits = hitsOf([
      {
        url: '/p/',
        content,
        excerpt: '',
        meta: { title: 'PHÁT ĐỘNG 2023' },
        sub_results: [
          { title: '3.', url: '/p/#noi-dung-3', excerpt: 'x', anchor: { id: 'noi-dung-3', location: 10 } },
          { title: 'PHÁT ĐỘNG 2023', url: '/p/', excerpt: 'y' },
          { title: 'II.', url: '/p/#muc-tieu', excerpt: 'z', anchor: { id: 'muc-tieu', location: 13 } },
        ],
      },
    ]);
    expect(hits.map((h) => [h.url, h.title, h.words.join(' ')])).toEqual([
      ['/p/', 'PHÁT ĐỘNG 2023', 'PHÁT ĐỘNG 2023. Mở đầu. 1. Tiếp tục thực hiện.'],
      ['/p/#noi-dung-3', 'Nội dung 3', '3. Thi đua.'],
      ['/p/#muc-tieu', 'Phần II', 'II. Trên cơ sở.'],
    ]);
    expect(itemLabel('muc-tieu-2-5', '5.')).toBe('Mục tiêu 5');
  });
});

describe('search facets', () => {
  it('offers every filter value present, years newest first, names in Vietnamese order', () => {
    const record = (filters: SearchRecord['filters']): SearchRecord => ({ url: '/', title: '', sections: [], filters, sort: {} });
    const facets = searchFacets([record({ nam: ['2022'], 'co-quan': ['Ủy ban'] }), record({ nam: ['2023', '2021'], 'co-quan': ['Ban Dân tộc', 'Đảng ủy'] })]);
    expect(facets).toEqual([
      { key: 'nam', label: 'Năm', values: ['2023', '2022', '2021'] },
      { key: 'co-quan', label: 'Cơ quan ban hành', values: ['Ban Dân tộc', 'Đảng ủy', 'Ủy ban'] },
    ]);
  });
});

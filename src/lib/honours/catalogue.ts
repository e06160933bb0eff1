/**
 * Resolving the title written on an honour row against the catalogue (content/titles.yaml):
 * by id, canonical name or any recorded spelling variant, compared by a folded key so that
 * case, quotes, spacing, old/new tone placement and "sỹ"/"sĩ" do not matter (domain guide §5, §8).
 */
import { distance } from 'fastest-levenshtein';
import type { TitleData } from '../../schemas/title';
import type { ContentEntry } from '../content/types';
import { titleKey as targetTitleKey } from '../targets/annotation';

/** A catalogue entry (danh hiệu thi đua or hình thức khen thưởng) as loaded. */
export type TitleEntry = ContentEntry<TitleData>;

/** How a written title was recognised. */
export type TitleMatch = 'id' | 'name' | 'variant';

/** The outcome of resolving a written title: the entry, or the nearest valid names for the error. */
export type TitleResolution =
  | { entry: TitleEntry; matchedBy: TitleMatch; suggestions?: undefined }
  | { entry: undefined; matchedBy?: undefined; suggestions: string[] };

/** The catalogue indexed by folded key, built once per content set. */
export interface TitleIndex {
  entries: TitleEntry[];
  byId: Map<string, TitleEntry>;
  byKey: Map<string, { entry: TitleEntry; matchedBy: TitleMatch }>;
}

/**
 * Matching key of a title as written: the targets' title key (folded, quotes and punctuation
 * dropped, "sỹ"/"sĩ" unified), so boards and target comparisons agree; a leading "danh hiệu" is dropped.
 */
export function titleKey(text: string): string {
  return targetTitleKey(text).replace(/^danh hieu /, '');
}

/** Indexes the catalogue by id and by the key of every name and variant; a key claimed twice keeps the higher-ranked entry. */
export function indexTitles(titles: TitleEntry[]): TitleIndex {
  const byKey: TitleIndex['byKey'] = new Map();
  const ranked = [...titles].sort((a, b) => a.data.rank - b.data.rank);
  const claim = (text: string, entry: TitleEntry, matchedBy: TitleMatch) => {
    const key = titleKey(text);
    if (key && !byKey.has(key)) byKey.set(key, { entry, matchedBy });
  };
  for (const entry of ranked) claim(entry.data.name, entry, 'name');
  for (const entry of ranked) entry.data.variants.forEach((variant) => claim(variant, entry, 'variant'));
  return { entries: titles, byId: new Map(titles.map((entry) => [entry.data.id, entry])), byKey };
}

/** The `count` canonical names whose keys are nearest (Levenshtein) to the written title. */
export function nearestTitles(text: string, index: TitleIndex, count = 3): string[] {
  const key = titleKey(text);
  return index.entries
    .map((entry) => ({
      name: entry.data.name,
      distance: Math.min(distance(key, titleKey(entry.data.name)), ...entry.data.variants.map((variant) => distance(key, titleKey(variant)))),
      rank: entry.data.rank,
    }))
    .sort((a, b) => a.distance - b.distance || a.rank - b.rank)
    .slice(0, count)
    .map((candidate) => candidate.name);
}

/** Folded initials of every name and variant of three words or more → the entries they stand for. */
const initialsOf = new WeakMap<TitleIndex, Map<string, Set<TitleEntry>>>();

/**
 * The entry a title written as initials stands for ("TTLĐXS" → Tập thể lao động xuất sắc,
 * "CSTĐCS", "LĐTT"): annexes write titles so in a column. Only when exactly one entry's name or
 * variant has those initials; undefined for anything else (words, or initials two titles share).
 */
export function titleFromInitials(text: string, index: TitleIndex): TitleEntry | undefined {
  const written = text.trim();
  if (!/^[\p{Lu}]{3,10}$/u.test(written)) return undefined;
  let map = initialsOf.get(index);
  if (!map) {
    map = new Map();
    for (const entry of index.entries) {
      for (const name of [entry.data.name, ...entry.data.variants]) {
        const words = name.match(/[\p{L}\p{N}]+/gu) ?? [];
        if (words.length < 3) continue;
        const key = titleKey(words.map((word) => word[0]).join(''));
        map.set(key, (map.get(key) ?? new Set()).add(entry));
      }
    }
    initialsOf.set(index, map);
  }
  const entries = map.get(titleKey(written));
  return entries?.size === 1 ? [...entries][0] : undefined;
}

/**
 * The entry a bare reward form stands for, from who gives it ("TẶNG BẰNG KHEN" in an annex of the
 * Thủ tướng's decision, or of a minister's, a province's or a central organisation's): a Bằng khen
 * or Cờ thi đua is given only at the state level (the Prime Minister, the Government) or at the
 * level of ministries, central bodies and provinces (Luật Thi đua, khen thưởng 2022); a district
 * or a commune gives neither. Undefined when the text is more than the form, when the issuer is
 * unknown, or when the catalogue has not exactly one entry of the form at that level.
 */
export function titleByGiver(text: string, issuer: string | undefined, index: TitleIndex): TitleEntry | undefined {
  const form = titleKey(text);
  if (!issuer || !['bang khen', 'co thi dua'].includes(form)) return undefined;
  const giver = titleKey(issuer);
  // A district's or a commune's body ("Chủ tịch UBND huyện", "Hội Nông dân xã") gives neither: no guess ("xã hội" is not a commune).
  if (/\b(huyen|quan|thi xa|xa|phuong|thi tran)\b/.test(giver.replace(/\bxa hoi\b/g, '')) && !/\btrung uong\b/.test(giver)) return undefined;
  const level = /\b(thu tuong|chinh phu)\b/.test(giver) ? 'state' : 'ministry-province';
  const entries = index.entries.filter((entry) => entry.data.level === level && titleKey(entry.data.name).startsWith(`${form} `));
  return entries.length === 1 ? entries[0] : undefined;
}

/** Resolutions already made, per index and written title: a province's boards write a dozen titles on 40,000 rows. */
const resolved = new WeakMap<TitleIndex, Map<string, TitleResolution>>();

/** Finds the catalogue entry a row's title names, or the nearest valid names when none does (the same object for the same text). */
export function resolveTitle(text: string, index: TitleIndex): TitleResolution {
  let known = resolved.get(index);
  if (!known) resolved.set(index, (known = new Map()));
  let resolution = known.get(text);
  if (!resolution) known.set(text, (resolution = resolveWritten(text, index)));
  return resolution;
}

function resolveWritten(text: string, index: TitleIndex): TitleResolution {
  const byId = index.byId.get(text.trim());
  if (byId) return { entry: byId, matchedBy: 'id' };
  const byKey = index.byKey.get(titleKey(text));
  if (byKey) return byKey;
  return { entry: undefined, suggestions: nearestTitles(text, index) };
}

import { contractAbbreviations, expandAbbreviations } from '../lib/search/abbreviations';
import { expandQuery } from '../lib/search/d-words';
import { FILTERS } from '../lib/search/facets';
import { wholePagesOnly } from '../lib/search/board-parts';
import { hitsOf } from '../lib/search/hits';
import type { PagefindData, SearchHit } from '../lib/search/hits';
import { highlightUrl, markedWords } from '../lib/search/links';
import { SITE_FILTER, siteOfUrl } from '../lib/search/national';
import type { MergedIndex } from '../lib/search/national';
import { phraseAt, queryWords, rankByQuery } from '../lib/search/rank';

/** The part of Pagefind's browser API this page uses. */
interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindData>;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init?: () => Promise<void>;
  mergeIndex: (path: string, options: Record<string, unknown>) => Promise<void>;
  search: (query: string | null, options: { filters?: Record<string, string | Record<string, string>>; sort?: Record<string, string> }) => Promise<{ results: PagefindResult[] }>;
}

/** Pages whose data (one fragment each) the first answer loads: what keeps the first query light. */
const PAGE_SIZE = 10;
/** Result lines shown (items of those pages). */
const HITS_SHOWN = 20;
const form = document.querySelector<HTMLFormElement>('#tim-kiem');
/** On a national site: the other sites' indexes, published on this host (see the search page). */
const merged = JSON.parse(form?.dataset.chiMuc ?? '[]') as MergedIndex[];
/** Initials written out ("TTLĐXS" → Tập thể lao động xuất sắc, "UBND" → Ủy ban nhân dân), from the catalogue and common ones (../lib/search/abbreviations.ts). */
const abbreviations = JSON.parse(form?.dataset.vietTat ?? '{}') as Record<string, string>;
const FILTER_KEYS: string[] = [...FILTERS.map((filter) => filter.key), ...(merged.length ? [SITE_FILTER] : [])];
/** Excerpt length in words, the same for every index. */
const EXCERPT_LENGTH = 28;
const status = document.querySelector<HTMLElement>('#trang-thai');
const list = document.querySelector<HTMLOListElement>('#ket-qua');
let pagefind: Promise<Pagefind> | undefined;
let dWords: Promise<Record<string, string[]>> | undefined;
let latest = 0;

/** Pagefind and the "d" spellings load on the first search only. */
function engine(): Promise<[Pagefind, Record<string, string[]>]> {
  const bundle = `${import.meta.env.BASE_URL}pagefind/pagefind.js`;
  pagefind ??= (import(/* @vite-ignore */ bundle) as Promise<Pagefind>).then(async (module) => {
    // The worker would be one more 43 KB download for a search that takes milliseconds here.
    // Result addresses are indexed whole, sub-path included: Pagefind must not add its folder's.
    // On a national site this site's own pages carry its name in the "Trang công bố" filter.
    const own = form?.dataset.trang;
    await module.options({ excerptLength: EXCERPT_LENGTH, noWorker: true, baseUrl: '/', ...(own ? { mergeFilter: { [SITE_FILTER]: own } } : {}) });
    await module.init?.();
    // Other sites' indexes, copied onto this host by the build: their results link to each site's own address.
    await Promise.all(merged.map((index) => module.mergeIndex(index.path, { baseUrl: index.baseUrl, excerptLength: EXCERPT_LENGTH, mergeFilter: { [SITE_FILTER]: index.name } })));
    return module;
  });
  dWords ??= fetch(`${import.meta.env.BASE_URL}tim-kiem/tu-d.json`).then((response) => (response.ok ? response.json() : {}));
  return Promise.all([pagefind, dWords]);
}

/**
 * Whether each word is in the index, in one of its spellings ("hdnd" as HĐND): Pagefind leaves out
 * a word it does not know, so a query with one finds what the other words find.
 */
async function allKnown(api: Pagefind, dWords: Record<string, string[]>, words: string[]): Promise<boolean> {
  const known = await Promise.all(words.map(async (word) => (await Promise.all(expandQuery(word, dWords).map((spelling) => api.search(spelling, {})))).some((answer) => answer.results.length > 0)));
  return known.every(Boolean);
}

/**
 * Runs every spelling variant of the query, of it with initials written out (`expanded`: which)
 * and of it with a body's words as initials ("Ủy ban nhân dân" → UBND), and keeps each result once,
 * with its best score. A form with initials is run only when the index has them (else it would
 * stand for the query without them).
 */
async function search(query: string, written: string, expanded: [string, string][], filters: Record<string, string>, sort: Record<string, string> | undefined): Promise<PagefindResult[]> {
  const [api, words] = await engine();
  const contracted = contractAbbreviations(written);
  const forms = [
    ...(expanded.length === 0 || (await allKnown(api, words, expanded.map(([short]) => short))) ? [query] : []),
    written,
    ...(contracted.inserted.length && (await allKnown(api, words, contracted.inserted)) ? [contracted.text] : []),
  ];
  const queries = query ? [...new Set(forms.flatMap((text) => expandQuery(text, words)))] : [null];
  const answers = await Promise.all(queries.map((variant) => api.search(variant, { filters: variant === null ? wholePagesOnly(filters) : filters, sort })));
  const best = new Map<string, PagefindResult>();
  answers.forEach((answer) =>
    answer.results.forEach((result) => {
      const seen = best.get(result.id);
      if (!seen || seen.score < result.score) best.set(result.id, result);
    }),
  );
  const merged = [...best.values()];
  return sort ? merged : merged.sort((a, b) => b.score - a.score);
}

function paramsOf(source: URLSearchParams) {
  const query = (source.get('q') ?? '').trim();
  const filters = Object.fromEntries(FILTER_KEYS.flatMap((key) => (source.get(key) ? [[key, source.get(key) as string]] : [])));
  const order = source.get('sap-xep');
  const sort = order === 'moi-nhat' ? { ngay: 'desc' } : order === 'cu-nhat' ? { ngay: 'asc' } : undefined;
  return { query, filters, sort };
}

function fillForm(source: URLSearchParams): void {
  if (!form) return;
  for (const element of Array.from(form.elements)) {
    if (element instanceof HTMLInputElement || element instanceof HTMLSelectElement) element.value = source.get(element.name) ?? '';
  }
}

/** The item's words around the phrase, the phrase marked; built as DOM nodes, never as HTML. */
function phraseExcerpt(words: string[], at: number, length: number): Node[] {
  const before = words.slice(Math.max(0, at - 10), at).join(' ');
  const phrase = words.slice(at, at + length).join(' ');
  const after = words.slice(at + length, at + length + 16).join(' ');
  const mark = document.createElement('mark');
  mark.textContent = phrase;
  return [document.createTextNode(`${at > 10 ? '… ' : ''}${before} `), mark, document.createTextNode(` ${after}${at + length + 16 < words.length ? ' …' : ''}`)];
}

/** `written`: the query with titles' initials written out, which results are marked by; `note` says which were. */
function render(items: SearchHit[], total: number, query: string, written: string, note: string): void {
  if (!list || !status) return;
  const wanted = queryWords(written);
  list.replaceChildren(
    ...items.map((item) => {
      const li = document.createElement('li');
      li.className = 'card';
      const at = wanted.length > 1 ? phraseAt(item.words, wanted) : -1;
      const phrase = at >= 0 ? item.words.slice(at, at + wanted.length).join(' ') : '';
      const link = document.createElement('a');
      link.href = highlightUrl(item.url, phrase ? [phrase] : markedWords(item.excerpt));
      link.className = 'font-semibold';
      link.textContent = item.title;
      const excerpt = document.createElement('p');
      excerpt.className = 'mt-1 text-[0.95rem]';
      if (at >= 0) excerpt.replaceChildren(...phraseExcerpt(item.words, at, wanted.length));
      else excerpt.innerHTML = item.excerpt;
      li.append(link);
      const site = merged.length ? siteOfUrl(item.url, merged)?.name : undefined;
      const contextText = [site, item.context].filter(Boolean).join(' · ');
      if (contextText) {
        const context = document.createElement('p');
        context.className = 'text-sm text-muted';
        context.textContent = contextText;
        li.append(context);
      }
      li.append(excerpt);
      return li;
    }),
  );
  const more = total > PAGE_SIZE ? ` (hiện ${PAGE_SIZE} trang đầu)` : '';
  status.textContent =
    total === 0 ? `Không tìm thấy kết quả nào${query ? ` cho “${query}”` : ''}${note}.` : `${total} văn bản phù hợp${query ? ` với “${query}”` : ''}${note}${more}.`;
}

async function run(source: URLSearchParams): Promise<void> {
  fillForm(source);
  const { query, filters, sort } = paramsOf(source);
  if (!status || !list) return;
  if (!query && Object.keys(filters).length === 0) {
    status.textContent = '';
    list.replaceChildren();
    return;
  }
  const ticket = ++latest;
  status.textContent = 'Đang tìm…';
  const { text: written, expanded } = expandAbbreviations(query, abbreviations);
  const note = expanded.length ? ` (${expanded.map(([short, full]) => `${short}: ${full}`).join('; ')})` : '';
  const results = await search(query, written, expanded, filters, sort);
  const pages = await Promise.all(results.slice(0, PAGE_SIZE).map((result) => result.data()));
  const hits = sort ? hitsOf(pages) : rankByQuery(hitsOf(pages), written);
  if (ticket === latest) render(hits.slice(0, HITS_SHOWN), results.length, query, written, note);
}

// Start loading the engine as soon as someone is about to search, not when they press Enter.
form?.querySelector('#q')?.addEventListener('focus', () => void engine(), { once: true });

form?.addEventListener('submit', (event) => {
  event.preventDefault();
  const data = new URLSearchParams();
  new FormData(form).forEach((value, key) => value && data.append(key, String(value)));
  history.pushState(null, '', data.size ? `?${data}` : location.pathname);
  void run(data);
});
form?.addEventListener('change', (event) => {
  if (event.target instanceof HTMLSelectElement) form.requestSubmit();
});
window.addEventListener('popstate', () => void run(new URLSearchParams(location.search)));
void run(new URLSearchParams(location.search));

import { expandQuery } from '../lib/search/d-words';
import { highlightUrl, markedWords } from '../lib/search/links';
import { phraseFirst } from '../lib/search/rank';

/** The part of Pagefind's browser API this page uses. */
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
}
interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindResultData>;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  search: (query: string | null, options: { filters?: Record<string, string>; sort?: Record<string, string> }) => Promise<{ results: PagefindResult[] }>;
}

const PAGE_SIZE = 20;
const FILTER_KEYS = ['nam', 'loai', 'co-quan', 'chi-thi', 'danh-hieu', 'don-vi'];
const form = document.querySelector<HTMLFormElement>('#tim-kiem');
const status = document.querySelector<HTMLElement>('#trang-thai');
const list = document.querySelector<HTMLOListElement>('#ket-qua');
let pagefind: Promise<Pagefind> | undefined;
let dWords: Promise<Record<string, string[]>> | undefined;
let latest = 0;

/** Pagefind and the "d" spellings load on the first search only. */
function engine(): Promise<[Pagefind, Record<string, string[]>]> {
  const bundle = '/pagefind/pagefind.js';
  pagefind ??= (import(/* @vite-ignore */ bundle) as Promise<Pagefind>).then(async (module) => {
    await module.options({ excerptLength: 28 });
    return module;
  });
  dWords ??= fetch('/tim-kiem/tu-d.json').then((response) => (response.ok ? response.json() : {}));
  return Promise.all([pagefind, dWords]);
}

/** Runs every spelling variant and keeps each result once, with its best score. */
async function search(query: string, filters: Record<string, string>, sort: Record<string, string> | undefined): Promise<PagefindResult[]> {
  const [api, words] = await engine();
  const queries = query ? expandQuery(query, words) : [null];
  const answers = await Promise.all(queries.map((variant) => api.search(variant, { filters, sort })));
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

function render(items: PagefindResultData[], total: number, query: string): void {
  if (!list || !status) return;
  list.replaceChildren(
    ...items.map((item) => {
      const li = document.createElement('li');
      li.className = 'card';
      const link = document.createElement('a');
      link.href = highlightUrl(item.url, markedWords(item.excerpt));
      link.className = 'font-semibold';
      link.textContent = item.meta.title ?? item.url;
      const excerpt = document.createElement('p');
      excerpt.className = 'mt-1 text-[0.95rem]';
      excerpt.innerHTML = item.excerpt;
      li.append(link, excerpt);
      return li;
    }),
  );
  const shown = total > items.length ? ` (hiện ${items.length} kết quả đầu)` : '';
  status.textContent = total === 0 ? `Không tìm thấy kết quả nào${query ? ` cho “${query}”` : ''}.` : `${total} kết quả${query ? ` cho “${query}”` : ''}${shown}.`;
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
  const results = await search(query, filters, sort);
  // Load a few more than shown, so a phrase match just below the first page can move up.
  const loaded = await Promise.all(results.slice(0, sort ? PAGE_SIZE : PAGE_SIZE * 2).map((result) => result.data()));
  const items = (sort ? loaded : phraseFirst(loaded, query)).slice(0, PAGE_SIZE);
  if (ticket === latest) render(items, results.length, query);
}

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

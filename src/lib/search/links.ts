/**
 * A result link that also highlights the matched words on the destination page without any
 * script there: a text fragment (`#muc-tieu-5:~:text=đoàn%20kết`), which browsers scroll to and
 * mark. Words come from the excerpt's <mark>s, so they are the page's real spelling.
 */
export function highlightUrl(url: string, marked: string[]): string {
  const words = [...new Set(marked.map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).filter(Boolean))].slice(0, 3);
  if (words.length === 0) return url;
  const directive = words.map((word) => `text=${encodeURIComponent(word).replace(/-/g, '%2D')}`).join('&');
  return url.includes('#') ? `${url}:~:${directive}` : `${url}#:~:${directive}`;
}

/** The words a Pagefind excerpt marks as matched. */
export function markedWords(excerpt: string): string[] {
  return [...excerpt.matchAll(/<mark>(.*?)<\/mark>/g)].map((match) => match[1].replace(/<[^>]+>/g, ''));
}

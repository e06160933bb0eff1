import { fromMarkdown } from 'mdast-util-from-markdown';
import { collectOutline } from './collect';
import type { Outline } from './types';

/** Outlines already read in this process: the page model and the content rules ask for the same bodies. */
const cache = new Map<string, Outline>();
const CACHE_LIMIT = 5000;

/** The outline of a campaign body given as Markdown (the MDX body of a campaign entry). Callers must not mutate it. */
export function parseOutline(markdown: string): Outline {
  const cached = cache.get(markdown);
  if (cached) return cached;
  const outline = collectOutline(fromMarkdown(markdown), markdown).outline;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(markdown, outline);
  return outline;
}

import { fromMarkdown } from 'mdast-util-from-markdown';
import { collectOutline } from './collect';
import type { Outline } from './types';

/** The outline of a campaign body given as Markdown (the MDX body of a campaign entry). */
export function parseOutline(markdown: string): Outline {
  return collectOutline(fromMarkdown(markdown), markdown).outline;
}

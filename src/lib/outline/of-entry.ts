import { parseOutline } from './parse';
import type { Outline } from './types';

/** Outlines already parsed, by content entry: the model, the rules and the target results all read the same body. */
const outlines = new WeakMap<object, Outline>();

/** A content entry's outline, parsed once however many parts of a build ask for it. */
export function outlineOf(entry: { body?: string }): Outline {
  let outline = outlines.get(entry);
  if (!outline) outlines.set(entry, (outline = parseOutline(entry.body ?? '')));
  return outline;
}

/** Gives the outline of an entry parsed by an earlier build (src/data/outline-cache.ts), if this build has not parsed it. */
export function rememberOutline(entry: object, outline: Outline): void {
  if (!outlines.has(entry)) outlines.set(entry, outline);
}

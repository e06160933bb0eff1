/**
 * A value computed from some inputs, kept under them: `npm run check` and `npm run build` keep
 * what reading each content file found between runs (src/data/check-cache.ts), so a one-document
 * edit does not parse 5,000 frontmatters again. `parts` must name everything the value depends on
 * besides the code (the file's path, text and line offset); the keeper adds the code's digest.
 */
export type Memo = <T>(parts: readonly string[], compute: () => T) => T;

/** Computes every time: tests, the build's own check, anything run once. */
export const noMemo: Memo = (_parts, compute) => compute();

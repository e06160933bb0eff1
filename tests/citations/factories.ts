/**
 * Small factories for the citation tables, in the manner of eyecite's test helpers: each row is
 * (input text, expected citations), and each expected citation names kind, canonical symbol,
 * date and issuer (and form, key or name where the row is about them).
 */
import type { Citation } from '../../src/lib/citations/index';

/** The fields a row asserts; anything not listed is not compared. */
export type Expected = Partial<Citation> & Pick<Citation, 'form' | 'kind' | 'symbol' | 'date' | 'issuer'>;

/** One table row. */
export interface Row {
  /** What the row proves. */
  title: string;
  text: string;
  expected: Expected[];
}

/** A first, numbered mention. */
export function full(kind: string, symbol: string, date: string | null = null, issuer: string | null = null, more: Partial<Citation> = {}): Expected {
  return { form: 'full', kind, symbol, date, issuer, ...more };
}

/** A later mention resolved to an earlier full one (date and issuer inherited unless written). */
export function short(kind: string, symbol: string, date: string | null = null, issuer: string | null = null, more: Partial<Citation> = {}): Expected {
  return { form: 'short', kind, symbol, date, issuer, ...more };
}

/** A document cited by name. */
export function named(kind: string, name: string, key: string, date: string | null = null, more: Partial<Citation> = {}): Expected {
  return { form: 'name', kind, symbol: null, name, date, issuer: null, key, ...more };
}

/** Builds a row. */
export function row(title: string, text: string, ...expected: Expected[]): Row {
  return { title, text, expected };
}

/** Projects found citations onto the fields each expected citation names, for a readable diff. */
export function project(found: Citation[], expected: Expected[]): Partial<Citation>[] {
  return found.map((c, i) => {
    const keys = Object.keys(expected[i] ?? { form: 0, kind: 0, symbol: 0, date: 0, issuer: 0, text: 0 }) as (keyof Citation)[];
    return Object.fromEntries(keys.map((k) => [k, c[k]])) as Partial<Citation>;
  });
}

/**
 * Splitting a target into clauses: sentences and "; " parts, and "trong đó" parts, which
 * measure something within the previous clause's subject (domain guide §6).
 */
import type { Token } from './tokens';
import { matchAny } from './match';
import { NESTED_MARKERS } from './phrases';

/** A token range [start, end) holding at most one measure. */
export interface Clause {
  readonly start: number;
  readonly end: number;
  /** Opens with "trong đó": its measure belongs inside the previous top-level measure. */
  readonly nested: boolean;
}

/** Clauses in reading order; a "trong đó" both ends a clause and opens a nested one. */
export function splitClauses(tokens: readonly Token[]): Clause[] {
  const clauses: Clause[] = [];
  let start = 0;
  let nested = false;
  const close = (end: number): void => {
    if (end > start) clauses.push({ start, end, nested });
  };
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index];
    if (token === undefined) break;
    if (token.kind === 'stop') {
      close(index);
      start = index + 1;
      nested = false;
    } else if (token.kind === 'word' && matchAny(tokens, index, tokens.length, NESTED_MARKERS) !== null) {
      // Mid-sentence ("…, trong đó 15% …") or at a sentence start ("Trong đó có ít nhất 01 …").
      close(index);
      start = index;
      nested = true;
    }
  }
  close(tokens.length);
  return clauses;
}

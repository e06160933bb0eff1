/**
 * parseTarget: a campaign target sentence to its comparator, figure, unit, subject, title and
 * nested measures (domain guide §6). Pure; never throws on odd input, because a target that
 * cannot be quantified is qualitative, not wrong.
 */
import { toNfc } from '../text/fold';
import type { TargetMeasure, TargetParse } from './types';
import { tokenize } from './tokens';
import { splitClauses } from './clauses';
import { parseClause } from './measure';

/**
 * Every top-level measure in a target, in order, each with its "trong đó" measures nested.
 * "Phấn đấu 100% … trở lên. Không có công chức … vi phạm …" gives two; parseTarget keeps the first.
 */
export function parseTargetMeasures(text: string): TargetMeasure[] {
  const nfc = toNfc(text);
  const tokens = tokenize(nfc);
  const measures: TargetMeasure[] = [];
  for (const clause of splitClauses(tokens)) {
    const found = parseClause(nfc, tokens, clause);
    if (found === null) continue;
    const parent = measures.at(-1);
    // A "trong đó" measure with nothing before it to sit in stands on its own.
    if (clause.nested && parent !== undefined) parent.nested.push(found);
    else measures.push(found);
  }
  return measures;
}

/** A build parses each target three times (content rules, board results, pages): once is enough. */
const cache = new Map<string, TargetParse>();
const CACHE_LIMIT = 20_000;

/** Parse one target: its main measure, or qualitative when nothing can be quantified. Callers must not mutate it. */
export function parseTarget(text: string): TargetParse {
  const cached = cache.get(text);
  if (cached) return cached;
  const measure = parseTargetMeasures(text)[0] ?? null;
  const parse: TargetParse = { kind: measure === null ? 'qualitative' : 'quantitative', measure, text: toNfc(text) };
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, parse);
  return parse;
}

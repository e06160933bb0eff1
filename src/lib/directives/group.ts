import type { IssuerLevel } from '../citations';
import type { Directive } from './register';

/** Issuing levels from the top down, the order legal databases group documents in. */
export const LEVEL_ORDER: IssuerLevel[] = ['party', 'national-assembly', 'government', 'ministry', 'province', 'district', 'other'];

/** Directives grouped by issuing level, each group most-cited first, then by symbol. */
export function groupByLevel(directives: Directive[]): { level: IssuerLevel; directives: Directive[] }[] {
  return LEVEL_ORDER.map((level) => ({
    level,
    directives: directives
      .filter((directive) => directive.level === level)
      .sort((a, b) => b.passages.length - a.passages.length || (a.symbol ?? a.name ?? '').localeCompare(b.symbol ?? b.name ?? '', 'vi')),
  })).filter((group) => group.directives.length > 0);
}

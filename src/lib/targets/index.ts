/**
 * Campaign targets: parse the phrasing of domain guide §6 into comparable measures, and
 * check an author's annotation against the parse.
 */
export type { Comparator, TargetUnit, TargetMeasure, TargetParse, TargetAnnotation } from './types';
export { parseTarget, parseTargetMeasures } from './parse';
export { compareAnnotation, titleKey } from './annotation';

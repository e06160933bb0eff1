export { collectOutline } from './collect';
export { parseOutline } from './parse';
export { outlineOf } from './of-entry';
export { sectionRole } from './numbering';
export type * from './types';

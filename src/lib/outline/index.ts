export { collectOutline } from './collect';
export { parseOutline } from './parse';
export { sectionRole } from './numbering';
export type * from './types';

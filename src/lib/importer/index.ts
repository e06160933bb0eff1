/**
 * Authoring for staff: a launch document (.docx or .txt) → a campaign entry in the project's
 * conventions, through the same outline, citation and target parsers as the build.
 */
export { importDocument, readSource } from './import-document';
export { escapeInline, renderBody } from './markdown';
export { detectLegacyEncoding, convertLegacy, encodeLegacy, type LegacyEncoding } from '../text/legacy-encoding';
export { scaffoldYear, latestLaunch, type ScaffoldSource } from './scaffold';
export { parseArgs, type ParsedArgs } from './args';
export { ImportRefusal } from './types';
export type { ImportContext, ImportOptions, ImportResult, KnownUnit, SourceText, UnitSuggestion } from './types';

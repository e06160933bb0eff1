/**
 * Shapes shared by the importer's stages: source text as lines of styled runs, the refusal an
 * importer raises when it must not write anything, and what an import produces.
 */

/** A stretch of text with one style; only bold is kept (the project writes it as `**…**`). */
export interface Run {
  text: string;
  bold: boolean;
}

/** One line of the source: a paragraph of a Word file, or a line of a text file. Empty runs = blank line. */
export type SourceLine = Run[];

/** Why an import stopped without writing: each maps to a plain Vietnamese + English message. */
export type RefusalReason =
  | 'empty'
  | 'binary'
  | 'not-utf8'
  | 'legacy-encoding'
  | 'unsupported-format'
  | 'unreadable-docx'
  | 'exists'
  | 'no-text';

/** An import that must stop and write nothing; `message` names the file and says what to do. */
export class ImportRefusal extends Error {
  constructor(
    readonly reason: RefusalReason,
    message: string,
  ) {
    super(message);
    this.name = 'ImportRefusal';
  }
}

/** The text of a source document, decoded and cleaned, with what was done to it on the way. */
export interface SourceText {
  lines: SourceLine[];
  /** Things the editor should know, e.g. "converted from TCVN3", "2 images skipped". */
  notices: string[];
}

/** A unit the document names that content/units/ does not have yet: what to create. */
export interface UnitSuggestion {
  id: string;
  name: string;
  headerName: string;
  parent?: string;
}

/** A unit as the importer needs it to recognise an issuer. */
export interface KnownUnit {
  id: string;
  name: string;
  headerName?: string;
  parent?: string;
}

/** What the importer needs to know about the site's content. */
export interface ImportContext {
  units: KnownUnit[];
  /** Catalogue title names and variants, so a target's title is annotated only when it is one. */
  titles: { name: string; variants: string[] }[];
}

/** Options the editor gives on the command line. */
export interface ImportOptions {
  /** Campaign year; otherwise read from the title, then the date. */
  year?: number;
  /** Issuer unit id, when the document's header does not name the body. */
  issuer?: string;
}

/** The result of importing one document: the MDX text and what could not be filled. */
export interface ImportResult {
  /** The frontmatter fields found, in output order. */
  data: Record<string, unknown>;
  /** The body in the project's Markdown conventions. */
  body: string;
  /** The complete .mdx file. */
  mdx: string;
  year: number | undefined;
  /** File name without extension: "phat-dong-thi-dua-2023". */
  slug: string;
  /** Fields the document does not state, each with a Vietnamese explanation. */
  missing: { field: string; why: string }[];
  /** Guesses and oddities the editor should check. */
  warnings: string[];
  /** Units to add to content/units/. */
  newUnits: UnitSuggestion[];
  /** Lines of the source that are not the document (a portal's, before its header), reported and not imported. */
  dropped: string[];
}

/**
 * Turning a parsed annex into the YAML of content/honours/<year>.yaml: titles as catalogue ids
 * where the catalogue knows them, units as ids of content/units (matched by name, else the slug
 * of the name, listed so the user can add them).
 */
import { Document, isScalar, visit } from 'yaml';
import type { UnitData } from '../../schemas/unit';
import type { ContentEntry } from '../content/types';
import { foldVietnamese, slugify } from '../text/fold';
import type { AnnexRow, ParsedAnnex } from './annex';
import { resolveTitle, titleByGiver, titleFromInitials, type TitleIndex } from './catalogue';

/** A recipient as written to YAML (the honour row schema's shape). */
type RecipientOut =
  | { kind: 'individual'; name: string; position?: string; unit?: string }
  | { kind: 'collective'; unit: string }
  | { kind: 'household'; name: string; address?: string };

/** The honour year as plain data, ready for the YAML writer and the honour year schema. */
export interface HonourYearOut {
  year: number;
  decisions: { symbol?: string; issued?: string; issuer?: string; rows: { title: string; recipient: RecipientOut; reason?: string }[] }[];
}

/** A unit named by the annex that content/units does not have yet. */
export interface MissingUnit {
  id: string;
  name: string;
  /** Annex lines naming it. */
  lines: number[];
}

/** What the import produces besides the data: units to add and titles the catalogue lacks. */
export interface AnnexImport {
  honour: HonourYearOut;
  missingUnits: MissingUnit[];
  unknownTitles: { line: number; title: string }[];
  /** Titles written as initials, or as a bare form, read as the one catalogue title they stand for. */
  initialTitles: { line: number; title: string; name: string; by: 'initials' | 'giver' }[];
}

const nameKey = (name: string) => foldVietnamese(name).replace(/[^a-z0-9]+/g, ' ').trim();

/** Honour year data for a parsed annex, with the units and titles the user must still add. */
export function annexToHonourYear(parsed: ParsedAnnex, year: number, titles: TitleIndex, units: ContentEntry<UnitData>[]): AnnexImport {
  const byName = new Map(units.map((unit) => [nameKey(unit.data.name), unit.id]));
  const known = new Set(units.map((unit) => unit.id));
  const missing = new Map<string, MissingUnit>();
  const unknownTitles: AnnexImport['unknownTitles'] = [];
  const initialTitles: AnnexImport['initialTitles'] = [];

  const unitId = (name: string, line: number): string => {
    const id = byName.get(nameKey(name)) ?? slugify(name);
    if (!known.has(id)) {
      const entry = missing.get(id) ?? { id, name, lines: [] };
      entry.lines.push(line);
      missing.set(id, entry);
    }
    return id;
  };
  const recipient = (row: AnnexRow): RecipientOut => {
    if (row.kind === 'collective') return { kind: 'collective', unit: unitId(row.unit ?? row.name, row.line) };
    if (row.kind === 'household') return { kind: 'household', name: row.name, ...(row.address ? { address: row.address } : {}) };
    return {
      kind: 'individual',
      name: row.name,
      ...(row.position ? { position: row.position } : {}),
      ...(row.unit ? { unit: unitId(row.unit, row.line) } : {}),
    };
  };
  const rows = parsed.rows.map((row) => {
    const known = resolveTitle(row.title, titles).entry;
    const byInitials = known ? undefined : titleFromInitials(row.title, titles);
    const byGiver = known || byInitials ? undefined : titleByGiver(row.title, parsed.decision.issuer, titles);
    const initialled = byInitials ?? byGiver;
    if (initialled) initialTitles.push({ line: row.line, title: row.title, name: initialled.data.name, by: byInitials ? 'initials' : 'giver' });
    const entry = resolveTitle(row.title, titles).entry ?? initialled;
    if (!entry) unknownTitles.push({ line: row.line, title: row.title });
    return { title: entry?.data.id ?? row.title, recipient: recipient(row), ...(row.because ? { reason: row.because } : {}) };
  });

  const { symbol, issued, issuer } = parsed.decision;
  return {
    honour: { year, decisions: [{ ...(symbol ? { symbol } : {}), issued, issuer, rows }] },
    missingUnits: [...missing.values()],
    unknownTitles,
    initialTitles,
  };
}

/** The YAML text of an honour year: a comment naming the source, dates quoted, missing units marked. */
export function honourYearYaml(imported: AnnexImport, sourceName: string): string {
  const document = new Document(imported.honour);
  document.commentBefore = ` Nhập từ "${sourceName}" bằng npm run import:honours. Đối chiếu với bản gốc trước khi đăng.`;
  const missing = new Set(imported.missingUnits.map((unit) => unit.id));
  visit(document, {
    Pair(_, pair) {
      if (!isScalar(pair.key) || !isScalar(pair.value)) return;
      if (pair.key.value === 'issued') pair.value.type = 'QUOTE_DOUBLE';
      if (pair.key.value === 'unit' && missing.has(String(pair.value.value))) pair.value.comment = ' chưa có trong content/units/';
    },
  });
  return document.toString({ lineWidth: 0 });
}

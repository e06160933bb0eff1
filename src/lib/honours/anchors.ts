import { slugify } from '../text/fold';
import type { BoardRow } from './board';

/** Anchor of a row on its year's board: title and recipient, stable while neither changes. */
export function rowAnchor(row: Pick<BoardRow, 'title' | 'unit' | 'name' | 'kind'>): string {
  return slugify(`${row.title.id} ${row.kind === 'collective' ? (row.unit?.id ?? row.name) : row.name}`);
}

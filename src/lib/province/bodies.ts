/**
 * The bodies of a province's archive (domain guide §9): a body's level, the body a division or a
 * Party cell belongs to, and the directory of bodies by level and by kind. Pure: from units.
 */
import type { UnitData } from '../../schemas/unit';

export type Level = NonNullable<UnitData['level']>;

/** Units that belong to a body rather than stand as one: a division, a Party cell, a trade union of the body. */
const PARTS = new Set<UnitData['kind']>(['division', 'party-cell', 'union']);

/** Whether a unit stands as a body of its own (not a division or cell of one). */
export function isBody(unit: UnitData): boolean {
  return !(PARTS.has(unit.kind) && unit.parent);
}

/** A unit's ancestry from itself up, stopping at a loop or a missing parent. */
function lineage(id: string, units: ReadonlyMap<string, UnitData>): [string, UnitData][] {
  const chain: [string, UnitData][] = [];
  const seen = new Set<string>();
  for (let current: string | undefined = id; current && !seen.has(current); ) {
    seen.add(current);
    const unit = units.get(current);
    if (!unit) break;
    chain.push([current, unit]);
    current = unit.parent;
  }
  return chain;
}

/** The level a unit works at: its own, else its nearest ancestor's, else "province". */
export function levelOf(id: string, units: ReadonlyMap<string, UnitData>): Level {
  return lineage(id, units).find(([, unit]) => unit.level)?.[1].level ?? 'province';
}

/** Bodies already worked out, per units map (a model's maps are not changed once built). */
const bodies = new WeakMap<ReadonlyMap<string, UnitData>, Map<string, string>>();

/**
 * The body a unit belongs to: itself when it is a body, else the nearest ancestor that is one.
 * Asked for every row of every board and every bloc's year, so each answer is kept with the map.
 */
export function bodyOf(id: string, units: ReadonlyMap<string, UnitData>): string {
  let known = bodies.get(units);
  if (!known) bodies.set(units, (known = new Map()));
  let body = known.get(id);
  if (body === undefined) known.set(id, (body = lineage(id, units).find(([, unit]) => isBody(unit))?.[0] ?? id));
  return body;
}

/** The directory's groups, in the order a province lists them. */
export const DIRECTORY_GROUPS = [
  { key: 'province', label: 'Cơ quan, đơn vị cấp tỉnh' },
  { key: 'district', label: 'Huyện, thành phố' },
  { key: 'commune', label: 'Xã, phường, thị trấn' },
  { key: 'party', label: 'Cơ quan Đảng' },
  { key: 'mass-organisation', label: 'Mặt trận Tổ quốc và các đoàn thể' },
  { key: 'central', label: 'Cơ quan Trung ương' },
] as const;

export type DirectoryGroupKey = (typeof DIRECTORY_GROUPS)[number]['key'];

/** Where a body is listed: Party and mass organisations apart, State bodies by level. */
export function directoryGroupOf(id: string, units: ReadonlyMap<string, UnitData>): DirectoryGroupKey {
  const unit = units.get(id);
  if (unit?.kind === 'party') return 'party';
  if (unit?.kind === 'mass-organisation') return 'mass-organisation';
  return levelOf(id, units);
}

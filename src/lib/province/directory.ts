/**
 * The directory of a province's bodies (domain guide §9): by level and kind, and by bloc, each
 * body with the years it published and the bloc it is in now. Pure: from units, documents, blocs.
 */
import type { UnitData } from '../../schemas/unit';
import { DIRECTORY_GROUPS, directoryGroupOf, isBody, levelOf, type Level } from './bodies';
import type { BlocRef, MembershipIndex } from './membership';

export interface DirectoryBody {
  id: string;
  name: string;
  level: Level;
  /** Years with a document of the body, newest first. */
  years: number[];
  /** The bloc of its newest membership, and that year. */
  bloc: (BlocRef & { year: number }) | undefined;
}

export interface DirectoryGroup {
  key: string;
  label: string;
  bodies: DirectoryBody[];
}

export interface DirectoryBloc {
  bloc: BlocRef;
  year: number;
  members: { id: string; name: string; role: 'head' | 'deputy' | 'member' }[];
}

const collator = new Intl.Collator('vi');

/** The bodies (not divisions), grouped as a province lists them, names in Vietnamese order; empty groups left out. */
export function directoryGroups(
  units: ReadonlyMap<string, UnitData>,
  documents: { year: number; data: { issuer: string | null } }[],
  membership: MembershipIndex,
): DirectoryGroup[] {
  const years = new Map<string, Set<number>>();
  for (const document of documents) {
    if (!document.data.issuer) continue;
    years.set(document.data.issuer, (years.get(document.data.issuer) ?? new Set()).add(document.year));
  }
  const bodies: (DirectoryBody & { group: string })[] = [...units]
    .filter(([, unit]) => isBody(unit))
    .map(([id, unit]) => {
      const newest = membership.of(id)[0];
      return {
        id,
        name: unit.name,
        level: levelOf(id, units),
        group: directoryGroupOf(id, units),
        years: [...(years.get(id) ?? [])].sort((a, b) => b - a),
        bloc: newest && { ...newest.bloc, year: newest.year },
      };
    });
  return DIRECTORY_GROUPS.map(({ key, label }) => ({
    key,
    label,
    bodies: bodies.filter((body) => body.group === key).sort((a, b) => collator.compare(a.name, b.name)).map(({ group: _group, ...body }) => body),
  })).filter((group) => group.bodies.length > 0);
}

/** Each bloc's members in its newest year, head and deputy first. */
export function directoryBlocs(blocs: { id: string; data: { name: string; shortName?: string; years: { year: number; members: string[]; head: string; deputy?: string }[] } }[], name: (id: string) => string): DirectoryBloc[] {
  return blocs
    .map((bloc) => {
      const newest = [...bloc.data.years].sort((a, b) => b.year - a.year)[0];
      const role = (id: string) => (id === newest.head ? 'head' : id === newest.deputy ? 'deputy' : 'member') as 'head' | 'deputy' | 'member';
      const order = { head: 0, deputy: 1, member: 2 };
      return {
        bloc: { id: bloc.id, name: bloc.data.name, shortName: bloc.data.shortName ?? bloc.data.name },
        year: newest.year,
        members: newest.members
          .map((id) => ({ id, name: name(id), role: role(id) }))
          .sort((a, b) => order[a.role] - order[b.role] || collator.compare(a.name, b.name)),
      };
    })
    .sort((a, b) => collator.compare(a.bloc.name, b.bloc.name));
}

/**
 * Which bloc a body was in, year by year (domain guide §9: membership changes between years).
 * Pure: from the blocs' content.
 */
import type { BlocData } from '../../schemas/bloc';

/** A bloc as rows and pages name it. */
export interface BlocRef {
  id: string;
  name: string;
  shortName: string;
}

/** A body's place in a bloc in one year. */
export interface Membership {
  bloc: BlocRef;
  year: number;
  role: 'head' | 'deputy' | 'member';
  /** Its rank in the year-end result, once decided. */
  rank: number | undefined;
  score: number | undefined;
  proposedForFlag: boolean;
  proposedForCommendation: boolean;
}

export interface MembershipIndex {
  /** Every year's membership of a body, newest first. */
  of(body: string): Membership[];
  /** The bloc a body was in that year (the first, when a file lists it in two). */
  blocOf(body: string, year: number): BlocRef | undefined;
  /** Bodies in any bloc in any year. */
  bodies(): string[];
}

export const blocRef = (id: string, data: Pick<BlocData, 'name' | 'shortName'>): BlocRef => ({ id, name: data.name, shortName: data.shortName ?? data.name });

/** Indexes the blocs' members by body and year. */
export function membershipIndex(blocs: { id: string; data: BlocData }[]): MembershipIndex {
  const byBody = new Map<string, Membership[]>();
  for (const bloc of blocs) {
    const ref = blocRef(bloc.id, bloc.data);
    for (const year of bloc.data.years) {
      const outcome = year.outcome;
      for (const member of year.members) {
        const ranked = outcome?.ranking.find((row) => row.unit === member);
        const list = byBody.get(member) ?? [];
        list.push({
          bloc: ref,
          year: year.year,
          role: member === year.head ? 'head' : member === year.deputy ? 'deputy' : 'member',
          rank: ranked?.rank,
          score: ranked?.score,
          proposedForFlag: outcome?.proposedForFlag.includes(member) ?? false,
          proposedForCommendation: outcome?.proposedForCommendation.includes(member) ?? false,
        });
        byBody.set(member, list);
      }
    }
  }
  for (const list of byBody.values()) list.sort((a, b) => b.year - a.year || a.bloc.name.localeCompare(b.bloc.name, 'vi'));
  return {
    of: (body) => byBody.get(body) ?? [],
    blocOf: (body, year) => byBody.get(body)?.find((membership) => membership.year === year)?.bloc,
    bodies: () => [...byBody.keys()],
  };
}

/** What a bloc calls its head and deputy: a "cụm" has a cụm trưởng and cụm phó, a "khối" a khối trưởng and khối phó. */
export function roleNames(blocName: string): Record<Membership['role'], string> {
  const cluster = /^cụm\b/iu.test(blocName.trim());
  return cluster ? { head: 'Cụm trưởng', deputy: 'Cụm phó', member: 'Thành viên' } : { head: 'Khối trưởng', deputy: 'Khối phó', member: 'Thành viên' };
}

/**
 * A province archive's home page: the newest year's documents across bodies, bloc by bloc (with
 * each bloc's covenant), the bodies in no bloc, and each bloc's latest year-end result. Pure.
 */
import type { BlocData } from '../../schemas/bloc';
import type { CampaignDocument } from '../campaigns/document';
import { documentTitle } from '../campaigns/document';
import { blocRef, type BlocRef } from './membership';

export interface HomeBody {
  id: string;
  name: string;
  /** Its launch document of the year (else its first document of the year). */
  document: { url: string; title: string; theme: string | undefined } | undefined;
}

export interface HomeBloc {
  bloc: BlocRef;
  covenant: { url: string; title: string } | undefined;
  members: HomeBody[];
}

export interface HomeResult {
  bloc: BlocRef;
  year: number;
  first: { id: string; name: string }[];
  proposedForFlag: { id: string; name: string }[];
}

export interface ProvinceHome {
  year: number | undefined;
  blocs: HomeBloc[];
  /** Bodies with a document of the year that are in no bloc that year. */
  others: HomeBody[];
  results: HomeResult[];
}

const collator = new Intl.Collator('vi');

export function provinceHome(documents: CampaignDocument[], blocs: { id: string; data: BlocData }[], name: (id: string) => string): ProvinceHome {
  const year = documents.reduce<number | undefined>((newest, document) => (newest === undefined || document.year > newest ? document.year : newest), undefined);
  const ofYear = documents.filter((document) => document.year === year);
  const bodyEntry = (id: string): HomeBody => {
    const own = ofYear.filter((document) => document.data.issuer === id && !document.data.bloc);
    const document = own.find((candidate) => candidate.data.role === 'launch') ?? own[0];
    return { id, name: name(id), document: document && { url: document.url, title: documentTitle(document.data), theme: document.data.theme } };
  };
  const inBloc = new Set<string>();
  const homeBlocs: HomeBloc[] = [];
  for (const bloc of blocs) {
    const entry = bloc.data.years.find((candidate) => candidate.year === year);
    if (!entry) continue;
    entry.members.forEach((member) => inBloc.add(member));
    const covenant = entry.covenant ? documents.find((document) => document.id === entry.covenant) : undefined;
    homeBlocs.push({
      bloc: blocRef(bloc.id, bloc.data),
      covenant: covenant && { url: covenant.url, title: documentTitle(covenant.data) },
      members: entry.members.map(bodyEntry).sort((a, b) => collator.compare(a.name, b.name)),
    });
  }
  const issuers = [...new Set(ofYear.filter((document) => !document.data.bloc).map((document) => document.data.issuer).filter((id): id is string => Boolean(id)))];
  const results: HomeResult[] = blocs.flatMap((bloc) => {
    const decided = [...bloc.data.years].filter((entry) => entry.outcome).sort((a, b) => b.year - a.year)[0];
    if (!decided?.outcome) return [];
    const unit = (id: string) => ({ id, name: name(id) });
    return [{
      bloc: blocRef(bloc.id, bloc.data),
      year: decided.year,
      first: decided.outcome.ranking.filter((row) => row.rank === 1).map((row) => unit(row.unit)),
      proposedForFlag: decided.outcome.proposedForFlag.map(unit),
    }];
  });
  return {
    year,
    blocs: homeBlocs.sort((a, b) => collator.compare(a.bloc.name, b.bloc.name)),
    others: issuers.filter((id) => !inBloc.has(id)).map(bodyEntry).sort((a, b) => collator.compare(a.name, b.name)),
    results: results.sort((a, b) => collator.compare(a.bloc.name, b.bloc.name)),
  };
}

import { directiveLabel } from '../lib/directives/register';
import { campaignRecord, directiveRecord, HONOUR_ROWS_PER_RECORD, honourRecords } from '../lib/search/records';
import type { SearchRecord } from '../lib/search/records';
import type { Site } from './site-model';
import { bodyOf } from '../lib/province/bodies';

/**
 * Each site model's records, worked out once per process: the build makes them when it starts
 * (src/integrations/site-model.ts, its own copy of this module) and the pages' bundle asks again
 * (the search page's filters), so the map is kept on globalThis.
 */
const RECORDS = Symbol.for('thi-dua.search-records');
const recordsOf: WeakMap<Site, SearchRecord[]> = ((globalThis as Record<symbol, WeakMap<Site, SearchRecord[]> | undefined>)[RECORDS] ??= new WeakMap());

/** Every search record of the site: campaign documents, directives and honour boards. */
export function siteSearchRecords(site: Site): SearchRecord[] {
  let records = recordsOf.get(site);
  if (!records) recordsOf.set(site, (records = searchRecords(site)));
  return records;
}

/** Rows of an honour board per search record; THI_DUA_HONOUR_ROWS_PER_RECORD sets it (tests index a small board in parts). */
const honourRowsPerRecord = Number(process.env.THI_DUA_HONOUR_ROWS_PER_RECORD ?? HONOUR_ROWS_PER_RECORD);

function searchRecords(site: Site): SearchRecord[] {
  const cited = new Map<string, string[]>();
  for (const directive of site.directives) {
    for (const id of new Set(directive.passages.map((passage) => passage.campaignId))) cited.set(id, [...(cited.get(id) ?? []), directiveLabel(directive)]);
  }
  const units = new Map([...site.units].map(([id, unit]) => [id, unit.data]));
  const blocName = (body: string, year: number) => site.membership.blocOf(body, year)?.name;
  const documentBlocs = (document: Site['campaigns'][number]): string[] => {
    const own = document.data.bloc && site.blocs.find((bloc) => bloc.id === document.data.bloc)?.data.name;
    const ofIssuer = document.data.issuer ? blocName(bodyOf(document.data.issuer, units), document.year) : undefined;
    return [...new Set([own, ofIssuer].filter((name): name is string => Boolean(name)))];
  };
  return [
    ...site.campaigns.map((document) => campaignRecord(document, cited.get(document.id) ?? [], (document.data.issuer ? (site.units.get(document.data.issuer)?.data.name ?? document.data.issuer) : null), documentBlocs(document))),
    ...site.directives.map(directiveRecord),
    ...site.boards.flatMap((board) => honourRecords(board, (row) => (row.unit ? blocName(bodyOf(row.unit.id, units), board.year) : undefined), honourRowsPerRecord)),
  ];
}

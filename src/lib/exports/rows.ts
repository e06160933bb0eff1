import type { z } from 'astro/zod';
import type { CampaignDocument } from '../campaigns/document';
import { signerTitle } from '../campaigns/document';
import type { Directive } from '../directives/register';
import { directiveLabel } from '../directives/register';
import { rowAnchor } from '../honours/anchors';
import type { HonourBoard } from '../honours/board';
import { boardRows } from '../honours/board';
import { paths } from '../urls';
import type { campaignRow, citationRow, contentRow, directiveRow, honourRow, targetRow } from '../../schemas/exports';

/** What the exports are made from: the same model the pages render. */
export interface ExportSource {
  campaigns: CampaignDocument[];
  directives: Directive[];
  boards: HonourBoard[];
  unitName: (id: string) => string;
  /** The body a unit belongs to (itself, or the body a division is part of). */
  bodyOf: (unitId: string) => string;
  /** A bloc's name from its id. */
  blocName: (id: string) => string;
  /** The bloc a body was in that year, if any. */
  blocOf: (bodyId: string, year: number) => { id: string; name: string } | undefined;
  /** Absolute URL of a site path. */
  absolute: (path: string) => string;
}

/** A row's body and bloc columns, from a unit (an issuer, an honoured unit) and the year. */
function bodyColumns(source: ExportSource, unitId: string | null | undefined, year: number, ownBloc?: string) {
  const body = unitId ? source.bodyOf(unitId) : null;
  const bloc = ownBloc ? { id: ownBloc, name: source.blocName(ownBloc) } : body ? source.blocOf(body, year) : undefined;
  return { bodyId: body, bodyName: body ? source.unitName(body) : null, blocId: bloc?.id ?? null, blocName: bloc?.name ?? null };
}

/** A document's body and bloc columns: a bloc's own document (a covenant) names its bloc. */
const documentColumns = (source: ExportSource, document: CampaignDocument) => bodyColumns(source, document.data.issuer, document.year, document.data.bloc);

/** One row per campaign document. */
export function campaignRows(source: ExportSource): z.infer<typeof campaignRow>[] {
  return source.campaigns.map(({ id, year, url, data }) => ({
    id,
    year,
    role: data.role,
    documentType: data.documentType,
    subject: data.subject,
    number: data.number,
    symbol: data.symbol,
    issuerId: data.issuer,
    issuerName: data.issuer ? source.unitName(data.issuer) : null,
    place: data.place,
    issued: data.issued,
    theme: data.theme ?? null,
    signerPosition: signerTitle(data.signer) || null,
    signerName: data.signer?.name ?? null,
    ...bodyColumns(source, data.issuer, year, data.bloc),
    url: source.absolute(url),
  }));
}

/** One row per content item, with the directives it cites. */
export function contentRows(source: ExportSource): z.infer<typeof contentRow>[] {
  const cited = new Map<string, string[]>();
  for (const directive of source.directives) {
    for (const passage of directive.passages) cited.set(passage.url, [...new Set([...(cited.get(passage.url) ?? []), directiveLabel(directive)])]);
  }
  return source.campaigns.flatMap((document) =>
    document.contents.map((item) => {
      const url = `${document.url}#${item.anchor}`;
      return { campaignId: document.id, year: document.year, number: item.number, anchor: item.anchor, text: item.text, directives: cited.get(url) ?? [], ...documentColumns(source, document), url: source.absolute(url) };
    }),
  );
}

/** One row per target, with its annotation and result. */
export function targetRows(source: ExportSource): z.infer<typeof targetRow>[] {
  return source.campaigns.flatMap((document) =>
    document.targets.map(({ item, annotation, url, result }) => ({
      campaignId: document.id,
      year: document.year,
      number: item.number,
      text: item.text,
      metric: annotation?.metric ?? null,
      qualitative: annotation?.qualitative ?? false,
      comparator: annotation?.comparator ?? null,
      value: annotation?.value ?? null,
      unit: annotation?.unit ?? null,
      title: annotation?.title ?? null,
      resultStatus: result.status,
      resultValue: result.value,
      resultSource: result.source,
      evidence: result.evidence ?? null,
      ...documentColumns(source, document),
      url: source.absolute(url),
    })),
  );
}

/** One row per directive in the register. */
export function directiveRows(source: ExportSource): z.infer<typeof directiveRow>[] {
  const documents = new Map(source.campaigns.map((document) => [document.id, document]));
  const citing = (directive: Directive) => directive.passages.flatMap((passage) => {
    const document = documents.get(passage.campaignId);
    return document ? [documentColumns(source, document)] : [];
  });
  const distinct = (values: (string | null)[]) => [...new Set(values.filter((value): value is string => value !== null))].sort();
  return source.directives.map((directive) => ({
    key: directive.key,
    kind: directive.kind,
    symbol: directive.symbol,
    name: directive.name,
    title: directive.title,
    issuer: directive.issuer,
    issued: directive.issued,
    level: directive.level,
    status: directive.status,
    replacedBy: directive.replacedBy,
    citations: directive.passages.length,
    bodyIds: distinct(citing(directive).map((columns) => columns.bodyId)),
    blocIds: distinct(citing(directive).map((columns) => columns.blocId)),
    url: source.absolute(paths.directive(directive.key)),
  }));
}

/** One row per citing passage. */
export function citationRows(source: ExportSource): z.infer<typeof citationRow>[] {
  const documents = new Map(source.campaigns.map((document) => [document.id, document]));
  return source.directives.flatMap((directive) =>
    directive.passages.map((passage) => ({
      directiveKey: directive.key,
      campaignId: passage.campaignId,
      year: passage.year,
      passage: passage.label,
      text: passage.citation.text,
      sentence: passage.sentence,
      ...(documents.has(passage.campaignId) ? documentColumns(source, documents.get(passage.campaignId)!) : bodyColumns(source, null, passage.year)),
      url: source.absolute(passage.url),
    })),
  );
}

/** One row per title or reward conferred. */
export function honourRows(source: ExportSource): z.infer<typeof honourRow>[] {
  return source.boards.flatMap((board) =>
    boardRows(board).map((row) => ({
      year: row.year,
      titleId: row.title.id,
      title: row.title.name,
      recipientKind: row.kind,
      name: row.name,
      position: row.position ?? null,
      unitId: row.unit?.id ?? null,
      unitName: row.unit?.name ?? null,
      decisionSymbol: row.decision.symbol ?? null,
      decisionDate: row.decision.issued,
      decisionIssuer: row.decision.issuer,
      ...bodyColumns(source, row.unit?.id, row.year),
      url: source.absolute(`${paths.honourYear(board.year)}#${rowAnchor(row)}`),
    })),
  );
}

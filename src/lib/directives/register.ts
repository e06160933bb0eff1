import type { DirectiveData } from '../../schemas/directive';
import type { CampaignDocument } from '../campaigns/document';
import { parseSymbol } from '../citations';
import type { Citation, IssuerLevel } from '../citations';
import type { ContentEntry } from '../content/types';
import { aliasIndex, registerKey } from './aliases';
import { citationsInOutline, joinPassages, passageAt, sentenceAround } from './passages';

/** A passage of a campaign that cites a directive (được dẫn chiếu bởi). */
export interface CitingPassage {
  campaignId: string;
  campaignTitle: string;
  year: number;
  label: string;
  url: string;
  sentence: string;
  citation: Citation;
}

/** A cited (or described) document: what the citations say, enriched by content/directives. */
export interface Directive {
  key: string;
  kind: string;
  symbol: string | null;
  name: string | null;
  title: string | null;
  issuer: string | null;
  issued: string | null;
  level: IssuerLevel;
  status: DirectiveData['status'];
  replacedBy: string | null;
  officialUrl: string | null;
  described: boolean;
  passages: CitingPassage[];
  years: number[];
}

/** Citations of one campaign document, each with the passage it sits in. */
export function citationsOf(document: CampaignDocument): CitingPassage[] {
  const { passages } = joinPassages(document.outline);
  return citationsInOutline(document.outline).flatMap((citation) => {
    const passage = passageAt(passages, citation.start);
    if (!passage) return [];
    return [
      {
        campaignId: document.id,
        campaignTitle: `${document.data.documentType} ${document.data.subject}`,
        year: document.year,
        label: passage.label,
        url: passage.anchor ? `${document.url}#${passage.anchor}` : document.url,
        sentence: sentenceAround(passage.text, citation.start - passage.offset),
        citation,
      },
    ];
  });
}

/**
 * The register of directives: one entry per canonical key found in any campaign, plus every
 * described document; a described document also claims the citations of its aliases
 * ("Luật Thi đua, khen thưởng năm 2022" → 06/2022/QH15). Passages are derived here only.
 */
export function buildDirectiveRegister(
  documents: CampaignDocument[],
  described: ContentEntry<DirectiveData>[],
): Directive[] {
  const aliases = aliasIndex(described.map((entry) => ({ id: entry.id, aliases: entry.data.aliases })));
  const register = new Map<string, Directive>();

  for (const entry of described) {
    const { data } = entry;
    register.set(entry.id, {
      key: entry.id,
      kind: data.kind,
      symbol: data.symbol ?? null,
      name: data.symbol ? null : data.title,
      title: data.title,
      issuer: data.issuer,
      issued: data.issued ?? null,
      level: (data.symbol && parseSymbol(data.symbol)?.issuers.at(-1)?.level) || 'other',
      status: data.status,
      replacedBy: data.replacedBy ?? null,
      officialUrl: data.url ?? null,
      described: true,
      passages: [],
      years: [],
    });
  }
  for (const passage of documents.flatMap(citationsOf)) {
    const { citation } = passage;
    const key = registerKey(citation, aliases);
    const directive =
      register.get(key) ??
      ({
        key,
        kind: citation.kind,
        symbol: citation.symbol,
        name: citation.name,
        title: citation.subject,
        issuer: citation.issuer,
        issued: citation.date,
        level: citation.level,
        status: 'unknown',
        replacedBy: null,
        officialUrl: null,
        described: false,
        passages: [],
        years: [],
      } satisfies Directive);
    if (directive.level === 'other') directive.level = citation.level;
    directive.passages.push(passage);
    if (!directive.years.includes(passage.year)) directive.years.push(passage.year);
    register.set(key, directive);
  }
  for (const directive of register.values()) directive.years.sort((a, b) => b - a);
  return [...register.values()];
}

/** What a list of directives shows of each: a page lists these, so what it shows is plain data. */
export interface DirectiveSummary extends Pick<Directive, 'key' | 'kind' | 'symbol' | 'name' | 'title' | 'issuer' | 'issued' | 'years'> {
  /** Passages citing it across the site. */
  citations: number;
}

export function directiveSummary(directive: Directive): DirectiveSummary {
  const { key, kind, symbol, name, title, issuer, issued, years } = directive;
  return { key, kind, symbol, name, title, issuer, issued, years, citations: directive.passages.length };
}

/** How a directive is named in lists: "Chỉ thị 34-CT/TW", or its name for a law by name. */
export function directiveLabel(directive: Pick<Directive, 'kind' | 'symbol' | 'name'>): string {
  if (directive.symbol) return `${directive.kind} ${directive.symbol}`;
  return directive.name ?? directive.kind;
}

/**
 * Stage 3 (resolve) and 4 (spans): turns candidates into citations. A short mention is tied to
 * an earlier full citation of the same document, or dropped and reported; it is never guessed.
 * Names defined with "(sau đây gọi tắt là ...)" become aliases for the citation before them.
 */
import { foldVietnamese, slugify } from '../text/fold';
import { originalEnd, originalStart, type CleanText } from './clean';
import { directiveKey, type ParsedSymbol } from './canonical';
import type { Candidate } from './extract';
import { closestName } from './known-names';
import { DOCUMENT_TYPES } from './patterns';
import { issuerFromSymbol, levelFromSymbol } from './issuers';
import type { Citation, UnresolvedMention } from './types';

/** Citations and the short mentions that could not be resolved. */
export interface Resolution {
  /** Sorted by start; spans do not overlap. */
  citations: Citation[];
  /** Dropped short mentions, with the reason. */
  unresolved: UnresolvedMention[];
}

/** A citation plus what resolution needs to compare (folded span, number, name). */
interface Resolved {
  citation: Citation;
  foldedStart: number;
  foldedEnd: number;
  number: number | null;
  nameKey: string | null;
  year: number | null;
}

/** Earlier citations, indexed so each lookup costs O(1): resolution stays linear on 1 MB inputs. */
class Earlier {
  /** First citation of each key (a full one, when numbered). */
  readonly firstByKey = new Map<string, Resolved>();
  /** Per folded name, the first citation of each key that carries that name. */
  readonly byName = new Map<string, Map<string, Resolved>>();
  /** Per "kind|number", the first citation of each key. */
  readonly byNumber = new Map<string, Map<string, Resolved>>();
  /** Every citation in order, for definitions to find the one before them. */
  readonly all: Resolved[] = [];
  /** Names cited so far, as written first. */
  readonly names: string[] = [];

  add(r: Resolved): void {
    const key = r.citation.key;
    if (!this.firstByKey.has(key)) this.firstByKey.set(key, r);
    if (r.nameKey) {
      if (!this.byName.has(r.nameKey) && r.citation.name) this.names.push(r.citation.name);
      addFirst(this.byName, r.nameKey, key, r);
    }
    if (r.citation.symbol !== null && r.number !== null) addFirst(this.byNumber, `${r.citation.kind}|${r.number}`, key, r);
    this.all.push(r);
  }
}

function addFirst(index: Map<string, Map<string, Resolved>>, group: string, key: string, r: Resolved): void {
  let byKey = index.get(group);
  if (!byKey) index.set(group, (byKey = new Map()));
  if (!byKey.has(key)) byKey.set(key, r);
}

const DEFINITION = /\([ \n]{0,2}(?:sau day[ \n]{1,2})?(?:duoc[ \n]{1,2})?(?:goi tat|viet tat|goi)[ \n]{1,2}la[ \n]{0,2}:?[ \n]{0,2}([^()\n]{1,80})\)/g;
const MAX_DEFINITION_DISTANCE = 800;
const MAX_ALIASES = 64;
const MAX_ALIAS_HITS = 10_000;

/** Runs resolution over candidates in text order. */
export function resolveCandidates(ct: CleanText, candidates: Candidate[]): Resolution {
  const definitions = findDefinitions(ct);
  const earlier = new Earlier();
  const unresolved: { mention: UnresolvedMention; foldedStart: number; foldedEnd: number }[] = [];
  for (const candidate of candidates) {
    // A short form inside "(sau đây gọi tắt là Chỉ thị 19)" is the definition, not a mention; a full symbol there is one.
    if (candidate.mode !== 'symbol' && definitions.some((d) => candidate.start >= d.start && candidate.start < d.end)) continue;
    const outcome = resolveOne(ct, candidate, earlier);
    if ('reason' in outcome) unresolved.push({ mention: mention(ct, candidate, outcome.reason), foldedStart: candidate.start, foldedEnd: candidate.end });
    else earlier.add(outcome);
  }
  settleLaterYears(earlier.all);
  const aliases = aliasCitations(ct, definitions, earlier.all);
  const citations = dropOverlaps([...earlier.all, ...aliases]);
  const kept = withoutOverlaps(unresolved, aliases);
  return {
    citations: citations.map((r) => r.citation),
    unresolved: kept.map((u) => u.mention),
  };
}

function resolveOne(ct: CleanText, c: Candidate, earlier: Earlier): Resolved | { reason: string } {
  if (c.mode === 'symbol' && c.parsed) return fromSymbol(ct, c, c.parsed, earlier);
  if (c.mode === 'name') return fromName(ct, c, earlier);
  return fromNumber(ct, c, earlier);
}

/** A numbered citation; "short" when the same document was cited earlier, inheriting its date and issuer. */
function fromSymbol(ct: CleanText, c: Candidate, parsed: ParsedSymbol, earlier: Earlier): Resolved {
  const key = directiveKey(c.kind, parsed.symbol);
  const first = earlier.firstByKey.get(key);
  const warnings = [...c.warnings];
  if (parsed.year !== null && c.date && Number(c.date.slice(0, 4)) !== parsed.year) {
    warnings.push(`Năm trong số hiệu ${parsed.symbol} (${parsed.year}) khác năm ban hành ${c.date.slice(0, 4)}; kiểm tra lại nguồn.`);
  }
  const citation = citationAt(ct, c.start, c.end, {
    form: first ? 'short' : 'full',
    kind: c.kind,
    symbol: parsed.symbol,
    name: c.name,
    date: c.date ?? first?.citation.date ?? null,
    issuer: c.issuer ?? first?.citation.issuer ?? issuerFromSymbol(parsed),
    level: c.level ?? first?.citation.level ?? levelFromSymbol(parsed),
    subject: c.subject,
    key,
    warnings,
  });
  return { citation, foldedStart: c.start, foldedEnd: c.end, number: parsed.number, nameKey: c.name ? nameKey(c.name) : null, year: parsed.year ?? yearOf(citation.date) };
}

/**
 * A name cited without its year before the mention that gives one ("... của Luật Thi đua, khen
 * thưởng" ... "Luật Thi đua, khen thưởng năm 2022"): when the text gives that name one year only,
 * the earlier mentions are that document too. With two years (the 2003 and the 2022 law) they stay
 * as written.
 */
function settleLaterYears(resolved: Resolved[]): void {
  const dated = new Map<string, Resolved[]>();
  for (const r of resolved) if (r.citation.form === 'name' && r.nameKey && r.year !== null) dated.set(r.nameKey, [...(dated.get(r.nameKey) ?? []), r]);
  for (const r of resolved) {
    if (r.citation.form !== 'name' || !r.nameKey || r.year !== null) continue;
    const withYear = dated.get(r.nameKey) ?? [];
    if (withYear.length === 0 || new Set(withYear.map((other) => other.year)).size !== 1) continue;
    const [given] = withYear;
    r.citation = { ...r.citation, key: given.citation.key, date: r.citation.date ?? given.citation.date };
    r.year = given.year;
  }
}

/** A document by name; a name without a year takes the key of an earlier mention with the same name. */
function fromName(ct: CleanText, c: Candidate, earlier: Earlier): Resolved {
  let name = c.name ?? '';
  if (!earlier.byName.has(nameKey(name))) {
    // The same name cited earlier in this text, with a letter dropped or changed by the source.
    const close = closestName(name, earlier.names);
    if (close) name = close;
  }
  const own = nameKey(name);
  const same = [...(earlier.byName.get(own)?.values() ?? [])].filter((r) => c.year === null || r.year === c.year);
  const match = same.length === 1 ? same[0] : null;
  const key = match ? match.citation.key : directiveKey(c.kind, c.year ? `${name} ${c.year}` : name);
  const citation = citationAt(ct, c.start, c.end, {
    form: 'name',
    kind: c.kind,
    symbol: null,
    name,
    date: c.date ?? match?.citation.date ?? null,
    issuer: c.issuer,
    level: c.level ?? 'other',
    subject: c.subject,
    key,
    warnings: [...c.warnings],
  });
  return { citation, foldedStart: c.start, foldedEnd: c.end, number: null, nameKey: own, year: c.year ?? match?.year ?? null };
}

/** "Chỉ thị số 05": the one earlier document of that kind and number (and issuer and date, when written). */
function fromNumber(ct: CleanText, c: Candidate, earlier: Earlier): Resolved | { reason: string } {
  const label = `${c.kind} số ${c.number}`;
  const sameNumber = [...(earlier.byNumber.get(`${c.kind}|${c.number}`)?.values() ?? [])];
  if (sameNumber.length === 0) {
    return { reason: `Chưa có trích dẫn đầy đủ (số, ký hiệu) của ${label} ở phía trước trong văn bản; ghi đầy đủ ở lần nhắc đầu tiên.` };
  }
  const fitting = sameNumber.filter(
    (r) =>
      (!c.issuer || !r.citation.issuer || sameIssuer(c.issuer, r.citation.issuer)) &&
      (!c.date || !r.citation.date || c.date === r.citation.date),
  );
  const keys = fitting.map((r) => r.citation.key);
  if (keys.length === 0) return { reason: `${label} không khớp cơ quan ban hành hoặc ngày với trích dẫn đầy đủ nào ở phía trước.` };
  if (keys.length > 1) return { reason: `${label} có thể là nhiều văn bản (${fitting.map((r) => r.citation.symbol).join(', ')}); ghi rõ số, ký hiệu.` };
  const target = fitting[0];
  const t = target.citation;
  const citation = citationAt(ct, c.start, c.end, {
    form: 'short',
    kind: t.kind,
    symbol: t.symbol,
    name: t.name,
    date: c.date ?? t.date,
    issuer: c.issuer ?? t.issuer,
    level: t.level,
    subject: c.subject,
    key: t.key,
    warnings: [...c.warnings],
  });
  return { citation, foldedStart: c.start, foldedEnd: c.end, number: c.number, nameKey: target.nameKey, year: target.year };
}

/** Issuers agree when one folded name contains the other ("Bộ Chính trị" and "Bộ Chính trị khóa XI"). */
function sameIssuer(a: string, b: string): boolean {
  const x = slugify(a);
  const y = slugify(b);
  return x.includes(y) || y.includes(x);
}

/** "(sau đây gọi tắt là X)": the parenthesis span and the folded alias X. */
interface Definition {
  start: number;
  end: number;
  alias: string;
  aliasStart: number;
}

const TYPE_WORD_LEAD = new RegExp(`^(?:${DOCUMENT_TYPES.flatMap((type) => type.words).sort((a, b) => b.length - a.length).join('|')})(?![a-z0-9])`);

/**
 * Does a defined short name name a document ("Chỉ thị 19", "Nghị quyết số 09-NQ/TW", "số
 * 19/CT-TTg")? A movement, a festival or a bloc ("Phong trào thi đua", "lễ hội", "Khối thi
 * đua") does not, and its later uses are no citations of the document defined before it.
 */
function namesDocument(alias: string): boolean {
  return TYPE_WORD_LEAD.test(alias) || /\d/.test(alias);
}

/** "(sau đây gọi tắt là Chỉ thị 34)" and its variants, in folded offsets. */
function findDefinitions(ct: CleanText): Definition[] {
  const found: Definition[] = [];
  DEFINITION.lastIndex = 0;
  for (let m = DEFINITION.exec(ct.folded); m && found.length < MAX_ALIASES; m = DEFINITION.exec(ct.folded)) {
    const raw = m[1];
    const lead = raw.search(/[a-z0-9]/);
    const alias = raw.replace(/["']/g, '').replace(/\s+/g, ' ').trim();
    if (alias.length >= 3 && lead >= 0 && namesDocument(alias)) {
      found.push({ start: m.index, end: m.index + m[0].length, alias, aliasStart: m.index + m[0].length - 1 - raw.length + lead });
    }
  }
  return found;
}

/**
 * Mentions of each defined alias after its definition, as short citations of the document
 * defined. A later definition of the same alias takes over from there. Hits are capped so a
 * pathological input cannot make the output explode.
 */
function aliasCitations(ct: CleanText, definitions: Definition[], resolved: Resolved[]): Resolved[] {
  const out: Resolved[] = [];
  let r = 0;
  const targets = definitions.map((d) => {
    // Definitions and citations are both in text order: one sweep finds the citation before each.
    while (r < resolved.length && resolved[r].foldedEnd <= d.start) r++;
    const before = resolved[r - 1];
    return before && d.start - before.foldedEnd <= MAX_DEFINITION_DISTANCE ? before : null;
  });
  definitions.forEach((d, i) => {
    const target = targets[i];
    if (!target) return;
    const next = definitions.find((later, j) => j > i && later.alias === d.alias);
    const stop = next ? next.start : ct.folded.length;
    const firstCase = isUpper(ct, d.aliasStart);
    for (let at = ct.folded.indexOf(d.alias, d.end); at >= 0 && at < stop && out.length < MAX_ALIAS_HITS; at = ct.folded.indexOf(d.alias, at + d.alias.length)) {
      const end = at + d.alias.length;
      // Word boundaries, and the alias's capital: "(gọi tắt là Kế hoạch)" must not catch every "kế hoạch".
      if (isWordCharAt(ct.folded, at - 1) || isWordCharAt(ct.folded, end) || isUpper(ct, at) !== firstCase) continue;
      const t = target.citation;
      const citation = citationAt(ct, at, end, {
        form: 'short', kind: t.kind, symbol: t.symbol, name: t.name, date: t.date, issuer: t.issuer,
        level: t.level, subject: null, key: t.key, warnings: [],
      });
      out.push({ citation, foldedStart: at, foldedEnd: end, number: target.number, nameKey: target.nameKey, year: target.year });
    }
  });
  return out;
}

function isUpper(ct: CleanText, i: number): boolean {
  const ch = ct.original[ct.origin[i]] ?? '';
  return ch !== ch.toLowerCase();
}

/** Unresolved mentions that no alias covers (both lists in text order: one sweep). */
function withoutOverlaps<T extends { foldedStart: number; foldedEnd: number }>(mentions: T[], aliases: Resolved[]): T[] {
  const sorted = [...aliases].sort((a, b) => a.foldedStart - b.foldedStart);
  const kept: T[] = [];
  let i = 0;
  for (const m of mentions) {
    while (i < sorted.length && sorted[i].foldedEnd <= m.foldedStart) i++;
    if (i < sorted.length && sorted[i].foldedStart < m.foldedEnd) continue;
    kept.push(m);
  }
  return kept;
}

/** Sorted by start; where spans overlap the longer one stays (an alias inside a longer citation goes). */
function dropOverlaps(all: Resolved[]): Resolved[] {
  const sorted = all.sort((a, b) => a.foldedStart - b.foldedStart || b.foldedEnd - a.foldedEnd);
  const kept: Resolved[] = [];
  for (const r of sorted) {
    const last = kept[kept.length - 1];
    if (last && r.foldedStart < last.foldedEnd) {
      if (r.foldedEnd - r.foldedStart > last.foldedEnd - last.foldedStart) kept[kept.length - 1] = r;
      continue;
    }
    kept.push(r);
  }
  return kept;
}

/**
 * A citation spanning folded[start, end), mapped back to the original. Fields are written out
 * rather than spread: object spread made resolution four times slower on 1 MB inputs.
 */
function citationAt(ct: CleanText, start: number, end: number, f: Omit<Citation, 'text' | 'start' | 'end'>): Citation {
  const from = originalStart(ct, start);
  const to = originalEnd(ct, end);
  return {
    text: ct.original.slice(from, to), start: from, end: to, form: f.form, kind: f.kind, symbol: f.symbol, name: f.name,
    date: f.date, issuer: f.issuer, level: f.level, subject: f.subject, key: f.key, warnings: f.warnings,
  };
}

function mention(ct: CleanText, c: Candidate, reason: string): UnresolvedMention {
  const start = originalStart(ct, c.start);
  const end = originalEnd(ct, c.end);
  return { text: ct.original.slice(start, end), start, end, reason };
}

/** Folded name for comparing names ("Luật Thi đua, khen thưởng" = "LUẬT THI ĐUA - KHEN THƯỞNG"). */
function nameKey(name: string): string {
  return foldVietnamese(name).replace(/[^a-z0-9]+/g, ' ').trim();
}

function yearOf(date: string | null): number | null {
  return date ? Number(date.slice(0, 4)) : null;
}

function isWordCharAt(f: string, i: number): boolean {
  return i >= 0 && i < f.length && /[a-z0-9]/.test(f[i]);
}

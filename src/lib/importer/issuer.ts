import { foldVietnamese, slugify } from '../text/fold';
import { bodyName, isStandingOrgan, localityOf, localityPhraseIn, ownsLocality } from './body-names';
import type { KnownUnit, UnitSuggestion } from './types';

/** How the issuing body was found, for the editor's report. */
export interface IssuerResolution {
  issuer?: string;
  /** Units to add to content/units/, parent first. */
  suggestions: UnitSuggestion[];
  warnings: string[];
}

const key = (text: string) => foldVietnamese(text).replace(/\s+/g, ' ').trim();
/** A body named by its kind alone, whose locality the next header line gives ("ỦY BAN NHÂN DÂN" / "XÃ QUANG HÁN"). */
const BODY_KIND_ONLY = /^(uy ban nhan dan|ubnd|hoi dong nhan dan|hdnd|dang uy|ban chap hanh dang bo|uy ban (?:mat tran to quoc|mttq) viet nam)$/;
/** A portal's "Nơi ban hành" that names a body, not only a place ("Tỉnh Phú Yên" names none). */
const BODY_NAME = /^(uy ban|ubnd|hoi dong|hdnd|so|bo|ban|phong|cuc|chi cuc|tong cuc|van phong|thanh tra|truong|tinh uy|huyen uy|thanh uy|dang uy|cong doan|hoi|doan|mat tran)\b/;
const STARTS_WITH_LOCALITY = /^(tinh|thanh pho|huyen|quan|thi xa|thi tran|xa|phuong)\s+\S/;

/**
 * One body's name written over two header lines ("ỦY BAN NHÂN DÂN" over "XÃ QUANG HÁN") is one
 * line, not a parent over a child: a commune's People's Committee has no parent printed.
 */
export function joinSplitHeader(lines: string[]): string[] {
  const joined: string[] = [];
  for (const line of lines) {
    const previous = joined.at(-1);
    if (previous !== undefined && BODY_KIND_ONLY.test(key(previous)) && STARTS_WITH_LOCALITY.test(key(line))) joined[joined.length - 1] = `${previous} ${line}`;
    else joined.push(line);
  }
  return joined;
}

function findByHeader(units: KnownUnit[], header: string, parentHeader?: string): KnownUnit | undefined {
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  const candidates = units.filter((unit) => key(unit.headerName ?? '') === key(header) || key(unit.name) === key(header));
  if (candidates.length <= 1 || !parentHeader) return candidates[0];
  return candidates.find((unit) => {
    const parent = unit.parent ? byId.get(unit.parent) : undefined;
    return parent && (key(parent.headerName ?? '') === key(parentHeader) || key(parent.name) === key(parentHeader));
  });
}

/** An organisation's title that heads its organs' headers ("ĐOÀN TNCS HỒ CHÍ MINH" over "BAN CHẤP HÀNH TRUNG ƯƠNG"). */
const ORGANISATION_TITLE = /^doan (tncs|thanh nien cong san) ho chi minh$/;
/** An organ named without its organisation: "BAN CHẤP HÀNH TRUNG ƯƠNG", "BAN THƯỜNG VỤ TỈNH ...". */
const BARE_ORGAN = /^(ban chap hanh|ban thuong vu|bch|btv)\b/;

/**
 * The organisation's title first, as the parent: a header whose two columns ran into one line puts
 * the organ (left) before the Youth Union's title (right, where a State body has the national title).
 */
function organisationFirst(lines: string[]): string[] {
  if (lines.length < 2 || !ORGANISATION_TITLE.test(key(lines.at(-1)!))) return lines;
  const organ = lines.slice(0, -1);
  if (!BARE_ORGAN.test(key(organ.at(-1)!)) || /\bdoan\b/.test(key(organ.join(' ')))) return lines;
  return [lines.at(-1)!, ...organ];
}

/**
 * The issuing unit's id: from --issuer; else from the header (the last capitalised line names
 * the body, the lines above it its parent), matched against content/units or named by slugify of
 * a full name ("BAN DÂN TỘC" under "UBND TỈNH CAO BẰNG" → ban-dan-toc-cao-bang); else, for a copy
 * without a header, the known unit whose full name the body uses.
 */
export function resolveIssuer(issuerLines: string[], body: string, units: KnownUnit[], option?: string, portalIssuer?: string, place?: string): IssuerResolution {
  if (option) return { issuer: option, suggestions: [], warnings: [] };
  issuerLines = organisationFirst(joinSplitHeader(issuerLines));
  if (issuerLines.length === 0 && portalIssuer && BODY_NAME.test(key(portalIssuer))) {
    const resolved = resolveIssuer([portalIssuer.toLocaleUpperCase('vi')], body, units);
    resolved.warnings.push(`Cơ quan ban hành lấy từ khối thông tin của trang web ("${portalIssuer}"): bản sao không có phần tiêu đề. / Issuer taken from the portal's metadata.`);
    return resolved;
  }
  if (issuerLines.length === 1 && BODY_KIND_ONLY.test(key(issuerLines[0])) && place) {
    // "ỦY BAN NHÂN DÂN" with no locality line: the body names it ("... tỉnh Ninh Thuận"), matching the date line's place,
    // or else the portal's metadata does ("Cơ quan ban hành: Tỉnh Bắc Ninh").
    const phrase = localityPhraseIn(body, place) ?? (portalIssuer ? localityPhraseIn(portalIssuer, place) : undefined);
    if (phrase) issuerLines = [`${issuerLines[0]} ${phrase.toLocaleUpperCase('vi')}`];
  }
  if (issuerLines.length > 0) {
    const header = issuerLines.at(-1)!;
    const parentHeader = issuerLines.length > 1 ? issuerLines.slice(0, -1).join(' ') : undefined;
    const known = findByHeader(units, header, parentHeader);
    if (known) return { issuer: known.id, suggestions: [], warnings: [] };

    const suggestions: UnitSuggestion[] = [];
    let parentId: string | undefined;
    if (parentHeader) {
      const parent = findByHeader(units, parentHeader);
      parentId = parent?.id ?? slugify(parentHeader);
      if (!parent) suggestions.push({ id: parentId, name: bodyName(parentHeader), headerName: parentHeader });
    }
    const locality = parentHeader ? localityOf(parentHeader) : undefined;
    const named = locality && !key(header).includes(key(locality.place));
    const name = bodyName(header, parentHeader, named && !ownsLocality(header) ? locality.phrase : undefined);
    // A standing organ's header ("BAN THƯỜNG VỤ") is the same in every organisation: its id is its full name's.
    const id = parentHeader && isStandingOrgan(header) ? slugify(name) : slugify(named ? `${header} ${locality.place}` : header);
    suggestions.push({ id, name: name.trim(), headerName: header, parent: parentId });
    return {
      issuer: id,
      suggestions,
      warnings: [`Đơn vị ban hành "${issuerLines.join(' / ')}" chưa có trong content/units/: đã đặt mã "${id}". / New issuing unit.`],
    };
  }

  const folded = key(body);
  const scored = units
    .map((unit) => ({ unit, hits: folded.split(key(unit.name)).length - 1 }))
    .filter(({ hits }) => hits > 0)
    .sort((a, b) => b.hits - a.hits || b.unit.name.length - a.unit.name.length);
  const launcher = units.find((unit) => unit.headerName && new RegExp(`(^|[.;] )${key(unit.headerName)} phat dong\\b`).test(folded));
  const chosen = scored[0]?.unit ?? launcher;
  if (!chosen) return { suggestions: [], warnings: [] };
  return {
    issuer: chosen.id,
    suggestions: [],
    warnings: [`Văn bản không có phần tiêu đề ghi cơ quan ban hành; đã suy ra "${chosen.id}" (${chosen.name}) từ nội dung. Kiểm tra lại, hoặc dùng --issuer <mã>. / Issuer inferred from the body text.`],
  };
}

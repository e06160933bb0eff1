import type { ContentEntry, ContentProblem, ContentSet } from './types';

/** Collects problems where one content file names another that does not exist. */
export function missing(
  problems: ContentProblem[],
  ids: Set<string>,
  folder: string,
  entry: ContentEntry<unknown>,
  field: string,
  id: string | undefined,
): void {
  if (id === undefined || ids.has(id)) return;
  const known = [...ids].sort().slice(0, 5).map((known) => `"${known}"`).join(', ');
  problems.push({
    file: entry.filePath,
    field,
    expected: `mã của một tệp có trong ${folder}${known ? ` (có: ${known}${ids.size > 5 ? ', …' : ''})` : ''}`,
    found: `"${id}"`,
    fix: `Tạo tệp ${folder}${id}.yaml, hoặc sửa "${field}" thành mã đã có.`,
  });
}

/**
 * Cross-file references, which Astro's schemas cannot check: a campaign's issuer, a unit's
 * parent, a directive's replacement, a title's legal basis and honour rows' units must exist.
 */
export function checkReferences(content: ContentSet): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const units = new Set(content.units.map((unit) => unit.id));
  const directives = new Set(content.directives.map((directive) => directive.id));

  const blocs = new Set(content.blocs.map((bloc) => bloc.id));
  for (const campaign of content.campaigns) {
    missing(problems, units, 'content/units/', campaign, 'issuer', campaign.data.issuer ?? undefined);
    missing(problems, blocs, 'content/blocs/', campaign, 'bloc', campaign.data.bloc);
  }
  for (const unit of content.units) {
    missing(problems, units, 'content/units/', unit, 'parent', unit.data.parent);
  }
  for (const directive of content.directives) {
    missing(problems, directives, 'content/directives/', directive, 'replacedBy', directive.data.replacedBy);
    if (directive.data.status === 'replaced' && !directive.data.replacedBy) {
      problems.push({
        file: directive.filePath,
        field: 'replacedBy',
        expected: 'mã văn bản thay thế khi "status: replaced"',
        found: 'không có',
        fix: 'Thêm "replacedBy: <mã văn bản thay thế>" hoặc đổi "status".',
      });
    }
  }
  for (const title of content.titles) {
    title.data.basis.forEach((basis, index) =>
      missing(problems, directives, 'content/directives/', title, `[${title.id}].basis[${index}]`, basis),
    );
  }
  for (const honour of content.honours) {
    honour.data.decisions.forEach((decision, d) =>
      decision.rows.forEach((row, r) => {
        const unit = row.recipient.kind === 'household' ? undefined : row.recipient.unit;
        missing(problems, units, 'content/units/', honour, `decisions[${d}].rows[${r}].recipient.unit`, unit);
      }),
    );
  }
  return problems;
}

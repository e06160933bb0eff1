import { foldVietnamese } from '../../src/lib/text/fold';

/**
 * Comparing a source document with its page, word for word. The header is laid out by the page
 * in the official two columns, whatever order a copy flattened it into, and its number, date and
 * titles are shown from the data: its words are compared as a set, folded, letters and digits
 * only. Everything after the header must be on the page in the same order.
 */

/** Words of a text: whitespace-separated, Markdown bold gone, punctuation-only tokens dropped, "09" read as "9". */
export function comparableWords(text: string): string[] {
  return text
    .normalize('NFC')
    .replace(/\*\*/g, '')
    .split(/\s+/)
    .map((word) => word.replace(/^[([{"“'‘]+|[)\]}"”'’]+$/g, ''))
    .filter((word) => /[\p{L}\p{N}]/u.test(word))
    .map((word) => (/^0\d+$/.test(word) ? String(Number(word)) : word));
}

/** Letters-and-digits runs, folded: "Số: 10./QĐ- MN" → ["so", "10", "qd", "mn"]. */
function runs(text: string): string[] {
  return foldVietnamese(text)
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .map((run) => (/^0\d+$/.test(run) ? String(Number(run)) : run));
}

/** How many of the first lines are the header: up to the place-and-date line, if there is one near the top. */
export function headerLineCount(lines: string[]): number {
  const dated = lines.slice(0, 14).findIndex((line) => /\bngay\b.*\bthang\b.*\bnam\s*\d{4}/.test(foldVietnamese(line)));
  return dated + 1;
}

/** Header runs missing from the page; a run a copy glued together ("THẮNGCỘNG") counts when its two halves are there. */
export function missingHeaderRuns(header: string, page: string): string[] {
  const have = new Set(runs(page));
  return runs(header).filter((run) => !have.has(run) && ![...Array(run.length).keys()].some((i) => i > 0 && have.has(run.slice(0, i)) && have.has(run.slice(i))));
}

/** The first words after the header not found in order on the page, with their neighbours; null when all are there. */
export function firstMissingInOrder(expected: string[], page: string[]): string | null {
  let at = 0;
  for (let i = 0; i < expected.length; i += 1) {
    const found = page.indexOf(expected[i], at);
    if (found === -1) return `"${expected.slice(Math.max(0, i - 4), i + 4).join(' ')}" (missing "${expected[i]}")`;
    at = found + 1;
  }
  return null;
}

/** The foot as the entry stores it: recipients, the signature and other foot lines. */
export interface StoredFoot {
  recipients?: string[];
  signer?: { prefix?: string; onBehalfOf?: string; position?: string; name?: string } | null;
  footLines?: string[];
}

/** A foot line without table bars and dashes; the older authority prefixes in the current form ("T/M" → "TM."), as the importer stores them and says so. */
export function footLine(line: string): string {
  return line.replace(/\|/g, ' ').replace(/^[-–+•\s]+/, '').replace(/^(T|K)\/(M|T|L)\s+/, '$1$2. ').replace(/\s+/g, ' ').trim();
}

/** Lines of the foot as printed: the page shows them in its own foot, so they are compared as a set, like the header. */
export function isFootLine(line: string, foot: StoredFoot): boolean {
  const plain = footLine(line);
  if (/^n[oơ]i nh[aậ]n\b/i.test(foldVietnamese(plain)) || /^noi nhan\b/.test(foldVietnamese(plain))) return true;
  const signer = foot.signer ?? {};
  const stored = [
    ...(foot.recipients ?? []),
    ...(foot.footLines ?? []),
    signer.position,
    signer.name,
    signer.prefix && `${signer.prefix} ${signer.onBehalfOf ?? ''}`.trim(),
  ].filter((value): value is string => Boolean(value));
  return stored.some((value) => value.replace(/\s+/g, ' ').trim() === plain || (plain.length > 0 && value.includes(plain)));
}

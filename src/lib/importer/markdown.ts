import type { Run, SourceLine } from './types';
import { plainText } from './layout';

/**
 * The body in the project's Markdown conventions (README, "Body conventions"): `## I. NỘI DUNG`
 * for Roman-numbered sections, `1. …` items as an ordered list with the printed numbers, points
 * `a)`, `đ)` and dash lines as paragraphs inside their item, bold as `**…**`. Everything else is
 * escaped so that MDX reads it as text: braces, angle brackets and `import`/`export` lines would
 * otherwise be code, and Markdown punctuation would change what the page shows.
 */

/** Characters Markdown or MDX would read as syntax anywhere in a line. */
const INLINE_SYNTAX = /[\\`*_{}[\]<>~|]/g;

/** Escapes text so MDX renders it literally. */
export function escapeInline(text: string): string {
  return text.replace(INLINE_SYNTAX, '\\$&').replace(/&(?=#?[a-zA-Z0-9]+;)/g, '\\&');
}

/**
 * Escapes what only matters at the start of a block: ESM (`import`/`export`), headings, list and
 * rule markers, and numbers that would start a list. The text is already inline-escaped.
 */
function escapeBlockStart(text: string): string {
  return text
    .replace(/^(import|export)\b/, (word) => `&#${word.charCodeAt(0)};${word.slice(1)}`)
    .replace(/^([#+=-])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/** Runs → Markdown: adjacent runs of one style merged, spaces kept outside the `**` markers. */
export function renderRuns(runs: Run[]): string {
  const merged: Run[] = [];
  for (const run of runs) {
    const last = merged.at(-1);
    if (last && last.bold === run.bold) last.text += run.text;
    else merged.push({ ...run });
  }
  return merged
    .map((run) => {
      if (!run.bold || !run.text.trim()) return escapeInline(run.text);
      const [, lead, core, trail] = /^(\s*)([\s\S]*?)(\s*)$/.exec(run.text)!;
      return `${lead}**${escapeInline(core)}**${trail}`;
    })
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The runs without their first `count` characters of text (a number or letter already printed as a marker). */
function dropPrefix(runs: Run[], count: number): Run[] {
  const out: Run[] = [];
  let left = count;
  for (const run of runs) {
    if (left >= run.text.length) {
      left -= run.text.length;
      continue;
    }
    out.push({ ...run, text: run.text.slice(left) });
    left = 0;
  }
  return out;
}

const SECTION = /^\s*([IVXLC]{1,6})\s*([.)])\s*(\S.*)$/u;
const ITEM = /^\s*(\d{1,3})([.)])\s*(?=\D)/u;
const POINT = /^\s*([a-zđ])\)\s*/u;
const DASH = /^\s*[-–+•]\s*/u;

type Block =
  | { kind: 'section'; numeral: string; delimiter: string; title: string }
  | { kind: 'item'; marker: string; runs: Run[] }
  | { kind: 'point'; runs: Run[] }
  | { kind: 'dash'; runs: Run[] }
  | { kind: 'paragraph'; runs: Run[] };

/** A Roman-numbered line is a section heading when its title is in capitals or short (not a sentence). */
function sectionOf(text: string): { numeral: string; delimiter: string; title: string } | null {
  const match = SECTION.exec(text);
  if (!match) return null;
  const title = match[3].trim();
  const caps = title === title.toLocaleUpperCase('vi');
  if (!caps && (title.split(/\s+/).length > 12 || /[.;]$/.test(title))) return null;
  return { numeral: match[1], delimiter: match[2], title };
}

function classify(line: SourceLine): Block {
  const text = plainText(line);
  const section = sectionOf(text);
  if (section) return { kind: 'section', ...section };
  const item = ITEM.exec(text);
  if (item) return { kind: 'item', marker: `${item[1]}${item[2]}`, runs: dropPrefix(line, item[0].length) };
  const point = POINT.exec(text);
  if (point) return { kind: 'point', runs: [{ text: `${point[1]}) `, bold: false }, ...dropPrefix(line, point[0].length)] };
  const dash = DASH.exec(text);
  if (dash && dash[0].trim()) return { kind: 'dash', runs: [{ text: `${dash[0].trim()} `, bold: false }, ...dropPrefix(line, dash[0].length)] };
  return { kind: 'paragraph', runs: line };
}

/**
 * Renders the body. Points, dash lines and plain paragraphs that follow an item belong to it
 * (indented under its marker), except plain paragraphs after the document's last item: that is
 * the closing call, which stands on its own as in the hand-written 2023 file.
 */
export function renderBody(lines: SourceLine[]): string {
  const blocks = lines.map(classify);
  const lastItem = blocks.map((block) => block.kind).lastIndexOf('item');
  const out: string[] = [];
  let indent: string | null = null;
  blocks.forEach((block, index) => {
    if (block.kind === 'section') {
      indent = null;
      out.push(`## ${block.numeral}${block.delimiter} ${escapeInline(block.title)}`);
    } else if (block.kind === 'item') {
      indent = ' '.repeat(block.marker.length + 1);
      out.push(`${block.marker} ${escapeBlockStart(renderRuns(block.runs))}`.trimEnd());
    } else if (indent !== null && (block.kind !== 'paragraph' || index < lastItem)) {
      out.push(`${indent}${escapeBlockStart(renderRuns(block.runs))}`);
    } else {
      indent = null;
      const text = escapeBlockStart(renderRuns(block.runs));
      if (text) out.push(text);
    }
  });
  return `${out.join('\n\n')}\n`;
}

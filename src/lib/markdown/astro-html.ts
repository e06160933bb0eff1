/**
 * A hast tree written as HTML exactly as a page showed it when the body was an MDX module: MDX
 * turned the tree into JSX (hast-util-to-estree, `elementAttributeNameCase: 'html'`) and Astro's
 * JSX runtime wrote that out (astro/dist/runtime/server/jsx.js and render/util.js). That writer
 * differs from rehype-stringify: text escapes ' and " too, attributes escape & and " as &#38;
 * and &#34;, void elements close with "/>", a `true` attribute that is not an HTML boolean is
 * written ="true", and `style` goes through an object. Writing the same way keeps every
 * campaign page byte for byte what it was.
 */
import type { Element, Nodes, Properties } from 'hast';
import { find, html, svg, type Schema } from 'property-information';
import styleToJs from 'style-to-js';

const VOID = /^(area|base|br|col|command|embed|hr|img|input|keygen|link|meta|param|source|track|wbr)$/i;
const BOOLEAN =
  /^(?:allowfullscreen|async|autofocus|autoplay|checked|controls|default|defer|disabled|disablepictureinpicture|disableremoteplayback|formnovalidate|hidden|inert|loop|muted|nomodule|novalidate|open|playsinline|readonly|required|reversed|scoped|seamless|selected|itemscope)$/i;
const TABLE = new Set(['table', 'tbody', 'thead', 'tfoot', 'tr']);
const VALID_PROTOCOLS = ['http:', 'https:'];

/** Astro's escapeHTML (html-escaper): text children. */
const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&#39;', '"': '&quot;' };
export const escapeText = (value: string): string => value.replace(/[&<>'"]/g, (char) => TEXT_ESCAPES[char]);

/** Astro's toAttributeString. */
const escapeAttribute = (value: string): string => value.replace(/&/g, '&#38;').replace(/"/g, '&#34;');

const isHttpUrl = (value: string): boolean => {
  try {
    return VALID_PROTOCOLS.includes(new URL(value).protocol);
  } catch {
    return false;
  }
};

const kebab = (key: string) => (key.toLowerCase() === key ? key : key.replace(/[A-Z]/g, (match) => `-${match.toLowerCase()}`));

/** Astro's toStyleString over the object hast-util-to-estree makes of a style. */
function styleString(style: Record<string, string>): string {
  return Object.entries(style)
    .filter(([, value]) => value.trim())
    .map(([key, value]) => (key[0] !== '-' && key[1] !== '-' ? `${kebab(key)}:${value}` : `${key}:${value}`))
    .join(';');
}

/** Astro's addAttribute for the values MDX passes (string, true, a style object). */
function attribute(key: string, value: string | true | Record<string, string>, tagName: string): string {
  if (typeof value === 'object') return key === 'style' ? ` style="${escapeAttribute(styleString(value))}"` : ` ${key}="${escapeAttribute(String(value))}"`;
  if (typeof value === 'string' && value.includes('&') && isHttpUrl(value)) return ` ${key}="${value}"`;
  if (BOOLEAN.test(key)) return tagName.includes('-') ? ` ${key}="${escapeAttribute(String(value))}"` : value ? ` ${key}` : '';
  if (value === '') return ` ${key}`;
  return ` ${key}="${escapeAttribute(String(value))}"`;
}

/** The attributes hast-util-to-estree gives an element, in its order, then written by Astro. */
function attributes(element: Element, schema: Schema): string {
  const props: [string, string | true | Record<string, string>][] = [];
  let style: Record<string, string> | undefined;
  let align: string | undefined;
  const properties: Properties = element.properties ?? {};
  for (const [property, raw] of Object.entries(properties)) {
    const info = find(schema, property);
    if (raw === null || raw === undefined || raw === false || (typeof raw === 'number' && Number.isNaN(raw)) || (!raw && info.boolean)) continue;
    const name = info.attribute;
    let value: string | number | true | (string | number)[] = raw;
    if (Array.isArray(value)) value = info.commaSeparated ? value.join(', ') : value.join(' ');
    if (name === 'style') {
      style = styleToJs(String(value), { reactCompat: true }) as Record<string, string>;
      props.push(['style', style]);
    } else if (value === true) props.push([name, true]);
    else if ((element.tagName === 'td' || element.tagName === 'th') && name === 'align') align = String(value);
    else props.push([name, String(value)]);
  }
  if (align !== undefined) {
    if (!style) props.push(['style', (style = {})]);
    style.textAlign = align;
  }
  return props.map(([key, value]) => attribute(key, value, element.tagName)).join('');
}

function node(item: Nodes, schema: Schema): string {
  switch (item.type) {
    case 'root':
      return children(trimWhitespace(item.children), schema);
    case 'text':
      return escapeText(item.value);
    case 'element': {
      const inner = item.tagName.toLowerCase() === 'svg' && schema.space === 'html' ? svg : schema;
      const open = `<${item.tagName}${attributes(item, inner)}`;
      // In table elements, MDX drops the line breaks between rows and cells (React warns of any text there).
      const kept = item.children.filter(
        (child) => !(child.type === 'text' && (child.value === '' || (child.value === '\n' && schema.space === 'html' && TABLE.has(item.tagName.toLowerCase())))),
      );
      if (kept.length === 0 && VOID.test(item.tagName)) return `${open}/>`;
      return `${open}>${children(kept, inner)}</${item.tagName}>`;
    }
    // Comments (never made from a body: HTML is not read in MDX), doctypes, and the MDX
    // comment expressions `{/* … */}` write nothing, as in MDX.
    default:
      return '';
  }
}

function children(list: Nodes[], schema: Schema): string {
  return list.map((child) => node(child, schema)).join('');
}

/** The whitespace-only text at the start and end of a document, which MDX's JSX fragment drops. */
function trimWhitespace(list: Nodes[]): Nodes[] {
  const blank = (item: Nodes) => item.type === 'text' && /^[ \t\n\f\r]*$/.test(item.value);
  let start = 0;
  let end = list.length;
  while (start < end && blank(list[start])) start += 1;
  while (end > start && blank(list[end - 1])) end -= 1;
  return list.slice(start, end);
}

/** The HTML of a hast tree as Astro wrote MDX's rendering of it. */
export function toAstroHtml(tree: Nodes): string {
  return node(tree, html);
}

/**
 * What an XML text is, by its root element, and whether it is well formed:
 * several formats share the .xml extension (feeds, NITF, NewsML-G2), and a
 * lenient parser reads a truncated document without a word.
 */
import { fastXmlParser } from '../libraries.js';
import { lineFinder } from '../lines.js';

/** What may stand before the root element: a declaration, processing instructions, comments, a doctype, white space. */
// Each alternative can match one way only (a doctype's internal subset runs to its first "]"): no backtracking on hostile text.
const PROLOGUE_ITEM = /^(?:\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^[>]*(?:\[[^\]]*\]\s*)?>)/i;
/** How much of a text the root element is looked for in: a prologue is a few lines, a doctype's subset a few pages. */
const PROLOGUE_CHARS = 1 << 20;
const START_TAG = /^<([A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?)[\s/>]/;

/**
 * The root element's name without its namespace prefix ("RDF" for
 * `<rdf:RDF>`), or null when the text does not start as XML does.
 *
 * @example rootElement('<?xml version="1.0"?>\n<!-- feed -->\n<rss version="2.0">') // 'rss'
 */
export function rootElement(text: string): string | null {
  let rest = (text.startsWith('\uFEFF') ? text.slice(1) : text).slice(0, PROLOGUE_CHARS);
  // Each step removes a prologue item; a document has few, a text that is not XML none.
  for (let match = PROLOGUE_ITEM.exec(rest); match; match = PROLOGUE_ITEM.exec(rest)) rest = rest.slice(match[0].length);
  const name = START_TAG.exec(rest)?.[1];
  return name === undefined ? null : (name.split(':').pop() as string);
}

/** The validator's word for elements never closed: "Invalid '["nitf", "body", "p"]' found." (the open elements, outermost first). */
const UNCLOSED = /^Invalid '(\[[\s\S]*\])' found\.$/;

/** The names of the elements a text left open, or null when that is not the problem. */
function leftOpen(message: string): string[] | null {
  const listed = UNCLOSED.exec(message)?.[1];
  if (listed === undefined) return null;
  try {
    const names: unknown = JSON.parse(listed);
    return Array.isArray(names) ? names.map(String) : null;
  } catch {
    return null;
  }
}

/**
 * Why an XML text is not well formed, and the line where it shows; null when
 * it is. A text that ends with elements still open (a document cut short) is
 * placed on its last line, where it breaks off.
 *
 * @example xmlProblem('<nitf>\n<body>\n<p>cut sho') // { line: 3, message: 'is not well-formed XML (it ends before <p> in <nitf>, <body> is closed: cut short?)' }
 */
export function xmlProblem(text: string): { line: number; message: string } | null {
  const checked = fastXmlParser().XMLValidator.validate(text, { allowBooleanAttributes: true });
  if (checked === true) return null;
  const open = leftOpen(checked.err.msg);
  if (!open || open.length === 0) return { line: checked.err.line, message: `is not well-formed XML (${checked.err.msg})` };
  const innermost = open.at(-1) as string;
  const around = open.slice(0, -1).map((name) => `<${name}>`).join(', ');
  const line = lineFinder(text)(text.trimEnd().length);
  return { line, message: `is not well-formed XML (it ends before <${innermost}>${around ? ` in ${around}` : ''} is closed: cut short?)` };
}

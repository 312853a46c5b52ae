/**
 * An XML document as a plain tree of elements (names without namespace
 * prefixes, attributes, children in document order), parsed by
 * fast-xml-parser, with the few look-ups the news formats need.
 */
import type { XMLParser } from 'fast-xml-parser';
import { fastXmlParser } from '../libraries.js';

export interface XmlElement {
  /** The local name ("newsItem" for `<nar:newsItem>`). */
  name: string;
  attributes: Readonly<Record<string, string>>;
  children: readonly XmlNode[];
  /** Where its start tag is in the text: a 0-based character index. */
  start: number;
}

export type XmlNode = XmlElement | string;

const TEXT = '#text';
const ATTRIBUTES = ':@';

const OPTIONS: ConstructorParameters<typeof XMLParser>[0] = {
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  removeNSPrefix: true,
  // Text as written: the spaces between inline elements are the spaces between words.
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  allowBooleanAttributes: true,
  // News XML writes typographic characters as HTML names (&ldquo;) as often as numbers.
  htmlEntities: true,
  captureMetaData: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
};

/** The parser and where `captureMetaData` puts a node's place (typed by the library as the `Symbol` object, not a `symbol`), made at the first document. */
let made: { parser: XMLParser; meta: symbol } | undefined;
function xmlParser(): { parser: XMLParser; meta: symbol } {
  const { XMLParser: Parser } = fastXmlParser();
  return (made ??= { parser: new Parser(OPTIONS), meta: Parser.getMetaDataSymbol() as unknown as symbol });
}

/** fast-xml-parser's ordered output: one key for the tag (or `#text`), attributes under `:@`, the place under its meta symbol. */
type RawNode = Record<string, unknown> & Record<symbol, { startIndex?: number } | undefined>;

function toNodes(raw: unknown, meta: symbol): XmlNode[] {
  if (!Array.isArray(raw)) return [];
  return (raw as RawNode[]).flatMap((node): XmlNode[] => {
    if (TEXT in node) return [String(node[TEXT])];
    const name = Object.keys(node).find((key) => key !== ATTRIBUTES);
    if (name === undefined || name.startsWith('?') || name.startsWith('#')) return [];
    const attributes = (node[ATTRIBUTES] ?? {}) as Record<string, unknown>;
    return [{
      name,
      attributes: Object.fromEntries(Object.entries(attributes).map(([key, value]) => [key, String(value)])),
      children: toNodes(node[name], meta),
      start: node[meta]?.startIndex ?? 0,
    }];
  });
}

/**
 * The root element of a well-formed XML text (check it with xmlProblem
 * first: the parser reads a broken one without a word), or null.
 *
 * @example parseXml('<nitf><head/></nitf>')?.name // 'nitf'
 */
export function parseXml(text: string): XmlElement | null {
  const { parser, meta } = xmlParser();
  const found = toNodes(parser.parse(text), meta).find((node): node is XmlElement => typeof node !== 'string');
  return found ?? null;
}

const isElement = (node: XmlNode): node is XmlElement => typeof node !== 'string';

/** The element's child elements named `name`. */
export function childrenNamed(element: XmlElement | null | undefined, name: string): XmlElement[] {
  return (element?.children ?? []).filter((child): child is XmlElement => isElement(child) && child.name === name);
}

/** The first element named `name` at or below `element`, in document order (depth first); null when none is. */
export function findFirst(element: XmlElement | null | undefined, name: string): XmlElement | null {
  if (!element) return null;
  if (element.name === name) return element;
  for (const child of element.children) {
    const found = isElement(child) ? findFirst(child, name) : null;
    if (found) return found;
  }
  return null;
}

/**
 * Every element named `name` below `element`, in document order; one inside
 * another is not looked into again, nor is an element named in `skip`.
 */
export function findAll(element: XmlElement | null | undefined, name: string, skip: ReadonlySet<string> = new Set()): XmlElement[] {
  const found: XmlElement[] = [];
  const walk = (node: XmlElement): void => {
    for (const child of node.children) {
      if (!isElement(child) || skip.has(child.name)) continue;
      if (child.name === name) found.push(child);
      else walk(child);
    }
  };
  if (element) walk(element);
  return found;
}

/** The text of an element and everything in it, its white space runs made one space and trimmed. */
export function textOf(element: XmlElement | null | undefined): string {
  const parts: string[] = [];
  const walk = (node: XmlNode): void => {
    if (typeof node === 'string') parts.push(node);
    else for (const child of node.children) walk(child);
  };
  if (element) walk(element);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** An attribute's value, trimmed; null when absent or blank. */
export function attribute(element: XmlElement | null | undefined, name: string): string | null {
  const value = element?.attributes[name]?.trim();
  return value ? value : null;
}

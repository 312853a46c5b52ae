/**
 * An HTML page parsed by linkedom, typed by the little of the DOM the HTML
 * readers use: the project compiles without the DOM library (it runs on
 * Node), and linkedom's own typings lean on it.
 */
import { linkedom } from '../libraries.js';

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

export interface DomNode {
  readonly nodeType: number;
  /** Upper-case tag name for an element ("P"), "#text" for text. */
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<DomNode>;
  readonly parentNode: DomNode | null;
}

export interface DomElement extends DomNode {
  readonly tagName: string;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  remove(): void;
}

export interface DomDocument {
  readonly documentElement: DomElement | null;
  readonly head: DomElement | null;
  readonly body: DomElement | null;
  readonly title: string;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

export const isElement = (node: DomNode): node is DomElement => node.nodeType === ELEMENT_NODE;

/**
 * Parses a page. A page without `<html>` or `<body>` (a fragment, a broken
 * save) is parsed again inside a whole document, so there is always a body
 * to read; `whole` says whether it had one of its own.
 */
export function parseDocument(html: string): { document: DomDocument; whole: boolean } {
  const parsed = parse(html);
  if (parsed.body && parsed.documentElement?.tagName === 'HTML') return { document: parsed, whole: true };
  // Its own <html> and <body> tags, if it has either, would nest inside the new ones.
  const inner = html.replace(/<!doctype[^>]*>|<\/?(?:html|body)\b[^>]*>/gi, '');
  return { document: parse(`<!DOCTYPE html><html><head></head><body>${inner}</body></html>`), whole: false };
}

function parse(html: string): DomDocument {
  // linkedom's typings give a DOM Window, a type this project does not compile with: the document is used through DomDocument.
  return (linkedom().parseHTML(html) as unknown as { document: DomDocument }).document;
}

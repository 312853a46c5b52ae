/**
 * The story's HTML as plain text, one paragraph a block element (`<p>`,
 * `<li>`, a heading, a table cell ...), paragraphs apart by blank lines: the
 * shape of a .txt article, so the rest of the pipeline reads both alike.
 * Blocks whose text is mostly link text ("Read more: ...", a list of
 * related stories, a row of tags) are left out.
 */
import { isElement, TEXT_NODE, type DomElement, type DomNode } from './html-dom.js';

/** Elements that end a paragraph and start another. */
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CENTER', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION',
  'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);

/** Elements whose text is never the story's. */
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'SELECT', 'TEXTAREA', 'IFRAME', 'OBJECT']);

/** Characters that are not seen: zero-width spaces and joiners, soft hyphens, a stray byte order mark. */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;

/** A paragraph being gathered: its text, and how many of its letters are link text. */
export interface Gathered {
  text: string;
  letters: number;
  linkLetters: number;
  /** Whether a quotation mark stands outside its links: quoted speech is story text, however many names are linked. */
  quotesOutsideLinks: boolean;
  wordsOutsideLinks: number;
}

const empty = (): Gathered => ({ text: '', letters: 0, linkLetters: 0, quotesOutsideLinks: false, wordsOutsideLinks: 0 });

const countLetters = (text: string): number => text.match(/[\p{L}\p{N}]/gu)?.length ?? 0;

/** Letters of a leading label ("Read more:", "Related:") count as link text: the label only introduces the links. */
const LABEL = /^\s*[\p{L} ]{1,24}:\s*/u;

/** Words outside links that make a sentence of a block's own: a digest item's linked lead sentence followed by one of them is story text. */
const OWN_SENTENCE_WORDS = 8;

/**
 * Whether a paragraph is mostly link text: at least half its letters in
 * links, counting a short leading label as part of them, with neither a
 * quotation mark nor a sentence's worth of words outside them.
 *
 * @example linkHeavy({ text: 'Related: Ferry to run all winter', letters: 27, linkLetters: 20, quotesOutsideLinks: false, wordsOutsideLinks: 1 }) // true
 */
export function linkHeavy(paragraph: Gathered): boolean {
  if (paragraph.linkLetters === 0 || paragraph.quotesOutsideLinks) return false;
  const label = LABEL.exec(paragraph.text)?.[0] ?? '';
  const labelWords = label.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  if (paragraph.wordsOutsideLinks - labelWords >= OWN_SENTENCE_WORDS) return false;
  return paragraph.linkLetters + countLetters(label) >= paragraph.letters * 0.5;
}

/** Walks the story's elements, gathering paragraphs. */
class ParagraphWriter {
  readonly paragraphs: string[] = [];
  private current = empty();
  private linkDepth = 0;
  private preDepth = 0;

  /** Walks `root` in document order, without recursion: a broken page may nest thousands of elements deep. */
  visit(root: DomNode): void {
    const stack: { node: DomNode; leaving: boolean }[] = [{ node: root, leaving: false }];
    for (let next = stack.pop(); next; next = stack.pop()) {
      if (next.leaving) this.leave(next.node.nodeName);
      else if (this.enter(next.node)) {
        stack.push({ node: next.node, leaving: true });
        const children = Array.from(next.node.childNodes);
        for (let index = children.length - 1; index >= 0; index--) stack.push({ node: children[index] as DomNode, leaving: false });
      }
    }
  }

  /** Takes in a node; true when its children are to be walked. */
  private enter(node: DomNode): boolean {
    if (node.nodeType === TEXT_NODE) {
      this.addText(node.textContent ?? '');
      return false;
    }
    if (!isElement(node) || SKIPPED.has(node.nodeName)) return false;
    const name = node.nodeName;
    if (name === 'BR') {
      this.flush();
      return false;
    }
    if (BLOCKS.has(name)) this.flush();
    if (name === 'A') this.linkDepth++;
    if (name === 'PRE') this.preDepth++;
    return true;
  }

  private leave(name: string): void {
    if (name === 'A') this.linkDepth--;
    if (name === 'PRE') this.preDepth--;
    if (BLOCKS.has(name)) this.flush();
  }

  private addText(raw: string): void {
    const cleaned = raw.replace(INVISIBLE, '');
    if (this.preDepth > 0 && cleaned.includes('\n')) {
      // Preformatted text keeps its line breaks: each line a paragraph.
      cleaned.split('\n').forEach((line, index) => {
        if (index > 0) this.flush();
        this.addText(line);
      });
      return;
    }
    const letters = countLetters(cleaned);
    this.current.text += cleaned;
    this.current.letters += letters;
    if (this.linkDepth > 0) this.current.linkLetters += letters;
    else {
      if (/["“”„«»]/.test(cleaned)) this.current.quotesOutsideLinks = true;
      this.current.wordsOutsideLinks += cleaned.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
    }
  }

  flush(): void {
    const text = this.current.text.replace(/\s+/g, ' ').trim();
    if (text !== '' && /[\p{L}\p{N}]/u.test(text) && !linkHeavy({ ...this.current, text })) this.paragraphs.push(text);
    this.current = empty();
  }
}

/**
 * The text of an element, one paragraph a block, link-heavy blocks left out.
 *
 * @example
 * // <div><p>Jane Roe said the ferry would run.</p><p>Read more: <a>Ferry news</a></p></div>
 * blockText(element) // 'Jane Roe said the ferry would run.\n'
 */
export function blockText(element: DomElement): string {
  const writer = new ParagraphWriter();
  writer.visit(element);
  writer.flush();
  return writer.paragraphs.length === 0 ? '' : `${writer.paragraphs.join('\n\n')}\n`;
}

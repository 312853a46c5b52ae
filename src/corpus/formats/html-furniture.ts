/**
 * Page furniture removed from an HTML page before Readability looks for the
 * story: navigation, headers and footers, asides, figures and captions,
 * cookie banners, share buttons, ads, "related stories" boxes, newsletter
 * sign-ups, hidden text. Found by tag, ARIA role, and the words of class
 * and id names ("wp-caption-text", "shareBar", "ad-slot").
 */
import type { DomDocument, DomElement } from './html-dom.js';

/** Elements that never hold story text. */
const FURNITURE_TAGS = [
  'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'canvas', 'video', 'audio',
  'form', 'button', 'select', 'input', 'textarea', 'dialog', 'nav', 'aside', 'footer', 'header', 'figure',
  'figcaption', 'picture', 'menu',
];

const FURNITURE_ROLES = ['navigation', 'banner', 'contentinfo', 'complementary', 'dialog', 'alertdialog', 'search', 'menu', 'menubar', 'toolbar'];

/** Short words of class and id names that mark furniture, matched whole. */
const FURNITURE_WORDS = new Set([
  'ad', 'ads', 'adslot', 'adunit', 'dfp', 'cmp', 'gdpr', 'tags', 'taglist', 'menu', 'modal', 'pager', 'subscribe',
  'signup', 'skiplink', 'sronly', 'credit', 'credits',
]);

/**
 * Longer words that mark furniture, matched as the start of a word too:
 * "relatedposts", "sharedaddy", "captioned".
 */
const FURNITURE_PREFIXES = [
  'caption', 'figcaption', 'cookie', 'consent', 'share', 'sharing', 'social', 'advert', 'sponsor', 'promo', 'outbrain',
  'taboola', 'leaderboard', 'related', 'recommend', 'trending', 'popular', 'newsletter', 'breadcrumb', 'pagination',
  'comments', 'disqus', 'sidebar', 'widget', 'toolbar', 'popup', 'overlay', 'byline', 'masthead', 'navbar', 'footer',
  'header', 'pullquote', 'tooltip', 'readmore', 'morestories', 'mostread', 'alsoread', 'visuallyhidden', 'screenreader',
  'offscreen',
];

const isFurnitureWord = (word: string): boolean => FURNITURE_WORDS.has(word) || FURNITURE_PREFIXES.some((prefix) => word.startsWith(prefix));

/** Whole class and id names that hide an element from sight. */
const HIDDEN_NAMES = /^(?:hidden|hide|invisible)$/i;

/**
 * The words of a class or id name, and each two of them run together:
 * "shareBar", "share-bar" and "sharebar" all give "sharebar"; "pull-quote" gives "pullquote".
 */
function nameWords(name: string): string[] {
  const words = name.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase().split(/[-_\d]+/).filter(Boolean);
  return [...words, ...words.slice(1).map((word, index) => `${words[index] as string}${word}`)];
}

function namesOf(element: DomElement): string[] {
  return `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`.split(/\s+/).filter(Boolean);
}

/** Whether an element's class or id names it furniture. */
export function namedFurniture(element: DomElement): boolean {
  return namesOf(element).some((name) => HIDDEN_NAMES.test(name) || nameWords(name).some(isFurnitureWord));
}

/** An element's paragraphs, and the length of their text: what a story is made of. */
function paragraphText(element: DomElement): { paragraphs: number; length: number } {
  const paragraphs = Array.from(element.querySelectorAll('p'));
  return { paragraphs: paragraphs.length, length: paragraphs.reduce((sum, p) => sum + (p.textContent ?? '').trim().length, 0) };
}

/** Whether an element holds much of the page's story: several paragraphs, and 40% of the paragraph text. */
function holdsStory(element: DomElement, total: number): boolean {
  const held = paragraphText(element);
  return held.paragraphs >= 2 && held.length > total * 0.4;
}

/**
 * Removes the page's furniture. An element that holds much of the page's
 * story (holdsStory) is kept whatever its name says: a story's wrapper may be
 * called "content-with-sidebar", or be a `<header>` that holds it all.
 *
 * @returns how many elements were removed.
 */
export function removeFurniture(document: DomDocument): number {
  const body = document.body;
  if (!body) return 0;
  const total = paragraphText(body).length;
  const byTag = Array.from(body.querySelectorAll(FURNITURE_TAGS.join(',')));
  const byRole = Array.from(body.querySelectorAll(FURNITURE_ROLES.map((role) => `[role="${role}" i]`).join(',')));
  const hidden = Array.from(body.querySelectorAll('[hidden],[aria-hidden="true"]'));
  const byName = Array.from(body.querySelectorAll('[class],[id]')).filter(namedFurniture);
  let removed = 0;
  for (const element of [...byTag, ...byRole, ...hidden, ...byName]) {
    // Removed already with an ancestor.
    if (!attached(element, body)) continue;
    const neverText = /^(?:SCRIPT|STYLE|NOSCRIPT|TEMPLATE|SVG)$/i.test(element.tagName);
    if (!neverText && holdsStory(element, total)) continue;
    element.remove();
    removed++;
  }
  return removed;
}

function attached(element: DomElement, root: DomElement): boolean {
  for (let node = element.parentNode; node; node = node.parentNode) if (node === root) return true;
  return false;
}


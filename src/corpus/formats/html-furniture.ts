/**
 * Page furniture removed from an HTML page before Readability looks for the
 * story: navigation, headers and footers, asides, figures and captions,
 * cookie banners, share buttons, ads, "related stories" boxes, newsletter
 * sign-ups, hidden text. Found by tag, ARIA role, and the words of class
 * and id names ("wp-caption-text", "shareBar", "ad-slot").
 */
import { isElement, TEXT_NODE, type DomDocument, type DomElement, type DomNode } from './html-dom.js';

/** Elements that are page furniture, unless they hold the story (storyContainer). */
const FURNITURE_TAGS = [
  'iframe', 'object', 'embed', 'canvas', 'video', 'audio',
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
  'header', 'pullquote', 'tooltip', 'popover', 'hovercard', 'flyout', 'readmore', 'morestories', 'mostread', 'alsoread', 'visuallyhidden', 'screenreader',
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

/** Elements whose text is never read: removed before any other, so their text weighs nothing. */
const NEVER_TEXT = 'script, style, noscript, template, svg';

const linkText = (element: DomElement): number => Array.from(element.querySelectorAll('a')).reduce((sum, a) => sum + (a.textContent ?? '').length, 0);

/** Paragraphs and their text outside links, by the element they stand in. */
type Tally = Map<DomNode, { paragraphs: number; length: number }>;

function tally(scores: Tally, parent: DomNode | null, paragraphs: number, length: number): void {
  if (!parent) return;
  const score = scores.get(parent) ?? { paragraphs: 0, length: 0 };
  scores.set(parent, { paragraphs: score.paragraphs + paragraphs, length: score.length + length });
}

/**
 * Where the story stands: the element whose own paragraphs (`<p>` children,
 * or runs of text between `<br>`s) hold the most text outside links, of
 * those with two paragraphs at least. Null when no element has two.
 */
export function storyContainer(body: DomElement): DomNode | null {
  const scores: Tally = new Map();
  for (const p of Array.from(body.querySelectorAll('p'))) tally(scores, p.parentNode, 1, (p.textContent ?? '').length - linkText(p));
  const broken = new Set(Array.from(body.querySelectorAll('br')).map((br) => br.parentNode));
  for (const parent of broken) {
    const runs = Array.from(parent?.childNodes ?? []).filter((node) => node.nodeType === TEXT_NODE && /\p{L}/u.test(node.textContent ?? ''));
    tally(scores, parent, runs.length, runs.reduce((sum, run) => sum + (run.textContent ?? '').length, 0));
  }
  let best: DomNode | null = null;
  let bestLength = 0;
  for (const [parent, score] of scores) {
    if (score.paragraphs >= 2 && score.length > bestLength) [best, bestLength] = [parent, score.length];
  }
  return best;
}

/**
 * Removes the page's furniture, except an element that holds the story
 * (storyContainer) whatever its name says: a story's wrapper may be called
 * "content-with-sidebar", or "widget", or be a `<header>` that holds it all.
 *
 * @returns how many elements were removed.
 */
export function removeFurniture(document: DomDocument): number {
  const body = document.body;
  if (!body) return 0;
  for (const element of Array.from(body.querySelectorAll(NEVER_TEXT))) element.remove();
  const story = storyContainer(body);
  const byTag = Array.from(body.querySelectorAll(FURNITURE_TAGS.join(',')));
  const byRole = Array.from(body.querySelectorAll(FURNITURE_ROLES.map((role) => `[role="${role}" i]`).join(',')));
  const hidden = Array.from(body.querySelectorAll('[hidden],[aria-hidden="true"]'));
  const byName = Array.from(body.querySelectorAll('[class],[id]')).filter(namedFurniture);
  let removed = removeInlineCards(body);
  for (const element of [...byTag, ...byRole, ...hidden, ...byName]) {
    // Removed already with an ancestor, or holding the story.
    if (!attached(element, body) || (story && contains(element, story))) continue;
    element.remove();
    removed++;
  }
  return removed;
}

/**
 * Pop-up cards inside paragraphs (a hover card on a name: a photo, the full
 * name, links to other stories) are removed: for each image in a paragraph,
 * the nearest element around it that holds two links or more. The name the
 * card pops up from stays in its sentence.
 */
function removeInlineCards(body: DomElement): number {
  let removed = 0;
  for (const image of Array.from(body.querySelectorAll('p img'))) {
    for (let at = image.parentNode; at && at.nodeName !== 'P'; at = at.parentNode) {
      if (isElement(at) && at.querySelectorAll('a').length >= 2) {
        at.remove();
        removed++;
        break;
      }
    }
  }
  return removed;
}

function contains(element: DomElement, node: DomNode): boolean {
  for (let at: DomNode | null = node; at; at = at.parentNode) if (at === element) return true;
  return false;
}

function attached(element: DomElement, root: DomElement): boolean {
  for (let node = element.parentNode; node; node = node.parentNode) if (node === root) return true;
  return false;
}


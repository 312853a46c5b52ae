/**
 * An HTML page's metadata: headline, outlet, byline, date and canonical URL,
 * from what the page says about itself. Each field is taken from the first
 * source that gives it: JSON-LD (a NewsArticle or Article, also inside an
 * `@graph`), then OpenGraph, then other meta tags (author, date, Dublin
 * Core, citation_*, Parse.ly), then `<title>` and `<link rel=canonical>`.
 */
import { toIsoDate } from '../dates.js';
import { checkUrl, isRecord, type JsonRecord } from '../metadata.js';
import type { KnownMeta } from '../prepare.js';
import type { DomDocument } from './html-dom.js';

/** The schema.org types of a news story or a blog post. */
const ARTICLE_TYPE = /^(?:\w+)?(?:Article|BlogPosting|LiveBlogPosting|Report)$/;

/** Meta tags read, by field, in order of trust; names are matched without case. */
const META_NAMES = {
  headline: ['og:title', 'citation_title', 'dc.title', 'parsely-title', 'twitter:title', 'title', 'headline'],
  outlet: ['og:site_name', 'application-name', 'citation_journal_title', 'citation_publisher', 'dc.publisher', 'publisher'],
  byline: ['article:author', 'author', 'byl', 'parsely-author', 'citation_author', 'dc.creator', 'sailthru.author'],
  published: [
    'article:published_time', 'datepublished', 'pubdate', 'publishdate', 'publish-date', 'date', 'dc.date', 'dc.date.issued',
    'dcterms.issued', 'dcterms.created', 'citation_publication_date', 'citation_date', 'citation_online_date', 'parsely-pub-date',
    'sailthru.date', 'og:published_time',
  ],
  url: ['og:url', 'citation_public_url', 'citation_abstract_html_url', 'parsely-link'],
} as const;

/** Every JSON object in the page's JSON-LD blocks, `@graph` members and arrays flattened; blocks that are not JSON are passed over. */
function jsonLdNodes(document: DomDocument): JsonRecord[] {
  const nodes: JsonRecord[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (isRecord(value)) {
      nodes.push(value);
      if (value['@graph'] !== undefined) visit(value['@graph']);
    }
  };
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json" i]'))) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // Pages often carry broken JSON-LD; the other metadata still describes them.
    }
  }
  return nodes;
}

function typesOf(node: JsonRecord): string[] {
  const type = node['@type'];
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string');
}

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value.replace(/\s+/g, ' ').trim() : null);

/** A JSON-LD value: a string, a node's name or @id, or a node given by reference (`{"@id": "#org"}`) looked up in the page. */
function resolve(value: unknown, byId: Map<string, JsonRecord>): JsonRecord | string | null {
  if (typeof value === 'string') return text(value);
  if (Array.isArray(value)) return resolve(value[0], byId);
  if (!isRecord(value)) return null;
  const id = text(value['@id']);
  return (value.name === undefined && id ? byId.get(id) : undefined) ?? value;
}

function nameOf(value: unknown, byId: Map<string, JsonRecord>): string | null {
  const resolved = resolve(value, byId);
  return typeof resolved === 'string' ? resolved : resolved ? text(resolved.name) : null;
}

/** "Jane Roe", "Jane Roe and Tom Varga", "Jane Roe, Tom Varga and Nora Quill". */
function joinNames(names: readonly string[]): string | null {
  const unique = [...new Set(names)];
  if (unique.length <= 1) return unique[0] ?? null;
  return `${unique.slice(0, -1).join(', ')} and ${unique.at(-1) as string}`;
}

/** A byline as a name: "By Jane Roe" is "Jane Roe"; a link to an author's page is not a name. */
function bylineName(value: string | null): string | null {
  if (!value || /^https?:\/\//i.test(value)) return null;
  return value.replace(/^by\s+/i, '').trim() || null;
}

function authorsOf(value: unknown, byId: Map<string, JsonRecord>): string | null {
  const list = Array.isArray(value) ? value : [value];
  return joinNames(list.map((author) => bylineName(nameOf(author, byId))).filter((name): name is string => name !== null));
}

function urlOf(value: unknown, byId: Map<string, JsonRecord>): string | null {
  const resolved = resolve(value, byId);
  const url = typeof resolved === 'string' ? resolved : resolved ? (text(resolved['@id']) ?? text(resolved.url)) : null;
  return url ? checkUrl(url) : null;
}

function fromJsonLd(document: DomDocument): KnownMeta {
  const nodes = jsonLdNodes(document);
  const byId = new Map(nodes.flatMap((node) => (typeof node['@id'] === 'string' ? [[node['@id'], node] as const] : [])));
  const article = nodes.find((node) => typesOf(node).some((type) => ARTICLE_TYPE.test(type)));
  if (!article) return {};
  const known: KnownMeta = {};
  const headline = text(article.headline) ?? text(article.name);
  if (headline) known.headline = headline;
  const outlet = nameOf(article.publisher, byId) ?? nameOf(article.sourceOrganization, byId);
  if (outlet) known.outlet = outlet;
  const byline = authorsOf(article.author, byId) ?? authorsOf(article.creator, byId);
  if (byline) known.byline = byline;
  const published = [article.datePublished, article.dateCreated].map((value) => publishedDate(text(value))).find((date) => date !== null);
  if (published) known.published = published;
  const url = urlOf(article.url, byId) ?? urlOf(article.mainEntityOfPage, byId);
  if (url) known.url = url;
  return known;
}

/** The content of every `<meta>` by its lower-cased name or property (OpenGraph uses `property`), in page order. */
function metaTags(document: DomDocument): Map<string, string[]> {
  const tags = new Map<string, string[]>();
  for (const meta of Array.from(document.querySelectorAll('meta[content]'))) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop'))?.trim().toLowerCase();
    const content = text(meta.getAttribute('content'));
    if (key && content) tags.set(key, [...(tags.get(key) ?? []), content]);
  }
  return tags;
}

function fromMetaTags(document: DomDocument): KnownMeta {
  const tags = metaTags(document);
  const first = (names: readonly string[]): string | null => names.map((name) => tags.get(name)?.[0]).find((value) => value !== undefined) ?? null;
  const known: KnownMeta = {};
  const headline = first(META_NAMES.headline);
  if (headline) known.headline = headline;
  const outlet = first(META_NAMES.outlet);
  if (outlet && !outlet.startsWith('@')) known.outlet = outlet;
  // A byline name may be given once a name (citation_author is one tag an author).
  const bylineKey = META_NAMES.byline.find((name) => (tags.get(name) ?? []).some((value) => bylineName(value) !== null));
  const byline = bylineKey ? joinNames((tags.get(bylineKey) ?? []).map(bylineName).filter((name): name is string => name !== null)) : null;
  if (byline) known.byline = byline;
  const candidates = [...META_NAMES.published.map((name) => tags.get(name)?.[0]), document.querySelector('time[itemprop~="datePublished" i][datetime]')?.getAttribute('datetime')];
  const published = candidates.map((value) => publishedDate(value ?? null)).find((date) => date !== null);
  if (published) known.published = published;
  const url = META_NAMES.url.map((name) => checkUrl(tags.get(name)?.[0] ?? '')).find((checked) => checked !== null);
  if (url) known.url = url;
  return known;
}

function fromFallbacks(document: DomDocument): KnownMeta {
  const known: KnownMeta = {};
  const title = text(document.querySelector('head title')?.textContent ?? document.querySelector('title')?.textContent);
  if (title) known.headline = title;
  const canonical = checkUrl(document.querySelector('link[rel~="canonical" i][href]')?.getAttribute('href') ?? '');
  if (canonical) known.url = canonical;
  return known;
}

/**
 * A date as ArticleMeta keeps it: ISO when it can be read ("2026/03/04"
 * included), otherwise as given; null for an ISO date that is no calendar
 * date (a placeholder such as "0001-01-01T00:00:00Z"), so the next source is asked.
 */
export function publishedDate(value: string | null): string | null {
  if (!value) return null;
  const dashed = value.trim().replace(/^(\d{4})\/(\d{2})\/(\d{2})/, '$1-$2-$3');
  const iso = toIsoDate(dashed);
  if (iso) return Number(iso.slice(0, 4)) >= 1800 ? iso : null;
  return /^\d{4}-/.test(dashed) ? null : value.trim();
}

/**
 * A headline without the site's name a page title adds to it ("Ferry to run
 * all winter | Kelvale Courier"): cut when it is the outlet's name, or a short
 * tail after a bar.
 */
export function withoutSiteName(headline: string, outlet: string | null): string {
  const match = /^(.+?)\s+[|–—-]\s+([^|–—]+)$/.exec(headline) ?? /^(.+?)\s*\|\s*([^|]+)$/.exec(headline);
  if (!match) return headline;
  const [, story = headline, tail = ''] = match;
  const isOutlet = outlet !== null && tail.trim().toLowerCase() === outlet.toLowerCase();
  const shortAfterBar = /\|/.test(headline) && tail.trim().split(/\s+/).length <= 4;
  return isOutlet || shortAfterBar ? story.trim() : headline;
}

/**
 * The metadata a page gives about itself, for RawArticle.known. Read before
 * the page is changed (Readability removes its scripts, JSON-LD among them).
 *
 * @example
 * readHtmlMetadata(parseDocument('<title>Ferry to run | Kelvale Courier</title><meta property="og:site_name" content="Kelvale Courier">').document)
 * // { headline: 'Ferry to run', outlet: 'Kelvale Courier' }
 */
export function readHtmlMetadata(document: DomDocument): KnownMeta {
  const known: KnownMeta = { ...fromFallbacks(document), ...fromMetaTags(document), ...fromJsonLd(document) };
  if (known.headline) known.headline = withoutSiteName(known.headline, known.outlet ?? null);
  return known;
}

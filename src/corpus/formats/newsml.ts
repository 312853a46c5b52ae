/**
 * A NewsML-G2 document: a `<newsMessage>` of news items, or one
 * `<newsItem>`. Each text item is an article: headline, byline, dateline,
 * date, outlet (copyright holder, else provider), link and id (its guid)
 * from its metadata; the story from its content (inline NITF or XHTML
 * paragraphs, or plain inline text).
 */
import { toIsoDate } from '../dates.js';
import type { KnownMeta, RawArticle } from '../prepare.js';
import type { LoadWarning } from '../types.js';
import type { ArticleFormat, FormatInput } from './format.js';
import { bylineName, datelinePlace, linkOf, paragraphsOf, readDocument } from './news-xml.js';
import { rootElement } from './xml-root.js';
import { lineFinder } from '../lines.js';
import { attribute, childrenNamed, findAll, findFirst, textOf, type XmlElement } from './xml-tree.js';

const firstOf = (...values: (string | null)[]): string | null => values.find((value) => value !== null && value !== '') ?? null;

/** A party (copyright holder, provider, creator): its name, else its literal, else its code's value ("nprov:KLV" as "KLV"). */
function partyName(party: XmlElement | null): string | null {
  if (!party) return null;
  const qcode = attribute(party, 'qcode');
  return firstOf(textOf(childrenNamed(party, 'name')[0]), attribute(party, 'literal'), qcode === null ? null : (qcode.split(':').pop() ?? null));
}

function dateOf(element: XmlElement | null): string | null {
  const given = textOf(element);
  return given === '' ? null : (toIsoDate(given) ?? given);
}

/** The item's web address: a link of its metadata to an http(s) page (its canonical one first). */
function urlOf(item: XmlElement): string | null {
  const links = findAll(findFirst(item, 'itemMeta'), 'link');
  const ordered = [...links.filter((link) => /canonical|self|alternate/i.test(attribute(link, 'rel') ?? '')), ...links];
  for (const link of ordered) {
    const url = linkOf(attribute(link, 'href'));
    if (url) return url;
  }
  return null;
}

function metaOf(item: XmlElement): KnownMeta {
  const itemMeta = findFirst(item, 'itemMeta');
  const contentMeta = findFirst(item, 'contentMeta');
  const known: KnownMeta = {};
  const headline = textOf(findFirst(contentMeta, 'headline'));
  if (headline) known.headline = headline;
  const outlet = firstOf(partyName(findFirst(findFirst(item, 'rightsInfo'), 'copyrightHolder')), partyName(findFirst(itemMeta, 'provider')));
  if (outlet) known.outlet = outlet;
  const published = firstOf(dateOf(findFirst(itemMeta, 'firstCreated')), dateOf(findFirst(contentMeta, 'contentCreated')), dateOf(findFirst(itemMeta, 'versionCreated')));
  if (published) known.published = published;
  const byline = firstOf(bylineName(textOf(findFirst(contentMeta, 'by'))), partyName(findFirst(contentMeta, 'creator')));
  if (byline) known.byline = byline;
  const place = firstOf(datelinePlace(textOf(findFirst(contentMeta, 'dateline'))), partyName(findFirst(contentMeta, 'located')));
  if (place) known.dateline = place;
  const url = urlOf(item);
  if (url) known.url = url;
  return known;
}

/** The story of an item: the paragraphs of its inline XML (NITF or XHTML), else its inline text as written. */
function storyOf(item: XmlElement): string | null {
  const contentSet = findFirst(item, 'contentSet');
  const paragraphs = findAll(contentSet, 'inlineXML').flatMap((inline) => paragraphsOf(inline));
  if (paragraphs.length > 0) return paragraphs.join('\n\n');
  const inline = findFirst(contentSet, 'inlineData');
  const text = inline ? inline.children.filter((child): child is string => typeof child === 'string').join('').trim() : '';
  return text === '' ? null : text;
}

/** Pictures, graphics and packages carry no story: only text items are articles. */
function isTextItem(item: XmlElement): boolean {
  const itemClass = attribute(findFirst(item, 'itemClass'), 'qcode');
  return itemClass === null || /:text$/.test(itemClass);
}

function readNewsMl(input: FormatInput, warnings: LoadWarning[]): RawArticle[] {
  const root = readDocument(input, 'NewsML-G2 document', warnings);
  if (!root) return [];
  const items = root.name === 'newsItem' ? [root] : findAll(root, 'newsItem');
  const texts = items.filter(isTextItem);
  const lineAt = lineFinder(input.text);
  if (texts.length === 0) warnings.push({ file: input.file, message: 'is a NewsML-G2 document with no text item; skipped' });
  return texts.flatMap((item, index) => {
    const line = lineAt(item.start);
    const story = storyOf(item);
    if (story === null) {
      warnings.push({ file: input.file, line, message: `news item ${index + 1} has no story text (no <p> in <inlineXML>, no <inlineData>); skipped` });
      return [];
    }
    const id = attribute(item, 'guid') ?? (texts.length === 1 ? input.id : `${input.id}#${index + 1}`);
    return [{ id, origin: `${input.file}:${line}`, text: story, headlineInText: false, known: metaOf(item) }];
  });
}

export const newsMlFormat: ArticleFormat = {
  name: 'NewsML-G2 document',
  extensions: ['.xml'],
  holdsMany: true,
  claims: (text) => {
    const root = rootElement(text);
    return root === 'newsMessage' || root === 'newsItem';
  },
  read: readNewsMl,
};

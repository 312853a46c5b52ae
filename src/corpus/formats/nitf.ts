/**
 * A NITF document (News Industry Text Format, 3.x): one article, its
 * headline (`hl1`), byline, dateline, body paragraphs, date, outlet, link and
 * id from the document's own elements.
 */
import { toIsoDate } from '../dates.js';
import type { KnownMeta, RawArticle } from '../prepare.js';
import type { LoadWarning } from '../types.js';
import type { ArticleFormat, FormatInput } from './format.js';
import { bylineName, datelinePlace, linkOf, paragraphsOf, readDocument } from './news-xml.js';
import { rootElement } from './xml-root.js';
import { attribute, findFirst, textOf, type XmlElement } from './xml-tree.js';

/** The first of `values` that is there. */
const firstOf = (...values: (string | null)[]): string | null => values.find((value) => value !== null && value !== '') ?? null;

/** A date attribute (`norm`, ISO 8601 basic or extended) or text, as YYYY-MM-DD where it reads as one. */
function dateOf(element: XmlElement | null): string | null {
  const given = firstOf(attribute(element, 'norm'), textOf(element));
  return given === null ? null : (toIsoDate(given) ?? given);
}

/** The byline's name: its `<person>` where it marks one, else its text, its "By" left off. */
function bylineOf(byline: XmlElement | null): string | null {
  const person = textOf(findFirst(byline, 'person'));
  return bylineName(person !== '' ? person : textOf(byline));
}

/** What NITF's head and body.head say of the story. */
function metaOf(root: XmlElement): KnownMeta {
  const docdata = findFirst(root, 'docdata');
  const pubdata = findFirst(root, 'pubdata');
  const dateline = findFirst(root, 'dateline');
  const known: KnownMeta = {};
  const headline = firstOf(textOf(findFirst(root, 'hl1')), textOf(findFirst(root, 'title')));
  if (headline) known.headline = headline;
  const outlet = firstOf(attribute(pubdata, 'name'), attribute(findFirst(docdata, 'doc.copyright'), 'holder'), attribute(findFirst(docdata, 'doc-id'), 'regsrc'));
  if (outlet) known.outlet = outlet;
  const published = firstOf(dateOf(findFirst(docdata, 'date.issue')), dateOf(findFirst(docdata, 'date.release')), dateOf(findFirst(dateline, 'story.date')));
  if (published) known.published = published;
  const byline = bylineOf(findFirst(root, 'byline'));
  if (byline) known.byline = byline;
  const place = firstOf(textOf(findFirst(dateline, 'city')), textOf(findFirst(dateline, 'location')), datelinePlace(textOf(dateline)));
  if (place) known.dateline = place;
  const url = linkOf(attribute(pubdata, 'ex-ref'));
  if (url) known.url = url;
  return known;
}

function readNitf(input: FormatInput, warnings: LoadWarning[]): RawArticle[] {
  const root = readDocument(input, 'NITF document', warnings);
  if (!root) return [];
  const paragraphs = paragraphsOf(findFirst(root, 'body.content'));
  if (paragraphs.length === 0) {
    warnings.push({ file: input.file, message: 'is a NITF document with no body text (no <p> in <body.content>); skipped' });
    return [];
  }
  const id = attribute(findFirst(root, 'doc-id'), 'id-string') ?? input.id;
  return [{ id, origin: input.file, text: paragraphs.join('\n\n'), headlineInText: false, known: metaOf(root) }];
}

export const nitfFormat: ArticleFormat = {
  name: 'NITF document',
  extensions: ['.nitf'],
  read: readNitf,
};

/** A .xml file whose root element is `<nitf>`. */
export const nitfXmlFormat: ArticleFormat = {
  ...nitfFormat,
  extensions: ['.xml'],
  claims: (text) => rootElement(text) === 'nitf',
};

/**
 * The libraries that read other formats, each loaded the first time a file
 * needs it: together they weigh some 60 MB of memory (linkedom alone 25 MB),
 * which a corpus of plain text, or the bot answering from a store, never
 * needs. Loaded synchronously (their CommonJS builds), as reading a corpus is.
 */
import { createRequire } from 'node:module';
import type * as Readability from '@mozilla/readability';
import type * as FeedParser from '@rowanmanning/feed-parser';
import type * as Chardet from 'chardet';
import type * as CsvParse from 'csv-parse/sync';
import type * as FastXmlParser from 'fast-xml-parser';
import type * as Iconv from 'iconv-lite';
import type * as Linkedom from 'linkedom';

const load = createRequire(import.meta.url);

/** A library, loaded at the first call and kept. */
function lazily<T>(name: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= load(name) as T);
}

export const readability = lazily<typeof Readability>('@mozilla/readability');
export const linkedom = lazily<typeof Linkedom>('linkedom');
export const chardet = lazily<typeof Chardet>('chardet');
export const iconv = lazily<typeof Iconv>('iconv-lite');
export const feedParser = lazily<typeof FeedParser>('@rowanmanning/feed-parser');
export const csvParse = lazily<typeof CsvParse>('csv-parse/sync');
export const fastXmlParser = lazily<typeof FastXmlParser>('fast-xml-parser');

/**
 * Saved HTML pages against their clean text: the statements the whole
 * pipeline finds in a page (read as `--corpus page.html` reads it) against
 * those it finds in the page's clean article text (read as a .txt body with
 * no headline line). One definition of a match: the same quotation text,
 * normalised (case, quotation marks, white space, the punctuation at its
 * ends), and the same resolved speaker (the name shown, none for an
 * anonymous or unresolved one). Precision is matched over the page's
 * statements, recall matched over the clean text's.
 */
import path from 'node:path';
import { attributeCorpus, type Statement } from '../../src/attribution/index.js';
import type { AttributionConfig } from '../../src/attribution/config.js';
import { CorpusError, readCorpus, readText } from '../../src/corpus/load.js';
import { prepareArticle } from '../../src/corpus/prepare.js';
import type { Article } from '../../src/corpus/types.js';

/** A saved page and its clean text. */
export interface PagePair {
  id: string;
  page: string;
  clean: string;
}

/** A statement as compared: its words and who said them. */
export interface StatementKey {
  quote: string;
  speaker: string | null;
}

export interface PageComparison {
  id: string;
  reference: number;
  found: number;
  matched: number;
  /** Statements of the clean text the page did not give. */
  missed: StatementKey[];
  /** Statements of the page the clean text does not have. */
  extra: StatementKey[];
  /** What loading the page said about it. */
  warnings: string[];
}

export interface Comparison {
  pages: PageComparison[];
  reference: number;
  found: number;
  matched: number;
  precision: number;
  recall: number;
}

/**
 * A quotation's text for comparing: lower case, without quotation marks or
 * characters that are not seen (soft hyphens, zero-width spaces), white
 * space collapsed, no punctuation at either end.
 *
 * @example normaliseQuote('“We will  rebuild,”') // 'we will rebuild'
 */
export function normaliseQuote(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, '')
    .toLowerCase()
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/["“”„‟«»″]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '');
}

export function statementKey(statement: Statement): StatementKey {
  const name = statement.speaker.anonymous ? null : statement.speaker.name;
  return { quote: normaliseQuote(statement.text), speaker: name ? name.toLowerCase() : null };
}

const keyText = (key: StatementKey): string => `${key.quote}\u0000${key.speaker ?? ''}`;

/** Matches two lists of statements one to one: each statement matches at most one of the other list. */
export function matchStatements(reference: readonly StatementKey[], found: readonly StatementKey[]): { matched: number; missed: StatementKey[]; extra: StatementKey[] } {
  const unmatched = new Map<string, StatementKey[]>();
  for (const key of found) unmatched.set(keyText(key), [...(unmatched.get(keyText(key)) ?? []), key]);
  const missed: StatementKey[] = [];
  let matched = 0;
  for (const key of reference) {
    const same = unmatched.get(keyText(key));
    if (same && same.length > 0) {
      same.pop();
      matched++;
    } else missed.push(key);
  }
  return { matched, missed, extra: [...unmatched.values()].flat() };
}

function byArticle(articles: readonly Article[], config: AttributionConfig): Map<string, StatementKey[]> {
  const keys = new Map<string, StatementKey[]>(articles.map((a) => [a.id, []]));
  for (const statement of attributeCorpus(articles, config).statements) keys.get(statement.articleId)?.push(statementKey(statement));
  return keys;
}

function loadPages(pairs: readonly PagePair[]): { articles: Article[]; warnings: Map<string, string[]> } {
  const warnings = new Map<string, string[]>();
  const note = (file: string, message: string): void => {
    const id = path.parse(file).name;
    warnings.set(id, [...(warnings.get(id) ?? []), message]);
  };
  try {
    const read = readCorpus(pairs.map((pair) => pair.page));
    for (const warning of read.warnings) note(warning.file, warning.message);
    return { articles: read.raws.map(prepareArticle), warnings };
  } catch (error) {
    if (!(error instanceof CorpusError)) throw error;
    for (const warning of error.warnings) note(warning.file, warning.message);
    return { articles: [], warnings };
  }
}

/** The clean texts as articles: bodies without a headline line, as the reference gives them. */
function loadCleanTexts(pairs: readonly PagePair[]): Article[] {
  return pairs.flatMap((pair) => {
    const read = readText(pair.clean);
    return 'text' in read ? [prepareArticle({ id: pair.id, origin: pair.clean, text: read.text, headlineInText: false })] : [];
  });
}

/**
 * Compares the statements of each page with those of its clean text, each
 * side attributed as a corpus of its own.
 *
 * @example
 * const { precision, recall } = comparePages([{ id: 'ferry', page: 'ferry.html', clean: 'ferry.txt' }], loadAttributionConfig());
 */
export function comparePages(pairs: readonly PagePair[], config: AttributionConfig): Comparison {
  const pages = loadPages(pairs);
  const fromPages = byArticle(pages.articles, config);
  const fromClean = byArticle(loadCleanTexts(pairs), config);
  const compared = pairs.map((pair): PageComparison => {
    const reference = fromClean.get(pair.id) ?? [];
    const found = fromPages.get(pair.id) ?? [];
    return { id: pair.id, reference: reference.length, found: found.length, ...matchStatements(reference, found), warnings: pages.warnings.get(pair.id) ?? [] };
  });
  const sum = (pick: (page: PageComparison) => number): number => compared.reduce((total, page) => total + pick(page), 0);
  const reference = sum((page) => page.reference);
  const found = sum((page) => page.found);
  const matched = sum((page) => page.matched);
  return { pages: compared, reference, found, matched, precision: found === 0 ? 0 : matched / found, recall: reference === 0 ? 0 : matched / reference };
}

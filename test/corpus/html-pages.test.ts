/**
 * The measure for HTML: on saved news pages written for the tests
 * (test/fixtures/html-pages, 22 pages in as many layouts, each beside its
 * clean text), the statements found in the pages match those of the clean
 * texts at 95% or better, both ways. See scripts/eval/html-compare.ts for
 * what a match is.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { attributeCorpus } from '../../src/attribution/index.js';
import { parseDocument } from '../../src/corpus/formats/html-dom.js';
import { blockText } from '../../src/corpus/formats/html-text.js';
import { prepareArticle } from '../../src/corpus/prepare.js';
import type { Article } from '../../src/corpus/types.js';
import { loadAttributionConfig } from '../../src/settings/config-files.js';
import { comparePages, matchStatements, normaliseQuote, statementKey, type StatementKey } from '../../scripts/eval/html-compare.js';
import { FIXTURES } from '../helpers.js';

const PAGES = path.join(FIXTURES, 'html-pages');

const pairs = readdirSync(PAGES)
  .filter((name) => name.endsWith('.html'))
  .sort()
  .map((name) => {
    const id = name.slice(0, -'.html'.length);
    return { id, page: path.join(PAGES, name), clean: path.join(PAGES, `${id}.txt`) };
  });

describe('HTML pages against their clean text', () => {
  const comparison = comparePages(pairs, loadAttributionConfig());

  it('has at least 20 pages, every one with statements in its clean text', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(20);
    for (const page of comparison.pages) expect(page.reference, page.id).toBeGreaterThanOrEqual(2);
  });

  it('finds the clean texts\' statements in the pages: precision and recall at least 0.95', () => {
    const differing = comparison.pages.filter((page) => page.missed.length > 0 || page.extra.length > 0);
    process.stdout.write(`html pages: ${comparison.pages.length} pages, ${comparison.reference} statements in the clean texts, ${comparison.found} from the pages, ${comparison.matched} matched; precision ${comparison.precision.toFixed(3)}, recall ${comparison.recall.toFixed(3)}\n`);
    for (const page of differing) process.stdout.write(`  ${page.id}: missed ${JSON.stringify(page.missed)} extra ${JSON.stringify(page.extra)}\n`);
    expect(comparison.precision).toBeGreaterThanOrEqual(0.95);
    expect(comparison.recall).toBeGreaterThanOrEqual(0.95);
  });

  it('is no easy set: read whole (every block of the page, no furniture removed, no Readability), the pages give statements the clean texts do not', () => {
    const config = loadAttributionConfig();
    const keysOf = (articles: Article[]): Map<string, StatementKey[]> => {
      const keys = new Map<string, StatementKey[]>(articles.map((a) => [a.id, []]));
      for (const statement of attributeCorpus(articles, config).statements) keys.get(statement.articleId)?.push(statementKey(statement));
      return keys;
    };
    const whole = keysOf(pairs.map(({ id, page }) => {
      const { document } = parseDocument(readFileSync(page, 'utf8'));
      for (const script of Array.from(document.querySelectorAll('script, style'))) script.remove();
      return prepareArticle({ id, origin: page, text: document.body ? blockText(document.body) : '', headlineInText: false });
    }));
    const clean = keysOf(pairs.map(({ id, clean: file }) => prepareArticle({ id, origin: file, text: readFileSync(file, 'utf8'), headlineInText: false })));
    let matched = 0;
    let found = 0;
    for (const { id } of pairs) {
      matched += matchStatements(clean.get(id) ?? [], whole.get(id) ?? []).matched;
      found += whole.get(id)?.length ?? 0;
    }
    expect(matched / found).toBeLessThan(0.9);
  });

  it('reads every page without a warning', () => {
    expect(comparison.pages.filter((page) => page.warnings.length > 0).map((page) => [page.id, page.warnings])).toEqual([]);
  });
});

describe('matchStatements', () => {
  it('matches the same words (case, quotation marks and white space aside) said by the same person, each once', () => {
    const said = (quote: string, speaker: string | null): { quote: string; speaker: string | null } => ({ quote: normaliseQuote(quote), speaker });
    const result = matchStatements(
      [said('“We will rebuild,”', 'jane roe'), said('We will rebuild', 'jane roe'), said('Not now', 'tom varga')],
      [said('"we will  rebuild"', 'jane roe'), said('Not now', 'nora quill')],
    );
    expect(result.matched).toBe(1);
    expect(result.missed).toEqual([said('We will rebuild', 'jane roe'), said('Not now', 'tom varga')]);
    expect(result.extra).toEqual([said('Not now', 'nora quill')]);
  });
});

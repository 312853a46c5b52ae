/**
 * `npm run eval -- html [--misses N] [--json]`: the saved pages of
 * ../shared/eval/html-dev against their clean text (see html-compare.ts):
 * precision, recall, and the statements that differ, page by page. Skips
 * with a message when the set is absent.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { loadAttributionConfig } from '../../src/settings/config-files.js';
import { comparePages, type Comparison, type PagePair, type StatementKey } from './html-compare.js';
import { EVAL_ROOT } from './sets.js';

export const HTML_DEV = path.join(EVAL_ROOT, 'html-dev');

/** The set's pages, each with its clean text; null when the set is absent. */
export function htmlDevPairs(root = HTML_DEV): PagePair[] | null {
  const pages = path.join(root, 'pages');
  if (!existsSync(pages)) return null;
  return readdirSync(pages)
    .filter((name) => name.endsWith('.html'))
    .sort()
    .map((name) => {
      const id = name.slice(0, -'.html'.length);
      return { id, page: path.join(pages, name), clean: path.join(root, 'clean', `${id}.txt`) };
    })
    .filter((pair) => existsSync(pair.clean));
}

const show = (key: StatementKey): string => `[${key.speaker ?? '∅'}] ${key.quote.slice(0, 110)}`;

function printMisses(comparison: Comparison, limit: number): void {
  let shown = 0;
  for (const page of comparison.pages) {
    if (page.missed.length === 0 && page.extra.length === 0) continue;
    if (shown >= limit) break;
    shown++;
    console.log(`\n- ${page.id.slice(0, 12)}: clean ${page.reference}, page ${page.found}, matched ${page.matched}${page.warnings.length ? ` (${page.warnings.join('; ')})` : ''}`);
    for (const key of page.missed) console.log(`    missed  ${show(key)}`);
    for (const key of page.extra) console.log(`    extra   ${show(key)}`);
  }
}

/** Runs the comparison on html-dev and prints it. */
export function runHtmlEval(options: { misses: number; json: boolean }): void {
  const pairs = htmlDevPairs();
  if (!pairs) {
    console.log(`skipped html: its development set is not in ${HTML_DEV}`);
    return;
  }
  const started = performance.now();
  const comparison = comparePages(pairs, loadAttributionConfig());
  const ms = performance.now() - started;
  const f = (x: number): string => x.toFixed(3);
  const unread = comparison.pages.filter((page) => page.warnings.some((w) => /skipped/.test(w)));
  console.log(`\n== html-dev: ${pairs.length} pages (${unread.length} not read), ${comparison.reference} statements in the clean texts, ${comparison.found} from the pages, ${comparison.matched} matched (same quotation and resolved speaker), ${ms.toFixed(0)} ms`);
  console.log(`precision ${f(comparison.precision)}  recall ${f(comparison.recall)}`);
  const differing = comparison.pages.filter((page) => page.missed.length > 0 || page.extra.length > 0);
  console.log(`pages whose statements differ: ${differing.length}`);
  printMisses(comparison, options.misses);
  if (options.json) console.log(JSON.stringify({ set: 'html-dev', pages: pairs.length, reference: comparison.reference, found: comparison.found, matched: comparison.matched, precision: comparison.precision, recall: comparison.recall }));
}

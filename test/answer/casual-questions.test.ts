import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import { buildCorpusCoverage } from '../../src/retrieval/coverage.js';
import { loadAttributionConfig, loadSynonyms } from '../../src/settings/config-files.js';
import { readSet, scoreCorpus } from '../../scripts/eval/questions.js';
import { BBC, hasBbc, hasReuters, REUTERS } from '../helpers.js';

/**
 * The casual question set (test/fixtures/casual-questions.json) and the set
 * nobody answered (unanswerable-questions.json), judged as `npm run
 * eval:questions` judges them. The floors are the figures last measured: when
 * the sets were written, seeds 29/77 right and 9/16 found=true on the
 * unanswerable set, BBC 34/77 and 5/11; after honest matching and the casual
 * question forms, seeds 46/77 and 1/16, BBC 46/77 and 1/11; with outlet
 * filters, dates, counts, top voices and
 * speakers named with a typo, seeds 68/77, BBC 49/77; with groups, seeds
 * 69/77 and 0/16; with negation scope, short questions needing every word,
 * typos read as the coverage's words, roles and nations, seeds 77/77, BBC
 * 74/77 and 0/11, Reuters 71/75 and 0/11 (222/229, 96.9%). Raise them as
 * the answers improve; the target (issue 10) is >= 95% and 0 found=true.
 */
const answerable = readSet('casual-questions.json');
const unanswerable = readSet('unanswerable-questions.json');

function run(corpus: string, paths: string[]): { right: number; total: number; foundOnNone: number; misses: string } {
  const coverage = buildCorpusCoverage(loadCorpus(paths), loadSynonyms(), loadAttributionConfig());
  const scored = scoreCorpus(coverage, answerable.filter((q) => q.corpus === corpus), unanswerable.filter((q) => q.corpus === corpus));
  const own = scored.filter((s) => s.set === 'answerable');
  return {
    right: own.filter((s) => s.miss === null).length,
    total: own.length,
    foundOnNone: scored.filter((s) => s.set === 'unanswerable' && s.answer.found).length,
    misses: scored.filter((s) => s.miss).map((s) => `${s.expected.question}: ${s.miss?.cause}: ${s.miss?.detail}`).join('\n'),
  };
}

describe('the casual question set', () => {
  it('has at least 200 questions over the three corpora, and at least 30 nobody answered', () => {
    expect(answerable.length).toBeGreaterThanOrEqual(200);
    expect(unanswerable.length).toBeGreaterThanOrEqual(30);
    expect(new Set(answerable.map((q) => q.corpus))).toEqual(new Set(['seeds', 'bbc', 'reuters']));
    expect(unanswerable.every((q) => !q.found)).toBe(true);
  });

  it('on the seeds: no fewer right answers than 77/77, no more than 0 found=true of 16 unanswerable', () => {
    const result = run('seeds', []);
    expect(result.total).toBe(77);
    expect(result.right, result.misses).toBeGreaterThanOrEqual(77);
    expect(result.foundOnNone, result.misses).toBeLessThanOrEqual(0);
  });

  it.skipIf(!hasBbc)('on BBC: no fewer right answers than 74/77, no more than 0 found=true of 11 unanswerable', () => {
    const result = run('bbc', [BBC]);
    expect(result.total).toBe(77);
    expect(result.right, result.misses).toBeGreaterThanOrEqual(74);
    expect(result.foundOnNone, result.misses).toBeLessThanOrEqual(0);
  }, 120_000);

  it.skipIf(!hasReuters)('on Reuters: no fewer right answers than 71/75, no more than 0 found=true of 11 unanswerable', () => {
    const result = run('reuters', [REUTERS]);
    expect(result.total).toBe(75);
    expect(result.right, result.misses).toBeGreaterThanOrEqual(71);
    expect(result.foundOnNone, result.misses).toBeLessThanOrEqual(0);
  }, 300_000);
});

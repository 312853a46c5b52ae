import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answer.js';
import { loadAttributionConfig, loadSynonyms } from '../../src/settings/config-files.js';
import { loadCorpus } from '../../src/corpus/load.js';
import { prepareArticle } from '../../src/corpus/prepare.js';
import { buildCorpusCoverage, buildCoverage } from '../../src/retrieval/coverage.js';

const seeds = buildCorpusCoverage(loadCorpus(), loadSynonyms(), loadAttributionConfig());

describe('one item per statement across outlets', () => {
  it('joins "Yes, there will be overlap ..." (DW) and "There will be overlap ..." (RFE/RL)', () => {
    const cluster = seeds.snapshot.clusters.find((c) => c.text.includes("there will be overlap and that's part of our plan"));
    expect(cluster?.speaker).toBe('Ash Carter');
    expect(cluster?.occurrences.map((o) => o.articleId).sort()).toEqual(['000_d563a54a6b87c5ad', '003_9e694b97f3d1b272']);
  });

  it('joins a quotation with the same words reported without quotation marks (004)', () => {
    const cluster = seeds.snapshot.clusters.find((c) => c.text.startsWith('We have already begun laying the groundwork'));
    expect(cluster?.occurrences.map((o) => o.articleId).sort()).toEqual(['000_d563a54a6b87c5ad', '004_5ef5c482cc9a2e57']);
    expect(cluster?.kind).toBe('direct');
  });

  it('keeps apart different statements of one speaker, and the same words of different speakers', () => {
    const make = (id: string, text: string) => prepareArticle({ id, origin: id, text, headlineInText: false, known: { outlet: id.toUpperCase() } });
    const coverage = buildCoverage(
      [
        make('a', '"Prices will fall next year," Anna Berg said. "Wages will rise," she added.'),
        make('b', '"Prices will fall next year," said Anna Berg.'),
        make('c', '"Prices will fall next year," Tom Lind said.'),
      ],
      loadSynonyms(),
    );
    const answer = answerQuestion(coverage, 'Which outlets reported that prices will fall next year?');
    const bySpeaker = new Map(answer.quotes.map((q) => [q.speaker, q.sources.map((s) => s.outlet)]));
    expect(bySpeaker.get('Anna Berg')).toEqual(['A', 'B']);
    expect(bySpeaker.get('Tom Lind')).toEqual(['C']);
    expect(answer.quotes.some((q) => q.text === 'Wages will rise')).toBe(false);
  });
});

describe('an article that repeats a quotation', () => {
  it('gives one statement, not two', () => {
    const make = (id: string, text: string) => prepareArticle({ id, origin: id, text, headlineInText: false, known: { outlet: id.toUpperCase() } });
    const coverage = buildCoverage([make('a', '"Prices will fall next year," Anna Berg said on Monday.\n\nThe ministry repeated her words. "Prices will fall next year," Anna Berg said.')], loadSynonyms());
    const answer = answerQuestion(coverage, 'Who said prices will fall next year?');
    expect(answer.quotes.map((q) => q.text)).toEqual(['Prices will fall next year']);
  });
});

describe('a statement two articles carry beside a shorter one', () => {
  it('joins the statement with the same words, not the first close one', () => {
    const make = (id: string, text: string) => prepareArticle({ id, origin: id, text, headlineInText: false, known: { outlet: id.toUpperCase() } });
    const long = '"The ferry will run all winter. It will not stop in the storms, and it will carry the mail," Anna Berg said.';
    const short = '"The ferry will run all winter," Anna Berg said.';
    const coverage = buildCoverage([make('a', `${short}\n\n${long}`), make('b', `${short}\n\n${long}`)], loadSynonyms());
    const answer = answerQuestion(coverage, 'Who said the ferry will not stop in the storms?');
    expect(answer.quotes.map((q) => q.sources.map((s) => s.id))).toEqual([['a', 'b']]);
  });
});

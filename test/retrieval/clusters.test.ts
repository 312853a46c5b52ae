import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answer.js';
import { loadAttributionConfig, loadSynonyms } from '../../src/settings/config-files.js';
import { loadCorpus } from '../../src/corpus/load.js';
import { prepareArticle } from '../../src/corpus/prepare.js';
import { attributeArticle, extendAttributions, type Statement } from '../../src/attribution/index.js';
import { clusterStatements, regroupClusters, SAME_STATEMENT_OVERLAP } from '../../src/retrieval/clusters.js';
import type { QuoteCluster } from '../../src/retrieval/snapshot.js';
import { buildCorpusCoverage, buildCoverage } from '../../src/retrieval/coverage.js';
import { createNormaliser, type Normaliser } from '../../src/retrieval/normalise.js';

const seeds = buildCorpusCoverage(loadCorpus(), loadSynonyms(), loadAttributionConfig());

describe('one item per statement across outlets', () => {
  it('joins "Yes, there will be overlap ..." (DW) and "There will be overlap ..." (RFE/RL)', () => {
    const cluster = seeds.clusters().find((c) => c.text.includes("there will be overlap and that's part of our plan"));
    expect(cluster?.speaker).toBe('Ash Carter');
    expect(cluster?.occurrences.map((o) => o.articleId).sort()).toEqual(['000_d563a54a6b87c5ad', '003_9e694b97f3d1b272']);
  });

  it('joins a quotation with the same words reported without quotation marks (004)', () => {
    const cluster = seeds.clusters().find((c) => c.text.startsWith('We have already begun laying the groundwork'));
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

describe('clustering one speaker\'s statements: each joins the first group with its very words, else the first holding one it repeats', () => {
  const said = (articleId: string, text: string): Statement => ({
    articleId, text, start: 0, end: text.length, kind: 'direct', cue: null,
    speaker: { mention: null, name: 'Tom Varga', role: null, anonymous: false, entity: 'person:tom varga' },
  });

  /** The rule written plainly (the same words first, then every earlier statement compared), to check the faster grouping against. */
  function reference(statements: readonly Statement[], normaliser: Normaliser): string[][] {
    const terms = statements.map((s) => new Set(normaliser.terms(s.text)));
    const groups: number[][] = [];
    statements.forEach((statement, index) => {
      const own = terms[index] ?? new Set<string>();
      const repeats = (other: number): boolean => {
        const earlier = statements[other] as Statement;
        if (earlier.articleId === statement.articleId) return earlier.text === statement.text;
        const theirs = terms[other] ?? new Set<string>();
        if (Math.min(own.size, theirs.size) < 3) return earlier.text.toLowerCase() === statement.text.toLowerCase();
        const [small, large] = own.size <= theirs.size ? [own, theirs] : [theirs, own];
        return [...small].filter((term) => large.has(term)).length / small.size >= SAME_STATEMENT_OVERLAP;
      };
      const same = statement.text.toLowerCase();
      const home = groups.find((group) => group.some((other) => (statements[other] as Statement).text.toLowerCase() === same)) ?? groups.find((group) => group.some(repeats));
      if (home) home.push(index);
      else groups.push([index]);
    });
    return groups.map((group) => group.map((index) => `${statements[index]?.articleId}:${statements[index]?.text}`));
  }

  it('gives the same groups as the plain rule, a later statement joining an earlier group included', () => {
    const normaliser = createNormaliser({ groups: [] });
    const statements = [
      said('a', 'The Kelvale harbour will close in May'),
      said('a', 'Acme will open a plant in Springfield'),
      said('a', 'The Kelvale harbour will close in May'), // a repeat in its own article
      said('b', 'Acme will open its new plant in Springfield soon'), // close wording, another article: joins group 2
      said('b', 'The Kelvale harbour will close in May, as planned'), // joins group 1, after a statement of group 2
      said('c', 'The Kelvale harbour will close in May'),
      said('c', 'Acme will open a plant in Springfield'),
      said('a', 'Acme will open a plant in Springfield'),
      said('a', 'Taxes will rise'), // few terms: the same words only
      said('b', 'taxes will rise'),
      said('c', 'Taxes rise'),
      said('a', 'Freedonia will join the talks'),
    ];
    const clusters = clusterStatements(statements, normaliser);
    expect(clusters.map((c) => c.occurrences.map((o) => `${o.articleId}:${o.text}`))).toEqual(reference(statements, normaliser));
    expect(clusters).toHaveLength(5);
  });

  it('gives the same groups as the plain rule on statements drawn at random from a few words in six articles', () => {
    const words = ['harbour', 'ferry', 'bridge', 'tolls', 'winter', 'plant', 'council', 'budget', 'kelvale', 'ostby'];
    let state = 5; // a draw where an article lists a later group's statement before an earlier group's one that matches (stopping at the later one fails it)
    const next = (): number => (state = (state * 1103515245 + 12345) % 2147483648);
    const statements = Array.from({ length: 300 }, () => {
      const count = 3 + (next() % 3);
      return said('abcdef'[next() % 6] as string, Array.from({ length: count }, () => words[next() % words.length]).join(' '));
    });
    const normaliser = createNormaliser({ groups: [] });
    const clusters = clusterStatements(statements, normaliser);
    expect(clusters.map((c) => c.occurrences.map((o) => `${o.articleId}:${o.text}`))).toEqual(reference(statements, normaliser));
  });

  it('keeps an article\'s own repeats of one long article together, one group a distinct statement', () => {
    const normaliser = createNormaliser({ groups: [] });
    const texts = ['The Ostby ferry will run all winter', 'Tolls on the bridge will stay the same', 'The pier opens in May'];
    const statements = Array.from({ length: 600 }, (_, index) => said('long', `${texts[index % 3]}${index % 5 === 0 ? '' : ` (${index % 4})`}`));
    const clusters = clusterStatements(statements, normaliser);
    expect(clusters.map((c) => c.occurrences.map((o) => `${o.articleId}:${o.text}`))).toEqual(reference(statements, normaliser));
  });
});

describe('clusters regrouped after articles are added and removed', () => {
  const normaliser = createNormaliser(loadSynonyms());
  const make = (id: string, text: string) => prepareArticle({ id, origin: id, text, headlineInText: false, known: { outlet: id.toUpperCase() } });
  const ARTICLES = {
    a: '"The ferry will run all winter despite the storms," said Jane Roe, the harbour master. "Tickets will cost less," Roe said.',
    b: '"Our fleet is old," said Tom Varga, the mayor.',
    c: '"Yes, the ferry will run all winter," said Jane Roe. "The ferry tickets will cost less this winter," Roe added.',
    d: '"Tickets will cost less," said Jane Roe, a harbour official.',
    e: '"The ferry will run all winter and tickets will cost less this winter," said Jane Roe.',
  };
  const order = ['a', 'b', 'c', 'd', 'e'];
  const attributed = (ids: readonly string[]) => extendAttributions([], ids.map((id) => attributeArticle(make(id, ARTICLES[id as keyof typeof ARTICLES]))));
  /** A clustering as what users see: each group's occurrences and wording. */
  const shape = (clusters: readonly QuoteCluster[]) =>
    clusters.map((c) => `${c.text} <- ${c.occurrences.map((o) => `${o.articleId}@${o.start}`).join(', ')}`).sort();

  it('groups as clustering every statement again does, an article added in the middle and one removed', () => {
    const before = attributed(['a', 'b', 'd', 'e']);
    const earlier = clusterStatements(before.statements, normaliser, before.entities);
    const all = attributed(['a', 'b', 'c', 'e']);
    const added = all.statements.filter((statement) => statement.articleId === 'c');
    const { replaced, added: made } = regroupClusters(
      added,
      new Set(['d']),
      { of: (id) => earlier.filter((c) => c.entity === id), inArticle: (id) => earlier.filter((c) => c.occurrences.some((o) => o.articleId === id)) },
      { normaliser, entities: all.entities, position: (id) => order.indexOf(id), firstId: earlier.length },
    );
    const now = [...earlier.filter((c) => !replaced.has(c.id)), ...made];
    expect(shape(now)).toEqual(shape(clusterStatements(all.statements, normaliser, all.entities)));
    // Tom Varga's statement is not touched: his cluster is kept as it was.
    const varga = earlier.find((c) => c.entity === 'person:tom varga');
    expect(replaced.has(varga?.id as number)).toBe(false);
    expect(made.map((c) => c.id)).toEqual(made.map((_, index) => earlier.length + index));
  });

  it('keeps a speaker\'s clusters that come out of regrouping as they were', () => {
    const before = attributed(['a', 'b']);
    const earlier = clusterStatements(before.statements, normaliser, before.entities);
    const more = attributeArticle(make('f', '"Our fleet is old," said Tom Varga.'));
    const all = extendAttributions(before.entities, [more]);
    const { replaced, added } = regroupClusters(all.statements, new Set(), { of: (id) => earlier.filter((c) => c.entity === id), inArticle: () => [] }, {
      normaliser, entities: all.entities, position: (id) => ['a', 'b', 'f'].indexOf(id), firstId: earlier.length,
    });
    const varga = earlier.find((c) => c.entity === 'person:tom varga');
    expect([...replaced]).toEqual([varga?.id]);
    expect(added.map((c) => c.occurrences.map((o) => o.articleId))).toEqual([['b', 'f']]);
  });
});

import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answer.js';
import { loadAttributionConfig, loadSynonyms } from '../../src/settings/config-files.js';
import { loadCorpus } from '../../src/corpus/load.js';
import { prepareArticle } from '../../src/corpus/prepare.js';
import { attributeArticle, extendAttributions, type Statement } from '../../src/attribution/index.js';
import { clusterStatements, regroupClusters } from '../../src/retrieval/clusters.js';
import { weightsAmong } from '../../src/retrieval/same-remark.js';
import type { QuoteCluster } from '../../src/retrieval/snapshot.js';
import { buildCorpusCoverage, buildCoverage } from '../../src/retrieval/coverage.js';
import { createNormaliser } from '../../src/retrieval/normalise.js';

const seeds = buildCorpusCoverage(loadCorpus(), loadSynonyms(), loadAttributionConfig());

describe('one item per statement across outlets', () => {
  it('joins "Yes, there will be overlap ..." (DW), "There will be overlap ..." (RFE/RL), their paraphrases and partial quotations', () => {
    const cluster = seeds.clusters().find((c) => c.text.includes("there will be overlap and that's part of our plan"));
    expect(cluster?.speaker).toBe('Ash Carter');
    expect(cluster?.occurrences.map((o) => o.articleId.slice(0, 3)).sort()).toEqual(['000', '000', '001', '001', '003', '003']);
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

describe('one remark however each article words it (same-remark.ts)', () => {
  const normaliser = createNormaliser({ groups: [] });
  let place = 0;
  const said = (articleId: string, text: string, kind: Statement['kind'] = 'direct'): Statement => {
    place += 1000;
    return {
      articleId, text, start: place, end: place + text.length, kind, cue: null,
      speaker: { mention: null, name: 'Tom Varga', role: null, anonymous: false, entity: 'person:tom varga' },
    };
  };
  /** Each group's wordings, as users see them. */
  const grouped = (statements: readonly Statement[]) => clusterStatements(statements, normaliser).map((c) => c.occurrences.map((o) => o.text));
  /** Statements of the speaker on the harbour, the topic every one of them shares. */
  const topic = (articleId: string) => [
    said(articleId, 'The Kelvale harbour budget is balanced this year'),
    said(articleId, 'Kelvale harbour staff will get a raise'),
    said(articleId, 'The Kelvale harbour board meets on the first day of each month', 'indirect'),
  ];

  it('joins a paraphrase in another article that shares the remark\'s rare words, not only the topic\'s', () => {
    const statements = [
      ...topic('a'),
      said('a', 'Kelvale harbour staff say Ostby divers do the dredging'),
      ...topic('b'),
      said('b', 'the dredging will fall to Ostby divers, with a crane from Springfield and barges from Acme', 'indirect'),
    ];
    const groups = grouped(statements);
    expect(groups).toContainEqual(['Kelvale harbour staff say Ostby divers do the dredging', 'the dredging will fall to Ostby divers, with a crane from Springfield and barges from Acme']);
  });

  it('keeps apart the same thing said in other words months later (another occasion), not the same words quoted again', () => {
    const published: Record<string, string> = { a: '2026-03-02', b: '2026-03-04', c: '2026-09-10' };
    const paraphrase = 'the dredging will fall to Ostby divers, with a crane from Springfield and barges from Acme';
    const statements = [
      ...topic('a'), said('a', 'Kelvale harbour staff say Ostby divers do the dredging'),
      ...topic('b'), said('b', paraphrase, 'indirect'),
      ...topic('c'), said('c', 'Ostby divers will again do the Kelvale dredging, with barges from Acme', 'indirect'), said('c', 'Kelvale harbour staff say Ostby divers do the dredging'),
    ];
    const groups = clusterStatements(statements, normaliser, [], (id) => published[id] ?? null).map((c) => c.occurrences.map((o) => `${o.articleId}: ${o.text.slice(0, 20)}`));
    expect(groups).toContainEqual(['a: Kelvale harbour staf', 'b: the dredging will fa', 'c: Kelvale harbour staf']);
    expect(groups).toContainEqual(['c: Ostby divers will ag']);
    // The same words with other punctuation, and a date with its time and zone, are as written.
    const again = clusterStatements(
      [said('a', 'We’re not going to close the Kelvale harbour this winter.'), said('c', "We're not going to close the Kelvale harbour this winter"), said('d', 'the Kelvale harbour would not close this winter', 'indirect')],
      normaliser, [], (id) => ({ a: '2026-03-01', c: '2026-09-10', d: '2026-03-08T23:30:00-05:00' })[id] ?? null,
    ).map((c) => c.occurrences.map((o) => o.articleId));
    expect(again).toEqual([['a', 'c', 'd']]);
  });

  it('keeps apart two remarks on one topic that share only the topic\'s words', () => {
    const statements = [...topic('a'), said('a', 'Kelvale harbour fees will double for yachts'), ...topic('b'), said('b', 'Kelvale harbour lighting will be replaced by spring')];
    expect(grouped(statements).filter((group) => group.some((text) => /fees|lighting/.test(text)))).toHaveLength(2);
  });

  it('joins, in one article, a partial quotation with the quotation of rare words it repeats', () => {
    const statements = [
      ...topic('a'),
      said('a', 'the two projects would "dovetail."', 'mixed'),
      said('a', 'They will dovetail and that is by design'),
    ];
    expect(grouped(statements)).toContainEqual(['the two projects would "dovetail."', 'They will dovetail and that is by design']);
  });

  it('does not join a partial quotation to a statement holding its stem in another form ("interesting", "interest")', () => {
    const statements = [...topic('a'), ...topic('b'), said('a', 'the council faced an "interesting" summer', 'mixed'), said('b', 'Interest on the harbour loan will stay low for some time')];
    expect(grouped(statements).find((group) => group.some((text) => text.includes('"interesting"')))).toEqual(['the council faced an "interesting" summer']);
  });

  it('does not join by a scare-quoted word that many statements use', () => {
    const fair = ['The Kelvale levy is fair', 'A fair deal for Ostby is close', 'Fair pay comes first', 'The toll is fair to drivers'].map((text, k) => said(`f${k}`, text));
    const statements = [...topic('a'), ...topic('b'), ...fair, said('a', 'the new ferry timetable was "fair"', 'mixed'), said('a', 'The ferry timetable change is fair to commuters and nobody lost a sailing')];
    const groups = grouped(statements);
    expect(groups.find((group) => group.some((text) => text.includes('"fair"')))).toEqual(['the new ferry timetable was "fair"']);
  });

  it('joins a paraphrase that points back at what the speaker just said ("that has been the plan"), not a quotation doing so', () => {
    const first = said('a', 'the pier and the bridge works would run at the same time', 'indirect');
    const back = { ...said('a', 'that has been the plan since May', 'indirect'), start: first.end + 20, end: first.end + 52 };
    const quoted = said('b', 'the Kelvale ferry will carry bicycles free of charge', 'indirect');
    const direct = { ...said('b', "That's a big number for Kelvale", 'direct'), start: quoted.end + 20, end: quoted.end + 51 };
    const groups = grouped([...topic('a'), first, back, ...topic('b'), quoted, direct]);
    expect(groups).toContainEqual(['the pier and the bridge works would run at the same time', 'that has been the plan since May']);
    expect(groups).toContainEqual(["That's a big number for Kelvale"]);
  });

  it('keeps apart a report worded alike for another month, figures that differ in words alike only in part, and a rise from a fall', () => {
    const months = grouped([said('a', 'The Kelvale price index rose 2 pct in February from a year earlier'), said('b', 'The Kelvale price index rose 2 pct in March from a year earlier')]);
    expect(months).toHaveLength(2);
    const sales = grouped([said('a', 'Acme sales rose 5 pct to 300 mln dlrs in the quarter'), said('b', 'Acme sales rose 7 pct to 410 mln dlrs on higher exports and prices in the quarter')]);
    expect(sales).toHaveLength(2);
    const ways = grouped([said('a', 'Acme sales in Kelvale rose 5 pct in the quarter'), said('b', 'Acme sales in Kelvale fell 5 pct in the quarter')]);
    expect(ways).toHaveLength(2);
  });

  it('keeps apart a weekly report filled with another week\'s figures, however many figures the weeks share', () => {
    const weeks = grouped([
      ...topic('a'), ...topic('b'),
      said('a', 'Kelvale roastings of green coffee in the week ended March 7 were about 325,000 (60-kilo) bags, including 20,000 bags of decaf'),
      said('b', 'Kelvale roastings of green coffee in the week ended March 21 were about 250,000 (60-kilo) bags, including 20,000 bags of decaf'),
    ]);
    expect(weeks.filter((group) => group.some((text) => text.includes('roastings')))).toHaveLength(2);
    // The same figures reworded are one remark.
    const notes = grouped([
      ...topic('a'), ...topic('b'),
      said('a', 'Acme would buy back the Kelvale notes at 1,090.94 dlrs per each 1,000 dlr note'),
      said('b', 'the Kelvale notes will be redeemable for 1,090.94 dlrs for each 1,000 dlrs'),
    ]);
    expect(notes.filter((group) => group.some((text) => text.includes('1,090.94')))).toHaveLength(1);
  });

  it('joins a remark whose one figure another article changed, its words alike', () => {
    const groups = grouped([said('a', 'The council will hire 40 new teachers for the Kelvale schools next year'), said('b', 'The council will hire 45 new teachers for the Kelvale schools next year')]);
    expect(groups).toHaveLength(1);
  });

  it('does not chain: a statement joins a group only when it is one remark with half its wordings', () => {
    const statements = [
      said('a', 'Ferry fares rise in May for cars and vans'),
      said('b', 'Ferry fares rise in May for cars, vans and bicycles'),
      said('c', 'fares for vans and bicycles and lorries go up', 'indirect'),
      said('d', 'bicycles and lorries and buses will pay more at the pier', 'indirect'),
    ];
    const groups = grouped(statements);
    expect(groups.find((group) => group.includes('bicycles and lorries and buses will pay more at the pier'))).toEqual(['bicycles and lorries and buses will pay more at the pier']);
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
      { normaliser, weights: weightsAmong(all.statements.map((statement) => statement.text), normaliser), entities: all.entities, position: (id) => order.indexOf(id), firstId: earlier.length },
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
      normaliser, weights: weightsAmong(all.statements.map((statement) => statement.text), normaliser), entities: all.entities, position: (id) => ['a', 'b', 'f'].indexOf(id), firstId: earlier.length,
    });
    const varga = earlier.find((c) => c.entity === 'person:tom varga');
    expect([...replaced]).toEqual([varga?.id]);
    expect(added.map((c) => c.occurrences.map((o) => o.articleId))).toEqual([['b', 'f']]);
  });
});

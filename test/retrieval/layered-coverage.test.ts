import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answer.js';
import { readCorpus } from '../../src/corpus/load.js';
import { buildCompactIndexData, openCompactIndex } from '../../src/retrieval/compact-index.js';
import { segmentedSearch } from '../../src/retrieval/embedded/layered-coverage.js';
import { ingestEmbedded, type EmbeddedIngest } from '../../src/retrieval/embedded/store.js';
import { statementOptions } from '../../src/retrieval/search-index.js';
import type { Coverage } from '../../src/retrieval/coverage.js';
import type { QuoteCluster } from '../../src/retrieval/snapshot.js';
import { createNormaliser } from '../../src/retrieval/normalise.js';
import { loadConfigFiles } from '../../src/settings/config-files.js';
import { everySpeaker } from '../helpers/every-speaker.js';

const folders: string[] = [];
const fresh = (prefix: string): string => {
  const folder = mkdtempSync(path.join(tmpdir(), prefix));
  folders.push(folder);
  return folder;
};
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

const { synonyms, attribution } = loadConfigFiles();
const normaliser = createNormaliser(synonyms);

const PEOPLE = [
  ['Jane Roe', 'harbour master'],
  ['Tom Varga', 'mayor of Springfield'],
  ['Ana Lindgren', 'Acme spokeswoman'],
  ['Lena Ostby', 'education minister'],
  ['Piet Kelvale', 'union leader'],
] as const;
/** Remarks, each about its own subject in its own words: a quotation and a paraphrase. */
const REMARKS = [
  ['The ferry will run all winter despite the storms', 'the timetable would be printed in the autumn'],
  ['Bridge tolls must rise before the summer season', 'drivers had complained about potholes for years'],
  ['Nobody expected the old mill to close so suddenly', 'two hundred jobs were at risk in the valley'],
  ['Classes start again on Monday with new teachers', 'the roof of the gymnasium had been repaired'],
  ['Our library needs more books and longer opening hours', 'volunteers would run a reading club for children'],
  ['Fishing boats deserve a safer harbour wall', 'the storm damage had cost the fleet dearly'],
  ['Visitors loved the painting exhibition last year', 'a sculpture garden was planned near the river'],
  ['A bigger stadium would bring concerts to town', 'parking around the ground was a constant headache'],
] as const;

/** Invented articles: each remark carried by two outlets, by the same person. */
function inventedArticles(count: number): Record<string, string> {
  const articles: Record<string, string> = {};
  for (let i = 0; i < count; i++) {
    const pair = Math.floor(i / 2);
    const [name, role] = PEOPLE[pair % PEOPLE.length] as readonly [string, string];
    const [quotation, paraphrase] = REMARKS[pair % REMARKS.length] as readonly [string, string];
    articles[`story-${String(i).padStart(2, '0')}.txt`] =
      `Report number ${i}\n\n"${quotation}," said ${name}, the ${role}. ${name.split(' ')[1]} said ${paraphrase}.`;
  }
  return articles;
}

/** What a coverage holds, as users meet it, without its numbering: per article its statements and each sentence's context; per speaker their statements. */
function contents(coverage: Coverage) {
  const shown = (cluster: QuoteCluster | undefined) => `${cluster?.speaker}: ${cluster?.text} <- ${cluster?.occurrences.map((o) => `${o.articleId}@${o.start}`).join(', ')}`;
  return {
    articles: coverage.articles().map((article) => ({
      id: article.id,
      statements: coverage.statementsIn(article.id),
      clusters: coverage.clustersInArticle(article.id).map(shown).sort(),
      context: coverage.sentencesOf(article.id).map((sentence) => coverage.contextOf(sentence.id).map((link) => `${link.own} ${shown(coverage.cluster(link.cluster))}`).sort()),
    })),
    speakers: everySpeaker(coverage).map((entity) => ({ id: entity.id, count: coverage.statementsBy(entity.id), statements: coverage.clustersOf(entity.id).map(shown) })).sort((a, b) => a.id.localeCompare(b.id)),
    statements: coverage.clusters().map(shown).sort(),
  };
}

function writeCorpus(folder: string, articles: Record<string, string>): void {
  for (const [name, text] of Object.entries(articles)) writeFileSync(path.join(folder, name), text);
}

function ingest(corpus: string, store: string, layerShare = 0.2): EmbeddedIngest {
  return ingestEmbedded(readCorpus([corpus]).raws, { folder: store, normaliser, attribution, layerShare });
}

const QUESTIONS = [
  'Who said the ferry will run all winter?',
  'What did Varga say about the bridge tolls?',
  'Who said the lighthouse will reopen in October?',
  'What did Roe say?',
  'Who talked about jobs at risk in the valley?',
  'What did the harbour master say about the exhibition?',
  'Who said a bigger stadium would bring concerts?',
  'Who said the mill will never close?',
];

describe('a packed coverage with changed articles layered on it', () => {
  it('layers a few added, changed and removed articles, and answers as a rebuild does', () => {
    const corpus = fresh('quotewire-layer-corpus-');
    const store = fresh('quotewire-layer-store-');
    writeCorpus(corpus, inventedArticles(30));
    expect(ingest(corpus, store).origin).toBe('built');
    writeFileSync(
      path.join(corpus, 'story-90.txt'),
      'A lighthouse too\n\n"The lighthouse will reopen in October," Varga said on Monday. "Bridge tolls must rise before the summer," said Varga.',
    );
    writeFileSync(path.join(corpus, 'story-03.txt'), 'The mill again\n\n"The mill will never close," said Ana Lindgren, the Acme spokeswoman.');
    // A changed article that keeps its first remark as it was, and adds one.
    writeFileSync(path.join(corpus, 'story-10.txt'), `${inventedArticles(11)['story-10.txt']} "We will open a second museum," Lindgren added.`);
    rmSync(path.join(corpus, 'story-05.txt'));
    const layered = ingest(corpus, store);
    expect(layered.origin).toBe('layered');
    expect(layered.counts).toMatchObject({ added: 1, changed: 2, removed: 1, articles: 30 });
    const rebuilt = ingest(corpus, fresh('quotewire-layer-rebuilt-'));
    expect(rebuilt.origin).toBe('built');
    for (const question of QUESTIONS) expect(answerQuestion(layered.coverage, question), question).toEqual(answerQuestion(rebuilt.coverage, question));
    expect(layered.coverage.statementCount).toBe(rebuilt.coverage.statementCount);
    expect(contents(layered.coverage)).toEqual(contents(rebuilt.coverage));
  });

  it('joins a new article\'s speaker and remark to those already stored', () => {
    const corpus = fresh('quotewire-layer-corpus-');
    const store = fresh('quotewire-layer-store-');
    writeCorpus(corpus, inventedArticles(30));
    ingest(corpus, store);
    // A third outlet carries Tom Varga's remark about the tolls, naming him by surname only.
    writeFileSync(path.join(corpus, 'story-91.txt'), 'Toll news\n\n"Bridge tolls must rise before the summer season," Mr Varga said on Friday.');
    const { coverage, origin } = ingest(corpus, store);
    expect(origin).toBe('layered');
    const [cluster] = coverage.clustersInArticle('story-91');
    expect(cluster?.entity).toBe('person:tom varga');
    expect(cluster?.occurrences.map((o) => o.articleId)).toEqual(['story-02', 'story-03', 'story-91']);
    expect(coverage.entity('person:tom varga')?.articles).toContain('story-91');
    expect(coverage.cluster(cluster?.id as number)).toEqual(cluster);
    const found = coverage.searchStatements('bridge tolls rise summer season', { among: new Set(coverage.clustersOf('person:tom varga').map((c) => c.id)) });
    expect(found.map((result) => result.id)).toEqual([cluster?.id]);
  });

  it('hides what the articles removed carried: their statements, sentences and speakers\' mentions', () => {
    const corpus = fresh('quotewire-layer-corpus-');
    const store = fresh('quotewire-layer-store-');
    writeCorpus(corpus, inventedArticles(30));
    writeFileSync(path.join(corpus, 'harbour.txt'), 'Harbour news\n\n"The lighthouse keeper retires in spring," said Jane Roe, the harbour master.');
    writeFileSync(path.join(corpus, 'pier.txt'), 'Pier news\n\n"The pier needs new planks," said Oskar Brandvold, a carpenter.');
    const before = ingest(corpus, store).coverage;
    const [gone] = before.clustersInArticle('harbour');
    const [sentence] = before.sentencesOf('harbour');
    expect(gone?.occurrences.map((o) => o.articleId)).toEqual(['harbour']);
    expect(before.clustersOf('person:jane roe').map((c) => c.id)).toContain(gone?.id);
    rmSync(path.join(corpus, 'harbour.txt'));
    rmSync(path.join(corpus, 'pier.txt'));
    const { coverage, origin } = ingest(corpus, store);
    expect(origin).toBe('layered');
    expect(coverage.article('harbour')).toBeUndefined();
    expect(coverage.cluster(gone?.id as number)).toBeUndefined();
    expect(coverage.sentence(sentence?.id as number)).toBeUndefined();
    expect(coverage.searchStatements('lighthouse keeper retires')).toEqual([]);
    expect(coverage.searchSentences('lighthouse keeper retires')).toEqual([]);
    expect(coverage.clusters().map((c) => c.id)).not.toContain(gone?.id);
    expect(coverage.clustersOf('person:jane roe').map((c) => c.id)).not.toContain(gone?.id);
    expect(coverage.statementsBy('person:jane roe')).toBe(before.statementsBy('person:jane roe') - 1);
    expect(coverage.statementCount).toBe(before.statementCount - 2);
    expect(coverage.entity('person:jane roe')?.articles).not.toContain('harbour');
    // A person named only in an article removed is gone; the others are still found where they are listed.
    expect(coverage.entity('person:oskar brandvold')).toBeUndefined();
    expect(coverage.searchSpeakers('Brandvold')).toEqual([]);
    expect(everySpeaker(coverage).map((entity) => entity.id)).toEqual(everySpeaker(ingest(corpus, fresh('quotewire-layer-rebuilt-')).coverage).map((entity) => entity.id));
    for (const name of ['Jane Roe', 'Lindgren', 'Varga']) {
      const [found] = coverage.searchSpeakers(name);
      expect(coverage.speakerAt(found?.id as number)?.name).toContain(name);
    }
  });

  it('rebuilds once the changes pass the share it layers', () => {
    const corpus = fresh('quotewire-layer-corpus-');
    const store = fresh('quotewire-layer-store-');
    writeCorpus(corpus, inventedArticles(30));
    ingest(corpus, store);
    for (const index of [0, 1, 2, 3, 4, 6, 7]) rmSync(path.join(corpus, `story-0${index}.txt`));
    expect(ingest(corpus, store).origin).toBe('built');
  });
});

describe('two segments searched as one index', () => {
  const options = statementOptions(normaliser);
  const texts = [
    'The ferry will run all winter despite the storms',
    'Bridge tolls must rise before the summer season',
    'The ferry timetable will be printed in the autumn',
    'Nobody expected the old mill to close so suddenly',
    'Winter storms closed the harbour for a week',
    'The mill owners blamed the winter for the closure',
    'Tolls on the ferry will rise in the summer',
  ];
  const documents = texts.map((text, id) => ({ id, text }));
  const open = (list: { id: number; text: string }[]) => openCompactIndex(buildCompactIndexData(list, options), options);

  it('scores and orders as one index holding both', () => {
    const whole = open(documents);
    const search = segmentedSearch(open(documents.slice(0, 4)), open(documents.slice(4)), new Set());
    for (const query of ['ferry winter', 'tolls rise summer', 'mill closure', 'wintr storm', 'harbour']) {
      const expected = whole.search(query);
      const got = search(query);
      expect(got.map((result) => result.id), query).toEqual(expected.map((result) => result.id));
      got.forEach((result, index) => expect(result.score).toBeCloseTo(expected[index]?.score as number, 9));
      expect(search(query, { limit: 2 }).map((result) => result.id)).toEqual(expected.slice(0, 2).map((result) => result.id));
    }
  });

  it('leaves out the documents hidden in the first segment, and finds their replacements in the second', () => {
    const replaced = { id: 1, text: 'Bridge tolls will fall after the election' };
    const search = segmentedSearch(open(documents.slice(0, 4)), open([replaced, ...documents.slice(4)]), new Set([1, 3]));
    expect(search('bridge tolls').map((result) => result.id)).toEqual([1, 6]);
    expect(search('tolls summer season').map((result) => result.id)).toEqual([6, 1]);
    expect(search('mill close suddenly').map((result) => result.id)).toEqual([5, 4]);
  });
});

describe('a layered coverage answers as a rebuild does (review)', () => {
  function layeredAndRebuilt(change: (corpus: string) => void) {
    const corpus = fresh('quotewire-layer-corpus-');
    const store = fresh('quotewire-layer-store-');
    writeCorpus(corpus, inventedArticles(30));
    ingest(corpus, store);
    change(corpus);
    const layered = ingest(corpus, store);
    expect(layered.origin).toBe('layered');
    return { layered: layered.coverage, rebuilt: ingest(corpus, fresh('quotewire-layer-rebuilt-')).coverage };
  }

  it('lists a speaker\'s equally reported statements in reading order when a new one is carried before older ones', () => {
    const { layered, rebuilt } = layeredAndRebuilt((corpus) => {
      // Jane Roe's remarks are each carried twice (story-00/01, 10/11, 20/21); a new one, carried twice, comes between the first two.
      for (const name of ['story-05a.txt', 'story-05b.txt']) writeFileSync(path.join(corpus, name), 'Harbour plans\n\n"The lighthouse will reopen in October," said Jane Roe, the harbour master.');
    });
    const question = 'What did Jane Roe say?';
    expect(answerQuestion(layered, question)).toEqual(answerQuestion(rebuilt, question));
  });

  it('lists two speakers of the same words, equally reported, as a rebuild numbers them when the new one is read first', () => {
    const { layered, rebuilt } = layeredAndRebuilt((corpus) => {
      // Tom Varga's remark on the tolls is carried by story-02/03; a new speaker's same words, twice, are read before it.
      for (const name of ['story-01a.txt', 'story-01b.txt']) writeFileSync(path.join(corpus, name), 'Tolls again\n\n"Bridge tolls must rise before the summer season," said Nora Quill, the Freedonia envoy.');
    });
    const question = 'Who said bridge tolls must rise before the summer season?';
    expect(answerQuestion(layered, question)).toEqual(answerQuestion(rebuilt, question));
  });

  it('no longer knows a word only articles removed held', () => {
    const { layered, rebuilt } = layeredAndRebuilt((corpus) => {
      rmSync(path.join(corpus, 'story-14.txt'));
      rmSync(path.join(corpus, 'story-15.txt'));
    });
    // "stadium" was said only in story-14/15 (A bigger stadium would bring concerts to town).
    expect(rebuilt.vocabulary.has('stadium')).toBe(false);
    expect(layered.vocabulary.has('stadium')).toBe(false);
    const question = 'Who said a bigger stadium would bring concerts?';
    expect(answerQuestion(layered, question)).toEqual(answerQuestion(rebuilt, question));
  });
});

describe('a layered coverage attributes as a rebuild does (review)', () => {
  it('no longer gives a bare surname to the one person of that name once an article brings a namesake: it rebuilds', () => {
    const corpus = fresh('quotewire-layer-corpus-');
    const store = fresh('quotewire-layer-store-');
    writeCorpus(corpus, inventedArticles(30));
    writeFileSync(path.join(corpus, 'council.txt'), 'Council news\n\n"The town hall clock will be repaired in May," said Mr Varga.');
    ingest(corpus, store);
    writeFileSync(path.join(corpus, 'school.txt'), 'School news\n\n"The school choir will sing in Kelvale," said Ida Varga, a teacher.');
    const layered = ingest(corpus, store);
    expect(layered.origin).toBe('built');
    // What changed is still told, though the layer the article was first attributed for was given up.
    expect(layered.counts).toMatchObject({ added: 1, changed: 0, removed: 0 });
    const rebuilt = ingest(corpus, fresh('quotewire-layer-rebuilt-')).coverage;
    expect(layered.coverage.clustersInArticle('council').map((c) => c.entity)).toEqual(rebuilt.clustersInArticle('council').map((c) => c.entity));
    for (const question of ['What did Tom Varga say?', 'Who said the town hall clock will be repaired?']) {
      expect(answerQuestion(layered.coverage, question), question).toEqual(answerQuestion(rebuilt, question));
    }
  });
});

describe('a layered coverage of articles read in another order (review)', () => {
  it('orders statements and their outlets as a rebuild of that order does', () => {
    const corpus = fresh('quotewire-layer-corpus-');
    const store = fresh('quotewire-layer-store-');
    writeCorpus(corpus, inventedArticles(30));
    ingest(corpus, store);
    writeFileSync(path.join(corpus, 'story-90.txt'), 'Petrol\n\n"Taxes on petrol are far too high," said Nora Quill, the Freedonia envoy.');
    // The same articles, read in the opposite order (the corpus folders given the other way round, say), and one more.
    const raws = readCorpus([corpus]).raws.reverse();
    const layered = ingestEmbedded(raws, { folder: store, normaliser, attribution, layerShare: 0.2 }).coverage;
    const rebuilt = ingestEmbedded(raws, { folder: fresh('quotewire-layer-rebuilt-'), normaliser, attribution }).coverage;
    expect(contents(layered)).toEqual(contents(rebuilt));
    for (const question of ['What did Jane Roe say?', 'Who said the ferry will run all winter?']) expect(answerQuestion(layered, question), question).toEqual(answerQuestion(rebuilt, question));
  });
});

describe('a layered coverage shows roles as a rebuild does (review)', () => {
  it('shows the role an added article gives a speaker with their earlier statements, which no article gave one', () => {
    const corpus = fresh('quotewire-layer-corpus-');
    const store = fresh('quotewire-layer-store-');
    writeCorpus(corpus, inventedArticles(30));
    writeFileSync(path.join(corpus, 'pier.txt'), 'Pier news\n\nOskar Brandvold said the pier needed new planks before the summer.');
    ingest(corpus, store);
    writeFileSync(path.join(corpus, 'quay.txt'), 'Quay news\n\n"The quay will be rebuilt in Kelvale stone," said Oskar Brandvold, the carpenter.');
    const layered = ingest(corpus, store);
    expect(layered.origin).toBe('layered');
    const rebuilt = ingest(corpus, fresh('quotewire-layer-rebuilt-')).coverage;
    expect(layered.coverage.clustersInArticle('pier').map((c) => c.role)).toEqual(rebuilt.clustersInArticle('pier').map((c) => c.role));
    const question = 'What did Oskar Brandvold say about the pier?';
    expect(answerQuestion(layered.coverage, question)).toEqual(answerQuestion(rebuilt, question));
  });
});

describe('a layered coverage of a changed article with an unnamed source (review)', () => {
  it('takes the source the article now names for a new one, not the one it named before', () => {
    const corpus = fresh('quotewire-layer-corpus-');
    const store = fresh('quotewire-layer-store-');
    writeCorpus(corpus, inventedArticles(30));
    writeFileSync(path.join(corpus, 'pier.txt'), 'Pier news\n\n"The pier needs new planks before the summer," a fisherman said.');
    ingest(corpus, store);
    writeFileSync(path.join(corpus, 'pier.txt'), 'Pier news\n\n"The budget for the pier is spent," a council official said.');
    const layered = ingest(corpus, store);
    expect(layered.origin).toBe('layered');
    const rebuilt = ingest(corpus, fresh('quotewire-layer-rebuilt-')).coverage;
    const sourceOf = (coverage: Coverage) => coverage.entity(coverage.clustersInArticle('pier')[0]?.entity ?? '');
    expect(sourceOf(layered.coverage)).toEqual(sourceOf(rebuilt));
    for (const question of ['What did the fisherman say?', 'What did the council official say?']) {
      expect(answerQuestion(layered.coverage, question), question).toEqual(answerQuestion(rebuilt, question));
    }
  });
});

describe('a layered coverage with a namesake removed (review)', () => {
  it('gives a new bare surname to the one person of that name left', () => {
    const corpus = fresh('quotewire-layer-corpus-');
    const store = fresh('quotewire-layer-store-');
    writeCorpus(corpus, inventedArticles(30));
    writeFileSync(path.join(corpus, 'boats.txt'), 'Boat news\n\n"The regatta moves to Kelvale this year," said Mark Roe, a sailor.');
    ingest(corpus, store);
    rmSync(path.join(corpus, 'boats.txt'));
    writeFileSync(path.join(corpus, 'quay.txt'), 'Quay news\n\n"The quay lights stay on all night," said Ms Roe.');
    const layered = ingest(corpus, store);
    expect(layered.origin).toBe('layered');
    const rebuilt = ingest(corpus, fresh('quotewire-layer-rebuilt-')).coverage;
    expect(layered.coverage.clustersInArticle('quay').map((c) => c.entity)).toEqual(rebuilt.clustersInArticle('quay').map((c) => c.entity));
    for (const question of ['What did Jane Roe say?', 'Who said the quay lights stay on?']) {
      expect(answerQuestion(layered.coverage, question), question).toEqual(answerQuestion(rebuilt, question));
    }
  });
});

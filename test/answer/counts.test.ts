/** "how many ..." and "who was quoted most about ...", on a small invented corpus. */
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answer.js';
import { inventedArticle as article, inventedCoverage, WIRE_STORY } from './invented-coverage.js';

const coverage = inventedCoverage(
  [
    article('a1', 'Freedonia Herald', '"The ferry will run all winter," Jane Roe said.\n\n"The ferry timetable is a mess," said Tom Varga.'),
    article('a2', 'Ostby Post', '"The ferry will run all winter," said Jane Roe.\n\n"The new ferry pier opens in May," Roe said.'),
    article('a3', 'Ostby Post', '"Tolls on the bridge will stay the same," Jane Roe said.'),
  ],
);
const ask = (question: string) => answerQuestion(coverage, question);

describe('how many', () => {
  it('counts the articles and outlets that quoted a speaker', () => {
    const answer = ask('how many articles quoted jane roe');
    expect(answer.intent).toBe('how-many');
    expect(answer.counted).toEqual({ articles: 3, outlets: 2, copies: 0 });
    expect(answer.answer).toBe('Jane Roe is quoted in 3 articles from 2 outlets.');
  });

  it('counts the articles and outlets that carried a statement', () => {
    const answer = ask('how many outlets reported that the ferry will run all winter');
    expect(answer.counted).toEqual({ articles: 2, outlets: 2, copies: 0 });
    expect(answer.answer).toBe('That was reported in 2 articles from 2 outlets.');
  });

  it('finds nothing to count for a statement nobody made', () => {
    expect(ask('how many outlets reported that the ferry was sold').found).toBe(false);
  });
});

describe('how many, with copies', () => {
  const wire = WIRE_STORY;
  const copies = inventedCoverage([
    article('w1', 'Kelvale Courier', wire.join('\n\n')),
    article('w2', 'Ostby Post', [...wire.slice(0, 4), 'The Ostby Post contributed to this report.'].join('\n\n')),
    article('w3', 'Springfield Gazette', wire.join('\n\n')),
    article('w4', 'Springfield Gazette', '"The berths will be shared fairly," Nora Quill told a meeting of the Freedonia fishing union on Friday.'),
  ]);

  it('counts a story carried by several outlets once, and names every outlet', () => {
    const answer = answerQuestion(copies, 'how many outlets reported that the crews can come home');
    expect(answer.counted).toEqual({ articles: 1, outlets: 3, copies: 2 });
    expect(answer.answer).toBe('That was reported in 1 article from 3 outlets (2 more articles are copies of it, counted once).');
    expect(new Set(answer.quotes.flatMap((q) => q.sources.map((s) => s.outlet)))).toEqual(new Set(['Kelvale Courier', 'Ostby Post', 'Springfield Gazette']));
  });

  it('counts another article quoting the same words as an article of its own', () => {
    const answer = answerQuestion(copies, 'how many articles quoted nora quill');
    expect(answer.counted).toEqual({ articles: 2, outlets: 3, copies: 2 });
    expect(answer.answer).toBe('Nora Quill is quoted in 2 articles from 3 outlets (2 more articles are copies of these, counted once).');
  });
});

describe('who was quoted most', () => {
  it('ranks the speakers by their statements on the topic', () => {
    const answer = ask('who was quoted most about the ferry');
    expect(answer.intent).toBe('top-voices');
    expect(answer.voices).toEqual([{ speaker: 'Jane Roe', statements: 2 }, { speaker: 'Tom Varga', statements: 1 }]);
    expect(answer.quotes[0]?.speaker).toBe('Jane Roe');
  });

  it('says so when nobody spoke on it', () => {
    expect(ask('who was quoted most about the airport').found).toBe(false);
  });
});

describe('who was quoted most, people first', () => {
  const voices = inventedCoverage([
    article('v1', 'Ostby Post', [
      '"The ferry is full," the Acme Ferry Company said.\n\n"The ferry is new," the Acme Ferry Company said.',
      '"The ferry is a lifeline," said Jane Roe.',
    ].join('\n\n')),
    article('v2', 'Springfield Gazette', [
      'Shares in Lindgren Doughnuts fell sharply on Monday.',
      '"Margins are under pressure," said Tom Varga, an analyst at Ostby Securities.',
    ].join('\n\n')),
  ]);
  const put = (question: string) => answerQuestion(voices, question);

  it('ranks a named person before a body that said more', () => {
    expect(put('who was quoted most about the ferry').voices?.[0]?.speaker).toBe('Jane Roe');
  });

  it('finds the person quoted in the story about the topic when no statement names it', () => {
    const answer = put('who was quoted most about lindgren doughnuts');
    expect(answer.found).toBe(true);
    expect(answer.voices?.[0]?.speaker).toBe('Tom Varga');
  });

  it('puts, of as many statements, a name with a known given name first', () => {
    const regatta = inventedCoverage([article('g1', 'Ostby Post', '"The regatta was a triumph," said Harbour Trophy.\n\n"The regatta must grow," said Tom Varga.')]);
    expect(answerQuestion(regatta, 'who was quoted most about the regatta').voices?.map((v) => v.speaker)).toEqual(['Tom Varga', 'Harbour Trophy']);
  });
});

/** A group named in a question ("what did the Freedonians say"), on a small invented corpus. */
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answer.js';
import { inventedArticle as article, inventedCoverage } from './invented-coverage.js';

const coverage = inventedCoverage([
  article('g1', 'Ostby Post', [
    '"The border stays open," said Freedonia\'s Prime Minister Ana Ruiz.',
    '"Talks resume in May," Freedonian Foreign Minister Tom Varga said.',
    '"We are not convinced," Ostby Mayor Jane Roe said.',
  ].join('\n\n')),
]);
const ask = (question: string) => answerQuestion(coverage, question);

describe('a group named in a question', () => {
  it('is every named person whose roles say they belong to it, nationality and country alike', () => {
    const answer = ask('what did the freedonians say');
    expect(answer.found).toBe(true);
    expect(new Set(answer.quotes.map((q) => q.speaker))).toEqual(new Set(['Ana Ruiz', 'Tom Varga']));
  });

  it('keeps to the topic when one is asked', () => {
    expect(ask('what did the freedonians say about talks').quotes.map((q) => q.speaker)).toEqual(['Tom Varga']);
  });

  it('with several people, keeps to statements holding every word of the topic', () => {
    const both = inventedCoverage([
      article('t1', 'Ostby Post', '"Tax reform is overdue," Freedonian Finance Minister Ana Ruiz said.'),
      article('t2', 'Ostby Post', '"The tax on fuel will stay," Freedonian Trade Minister Tom Varga said.'),
    ]);
    const answer = answerQuestion(both, 'what did the freedonians say about tax reform');
    expect(answer.quotes.map((q) => q.speaker)).toEqual(['Ana Ruiz']);
  });

  it('is nobody when no role carries its words (an Ostby mayor is no Ostbian)', () => {
    const answer = ask('what did the ostbians say');
    expect(answer.found).toBe(false);
  });
});

describe('a group or role named in a question, on the corpus as it gives roles', () => {
  const more = inventedCoverage([
    article('n1', 'Ostby Post', [
      '"Quotas must fall," Norway\'s Fisheries Minister Ola Lindgren said.',
      '"Rates stay where they are," said Ostby Bank president Jane Roe.',
      '"We may cut rates," said Ostby Bank Vice-President Tom Varga.',
    ].join('\n\n')),
    article('n2', 'Springfield Gazette', [
      '"The pier is unsafe," the harbour master said.',
    ].join('\n\n')),
    article('n3', 'Ostby Post', [
      '"The pier will be mended by June," said Ostby harbour master Ana Ruiz.',
    ].join('\n\n')),
  ]);
  const put = (question: string) => answerQuestion(more, question);

  it('meets a nationality in its country by the list of nations ("the Norwegians", "Norway\'s minister")', () => {
    const answer = put('what did the norwegians say');
    expect(answer.found).toBe(true);
    expect(answer.quotes.map((q) => q.speaker)).toEqual(['Ola Lindgren']);
  });

  it('does not take a vice president for the president', () => {
    const answer = put('what did the ostby bank president say');
    expect(new Set(answer.quotes.map((q) => q.speaker))).toEqual(new Set(['Jane Roe']));
    expect(put('what did the ostby bank vice president say').quotes.map((q) => q.speaker)).toEqual(['Tom Varga']);
  });

  it('gives a role to the named person holding it before an unnamed holder', () => {
    const answer = put('what did the harbour master say');
    expect(answer.found).toBe(true);
    expect(answer.quotes[0]?.speaker).toBe('Ana Ruiz');
  });
});

describe('a body a group names', () => {
  const boards = inventedCoverage([
    article('b1', 'Ostby Post', [
      '"We reject the bid," the Acme Board said in a statement.',
      '"The bid is far too low," said Acme Board member Tom Varga.',
      '"Permits are late," the Ostby Mayoral Office said.',
      '"The permits will come," said Ostby Mayor Jane Roe.',
    ].join('\n\n')),
  ]);
  const put = (question: string) => answerQuestion(boards, question);

  it('speaks with its people', () => {
    expect(new Set(put('what did the acme board say').quotes.map((q) => q.speaker))).toEqual(new Set(['Acme Board', 'Tom Varga']));
  });

  it('is named by the whole of its name: the Ostby mayor is no Ostby Mayoral Office', () => {
    expect(put('what did the ostby mayor say').quotes.map((q) => q.speaker)).toEqual(['Jane Roe']);
  });
});

describe('who is, and how many quoted, a role or group', () => {
  const roles = inventedCoverage([
    article('r1', 'Springfield Gazette', '"The pier is unsafe," the harbour master said.'),
    article('r2', 'Ostby Post', '"The pier will be mended by June," said Ostby harbour master Ana Ruiz.'),
    article('r3', 'Ostby Post', '"Quotas must fall," Norway\'s Fisheries Minister Ola Lindgren said.\n\n"Quotas stay," said Norwegian Trade Minister Tom Varga.'),
  ]);
  const put = (question: string) => answerQuestion(roles, question);

  it('is the named holder of the role', () => {
    expect(put('who is the harbour master').speaker?.name).toBe('Ana Ruiz');
    expect(put('how many articles quoted the harbour master').answer).toBe('Ana Ruiz is quoted in 1 article from 1 outlet.');
  });

  it('counts every member of a group', () => {
    expect(put('how many articles quoted the norwegians').answer).toBe('Ola Lindgren, Tom Varga is quoted in 1 article from 1 outlet.');
  });
});

describe('a role as the corpus records it for a person', () => {
  const club = inventedCoverage([
    article('k1', 'Ostby Post', '"We will win the league," said Tom Varga.\n\n"The pitch is poor," the club\'s manager added.'),
  ]);

  it("finds the person an article calls the club's manager", () => {
    expect(answerQuestion(club, "what did the club's manager say").quotes.map((q) => q.speaker)).toContain('Tom Varga');
  });
});

describe('several speakers named in one question', () => {
  const two = inventedCoverage([
    article('s1', 'Ostby Post', '"Tolls stay," said Tom Varga.\n\n"Tolls must go," said Jane Roe.\n\n"The ferry is late," said Ana Ruiz.'),
  ]);

  it('are each of them', () => {
    expect(new Set(answerQuestion(two, 'what did varga and roe say').quotes.map((q) => q.speaker))).toEqual(new Set(['Tom Varga', 'Jane Roe']));
    expect(new Set(answerQuestion(two, 'what did varga, roe and ruiz say about tolls').quotes.map((q) => q.speaker))).toEqual(new Set(['Tom Varga', 'Jane Roe']));
  });

  it('are no one when one of them is no one', () => {
    expect(answerQuestion(two, 'what did varga and lindgren say').found).toBe(false);
  });
});

describe('a group that did not speak on the topic', () => {
  const quiet = inventedCoverage([
    article('q1', 'Ostby Post', '"Quotas must fall," Norway\'s Fisheries Minister Ola Lindgren said.\n\n"Quotas must fall soon," Lindgren said.\n\n"Prices hold," Lindgren added.'),
  ]);

  it('says how many times its members are quoted, not how many members it has', () => {
    const answer = answerQuestion(quiet, 'what did the norwegians say about the ferry');
    expect(answer.found).toBe(false);
    expect(answer.answer).toContain('Ola Lindgren is quoted 3 times');
  });
});

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

  it('is nobody when no role carries its words (an Ostby mayor is no Ostbian)', () => {
    const answer = ask('what did the ostbians say');
    expect(answer.found).toBe(false);
  });
});

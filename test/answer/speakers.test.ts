/** Recognising the speaker a question names, when it also says what kind of person (an invented corpus). */
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answer.js';
import { findSpeakers } from '../../src/answer/speakers.js';
import { speakerChoices } from '../../src/discord/interactions/autocomplete.js';
import { buildCoverage } from '../../src/retrieval/coverage.js';
import { inventedArticle as article, inventedCoverage } from './invented-coverage.js';

const coverage = inventedCoverage([
  article('k1', 'Ostby Post', '"Tolls stay," said Transport Secretary Jane Roe.\n\n"The pier is safe," said Mayor Tom Varga.'),
  article('k2', 'Springfield Gazette', '"Fares rise in spring," said Tim Varga, the finance minister.\n\n"Ferries run," said Nora Quill.\n\n"Roads close at dusk," port officials said.'),
]);

describe('a question naming a kind of person and a name', () => {
  it('finds no one by the name when the name is no speaker\'s, however many speakers are of that kind', () => {
    expect(findSpeakers(coverage, 'Secretary Kelvale')).toEqual([]);
    expect(findSpeakers(coverage, 'Secretary Kelvale', 5, { kindsWithoutName: true }).map((m) => m.coverage)).toEqual([0]);
    expect(answerQuestion(coverage, 'what did Secretary Kelvale say?').found).toBe(false);
  });

  it('counts plurals as kinds too ("officials")', () => {
    expect(findSpeakers(coverage, 'officials Kelvale', 5, { kindsWithoutName: true }).every((m) => m.coverage === 0)).toBe(true);
  });

  it('offers the speakers of the kind while their name is typed half-way, when asked to (an autocomplete box)', () => {
    expect(findSpeakers(coverage, 'Mayor Va', 5, { kindsWithoutName: true }).map((m) => m.entity.name)).toEqual(['Tom Varga']);
    expect(speakerChoices(coverage, 'Mayor Va').map((choice) => choice.value)).toEqual(['Tom Varga']);
    expect(findSpeakers(coverage, 'Mayor Va')).toEqual([]);
  });

  it('offers no one for a title and half a name ("the", "Mr" say nothing of what a person does)', () => {
    expect(findSpeakers(coverage, 'the Va', 5, { kindsWithoutName: true })).toEqual([]);
  });

  it('means, of speakers the name fits alike, the one of the kind asked', () => {
    expect(findSpeakers(coverage, 'Mayor Varga', 1)[0]?.entity.name).toBe('Tom Varga');
    expect(findSpeakers(coverage, 'Minister Varga', 1)[0]?.entity.name).toBe('Tim Varga');
  });

  it('reads a misspelt name as the speaker of the kind asked, when two are as near', () => {
    expect(answerQuestion(coverage, 'what did Mayor Vrga say?').quotes[0]?.speaker).toBe('Tom Varga');
    expect(answerQuestion(coverage, 'what did Vrga say?').found).toBe(false);
  });

  it('still finds speakers by kind alone', () => {
    expect(findSpeakers(coverage, 'the mayor', 1)[0]?.entity.name).toBe('Tom Varga');
  });

  it('finds no one by the name when a word of kind is another word to the index ("u.s." as "usa")', () => {
    const envoys = buildCoverage([
      article('k3', 'Ostby Post', '"Tolls stay," said U.S. envoy Nora Quill.\n\n"The pier is safe," said Mayor Tom Varga.'),
    ], { groups: [['usa', 'US', 'U.S.', 'u.s.', 'united states', 'america']] });
    expect(findSpeakers(envoys, 'u.s. Kelvale', 5, { kindsWithoutName: true }).map((m) => [m.entity.name, m.coverage])).toEqual([['Nora Quill', 0]]);
    expect(answerQuestion(envoys, 'what did u.s. Kelvale say?').found).toBe(false);
  });
});

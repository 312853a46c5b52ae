import { describe, expect, it } from 'vitest';
import { EMPTY_CONFIG } from '../../src/attribution/config.js';
import { attributeCorpus } from '../../src/attribution/index.js';
import { prepareArticle } from '../../src/corpus/prepare.js';

function statements(paragraphs: string[]): [string, string | null, string | null][] {
  const text = `A story from Springfield\n\n${paragraphs.join('\n\n')}`;
  const article = prepareArticle({ id: 'invented', origin: 'invented.txt', text, headlineInText: true });
  return attributeCorpus([article], EMPTY_CONFIG).statements.map((s) => [s.text, s.speaker.name, s.cue?.text ?? null]);
}

describe('a noun that reports speech, with its owner', () => {
  it('is a statement by the owner, a possessive name or pronoun', () => {
    expect(statements(['Tom Varga repeated his promise to cut taxes for every family in town.'])).toEqual([
      ['to cut taxes for every family in town', 'Tom Varga', 'promise'],
    ]);
    expect(statements(['The council rejected Jane Roe\'s claim that the bridge was safe.'])).toEqual([['the bridge was safe', 'Jane Roe', 'claim']]);
  });

  it('is not one when the noun phrase is the subject, or the noun is followed by a time', () => {
    expect(statements(['Her claim that the dam is safe was disputed by engineers.'])).toEqual([]);
    expect(statements(['Jane Roe said little. His remarks on Saturday carried a more personal tone.'])).toEqual([]);
  });
});

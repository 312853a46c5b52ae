import { describe, expect, it } from 'vitest';
import { cueOf, findCues } from '../../src/attribution/cues.js';
import { tokenize } from '../../src/language/tokens.js';
import { statementsOf } from './invented.js';

function cues(text: string): { text: string; lemma: string }[] {
  const tokens = tokenize(text);
  return findCues(tokens, () => false).map((cue) => {
    const { text: words, lemma } = cueOf(text, tokens, cue);
    return { text: words, lemma };
  });
}

describe('findCues and cueOf', () => {
  it('finds reporting verbs by their lemma, and "according to"', () => {
    expect(cues('Jane Roe told reporters the dam was safe, according to the Springfield Gazette.')).toEqual([
      { text: 'told', lemma: 'tell' },
      { text: 'according to', lemma: 'according to' },
    ]);
  });

  it('reads speech acts ("condemned", "praised") as cues, but not a participle describing a noun', () => {
    expect(cues('Jane Roe condemned the attack and praised the crew.')).toEqual([
      { text: 'condemned', lemma: 'condemn' },
      { text: 'praised', lemma: 'praise' },
    ]);
    expect(cues('The proposed park and its stated aim were reported by the Springfield Gazette.')).toEqual([{ text: 'reported', lemma: 'report' }]);
  });

  it('reads a capitalised verb of saying in a headline set in title case, not in a sentence', () => {
    expect(cues('Springfield Mayor Says Bridge Will Reopen In May')).toEqual([{ text: 'Says', lemma: 'say' }]);
    expect(cues('The bridge opens today. Says who? Nobody knows.')).toEqual([]);
  });

  it('skips "added" when it adds a quantity, not more words', () => {
    expect(cues('The index added 0.4 per cent and the Hawks added another goal.')).toEqual([]);
    expect(cues('The new levy is adding an estimated 3 cents to each ticket, and the plant added about 300 jobs.')).toEqual([]);
    expect(cues('Jane Roe added about 300 jobs would go.')).toEqual([{ text: 'added', lemma: 'add' }]);
    expect(cues('Jane Roe added the bridge would reopen in May.')).toEqual([{ text: 'added', lemma: 'add' }]);
  });

  it('skips a noun-like form that is the subject of the next verb, and "says much about"', () => {
    expect(cues('The claims were false, and the ad says much about the brand.')).toEqual([]);
    expect(cues('Jane Roe claims the bridge is safe.')).toEqual([{ text: 'claims', lemma: 'claim' }]);
  });

  it('skips "states" after a word that describes polities ("the swing states", "these states")', () => {
    expect(cues('Both parties spent heavily in the swing states this autumn, and these states vote early.')).toEqual([]);
    expect(cues('The spokesman states the bridge is unsafe.')).toEqual([{ text: 'states', lemma: 'state' }]);
  });

  it('skips a noun-like form after "of": the object of the preposition, not a verb', () => {
    expect(cues('Jane Roe posted a series of tweets about the council and a flurry of late-night claims.')).toEqual([]);
    expect(statementsOf(['The mayor sent a series of tweets mocking the Springfield council on Monday.'])).toEqual([]);
    expect(cues('The board rated a third of British claims as false.')).toEqual([]);
    expect(cues('Jane Roe accused Tom Varga of saying the bridge was safe.')).toEqual([
      { text: 'accused', lemma: 'accuse' },
      { text: 'saying', lemma: 'say' },
    ]);
    expect(cues('Roe claims the bridge is safe, and a group of Springfield residents claim it is not.')).toEqual([
      { text: 'claims', lemma: 'claim' },
      { text: 'claim', lemma: 'claim' },
    ]);
  });

  it('reads "expressed" with one describing word before the feeling', () => {
    expect(cues('Jane Roe expressed serious concern about the dam.')).toEqual([{ text: 'expressed serious concern', lemma: 'express' }]);
  });

  it('leaves out estimates: a finding, not a statement', () => {
    expect(cues('The Springfield Tax Centre estimates the plan would raise $1 billion.')).toEqual([]);
  });

  it('reads "called for" and "expressed concern" as one cue', () => {
    expect(cues('Jane Roe called for calm and expressed concern about the dam.')).toEqual([
      { text: 'called for', lemma: 'call for' },
      { text: 'expressed concern', lemma: 'express' },
    ]);
  });

  it('skips capitalised forms and words inside quotations', () => {
    const text = 'Said to be safe, the dam "was tested and they said so" in May.';
    const tokens = tokenize(text);
    const open = text.indexOf('"');
    const close = text.lastIndexOf('"');
    expect(findCues(tokens, (token) => token.start >= open && token.start <= close)).toEqual([]);
  });
});

describe('what is not a cue', () => {
  const lemmas = (sentence: string): string[] => {
    const tokens = tokenize(sentence);
    return findCues(tokens, () => false).map((cue) => cue.lemma);
  };

  it('leaves out beliefs, and speech that did not happen', () => {
    expect(lemmas('Jane Roe believes the bridge is safe.')).toEqual([]);
    expect(lemmas('Tom Varga thinks the vote was rushed.')).toEqual([]);
    expect(lemmas('The mayor did not say when the bridge would reopen.')).toEqual([]);
    expect(lemmas('The company declined to comment on Monday.')).toEqual([]);
    expect(lemmas('The agency did not immediately respond to a request.')).toEqual([]);
  });

  it('keeps a denial with its own cue', () => {
    expect(lemmas('Jane Roe denied that the bridge was unsafe.')).toEqual(['deny']);
  });

  it('reads "state" as a noun after "of", a determiner or a place', () => {
    expect(lemmas('The secretary of state arrived on Monday.')).toEqual([]);
    expect(lemmas('Springfield state officials met on Monday.')).toEqual([]);
    expect(lemmas('Jane Roe states that the bridge is safe.')).toEqual(['state']);
  });
});

describe('expressed and voiced', () => {
  it('are cues with what was felt', () => {
    const lemmas = (sentence: string): string[] => findCues(tokenize(sentence), () => false).map((cue) => cue.lemma);
    expect(lemmas('Jane Roe voiced hope that the bridge would reopen.')).toEqual(['express']);
    expect(lemmas('Jane Roe expressed concern that the bridge was unsafe.')).toEqual(['express']);
  });
});

import { describe, expect, it } from 'vitest';
import { parseQuestion } from '../../src/answer/intent.js';

describe('parseQuestion', () => {
  it.each([
    ['Who said Daesh must be eliminated everywhere?', { intent: 'who-said', statement: 'Daesh must be eliminated everywhere' }],
    ['who warned that IS fighters could flow out of Mosul', { intent: 'who-said', statement: 'IS fighters could flow out of Mosul' }],
    ['Who said: "we will win"', { intent: 'who-said', statement: 'we will win' }],
    ['Who is quoted as saying the talks failed?', { intent: 'who-said', statement: 'the talks failed' }],
    ['"capable and motivated local forces"', { intent: 'who-said', statement: 'capable and motivated local forces' }],
    ['What did Carter say about Russia?', { intent: 'speaker-quotes', speaker: 'Carter', topic: 'Russia' }],
    ['what has the Pentagon chief said', { intent: 'speaker-quotes', speaker: 'the Pentagon chief' }],
    ['Quotes from Hollande on Daesh', { intent: 'speaker-quotes', speaker: 'Hollande', topic: 'Daesh' }],
    ["Lavrov's statements about Aleppo", { intent: 'speaker-quotes', speaker: 'Lavrov', topic: 'Aleppo' }],
    ['Which outlets reported that there will be overlap?', { intent: 'which-outlets', statement: 'there will be overlap' }],
    ['Who reported the claim that Raqqa is next?', { intent: 'which-outlets', statement: 'Raqqa is next' }],
    ['Who is Ash Carter?', { intent: 'who-is', speaker: 'Ash Carter' }],
    ["Who's the Pentagon chief", { intent: 'who-is', speaker: 'the Pentagon chief' }],
    ['List the sources', { intent: 'sources' }],
    ['what sources do you have', { intent: 'sources' }],
    ['Aleppo humanitarian corridors', { intent: 'search', statement: 'Aleppo humanitarian corridors' }],
    // Questions as people type them in a channel (invented names).
    ['did anyone say the ferry is too slow', { intent: 'who-said', statement: 'the ferry is too slow' }],
    ["who's been talking about bridge tolls", { intent: 'who-said', statement: 'bridge tolls', topic: 'bridge tolls' }],
    ['whos been speaking on the budget', { intent: 'who-said', statement: 'the budget', topic: 'the budget' }],
    ['anything from varga', { intent: 'speaker-quotes', speaker: 'varga' }],
    ['anything from jane roe about tolls', { intent: 'speaker-quotes', speaker: 'jane roe', topic: 'tolls' }],
    ["Roe's take on the ferry", { intent: 'speaker-quotes', speaker: 'Roe', topic: 'the ferry' }],
    ['whats vargas take on tolls', { intent: 'speaker-quotes', speaker: 'varga', topic: 'tolls' }],
    ['what did roe tell the council', { intent: 'speaker-quotes', speaker: 'roe', addressee: 'the council' }],
    ['what did roe tell the ostby council about tolls', { intent: 'speaker-quotes', speaker: 'roe', addressee: 'the ostby council', topic: 'tolls' }],
    ['what did tom varga tell the springfield gazette about tolls', { intent: 'speaker-quotes', speaker: 'tom varga', addressee: 'the springfield gazette', topic: 'tolls' }],
    ['what did roe say to the council about tolls', { intent: 'speaker-quotes', speaker: 'roe', addressee: 'the council', topic: 'tolls' }],
    ['what did roe have to say about tolls', { intent: 'speaker-quotes', speaker: 'roe', topic: 'tolls' }],
    ['what has roe been saying about tolls', { intent: 'speaker-quotes', speaker: 'roe', topic: 'tolls' }],
    ['whats roe been saying', { intent: 'speaker-quotes', speaker: 'roe' }],
    ['how did roe react to the vote', { intent: 'speaker-quotes', speaker: 'roe', topic: 'the vote' }],
    ["what was roe's reaction to the vote", { intent: 'speaker-quotes', speaker: 'roe', topic: 'the vote' }],
    ['what did roe say about the plan to close the pier', { intent: 'speaker-quotes', speaker: 'roe', topic: 'the plan to close the pier' }],
    ['what are people saying about the ferry', { intent: 'who-said', statement: 'the ferry' }],
    ['what did everyone say about tolls', { intent: 'who-said', statement: 'tolls' }],
    ['woh siad the ferry is safe', { intent: 'who-said', statement: 'the ferry is safe' }],
    ['who sed tolls will rise', { intent: 'who-said', statement: 'tolls will rise' }],
    ['wat did roe sya about tolls', { intent: 'speaker-quotes', speaker: 'roe', topic: 'tolls' }],
    ['which outlest reportd that the ferry is late', { intent: 'which-outlets', statement: 'the ferry is late' }],
    ['did the gazette report the toll remark', { intent: 'which-outlets', outlet: 'gazette', statement: 'toll' }],
    ['what did roe say according to the ostby post', { intent: 'speaker-quotes', speaker: 'roe', outlet: 'ostby post' }],
    ['what did roe say on oct 26', { intent: 'speaker-quotes', speaker: 'roe', published: { month: 10, day: 26 } }],
    ['what did roe say about tolls in march 2019 according to the ostby post', { intent: 'speaker-quotes', speaker: 'roe', topic: 'tolls', published: { year: 2019, month: 3 }, outlet: 'ostby post' }],
    ['how many articles quoted jane roe', { intent: 'how-many', statement: 'jane roe' }],
    ['how many outlets reported that the ferry is late', { intent: 'how-many', statement: 'the ferry is late' }],
    ['who got quoted the most about tolls', { intent: 'top-voices', topic: 'tolls' }],
    ['how was the Ostby ferry covered?', { intent: 'coverage', topic: 'the Ostby ferry' }],
    ['how has the toll been reported on', { intent: 'coverage', topic: 'the toll' }],
    ['how did the media cover the Kelvale strike', { intent: 'coverage', topic: 'the Kelvale strike' }],
    ['which outlets covered the Springfield vote', { intent: 'coverage', topic: 'the Springfield vote' }],
    ['coverage of Freedonia', { intent: 'coverage', topic: 'Freedonia' }],
    ['show me the coverage on tolls', { intent: 'coverage', topic: 'tolls' }],
    ['which outlets reported that the ferry covered the distance', { intent: 'which-outlets', statement: 'the ferry covered the distance' }],
    ['wheat prices rose in springfield', { intent: 'search', statement: 'wheat prices rose in springfield' }],
  ])('%s', (question, expected) => {
    expect(parseQuestion(question)).toEqual(expected);
  });

  it('copes with empty, huge and control-character questions', () => {
    expect(parseQuestion('')).toEqual({ intent: 'search' });
    expect(parseQuestion('?!?')).toEqual({ intent: 'search' });
    expect(parseQuestion(`Who said ${'x'.repeat(10_000)}`).statement?.length).toBeLessThan(400);
    expect(parseQuestion('who\u0000 said\u0007 overlap')).toEqual({ intent: 'who-said', statement: 'overlap' });
  });

  describe('questions about a quantity: the figures each outlet gives', () => {
    it.each([
      ['How many nations met in Springfield?', { intent: 'figures', statement: 'nations met in Springfield', quantity: { kind: 'count', noun: 'nations' } }],
      ['how many ferries will sail to Kelvale', { intent: 'figures', statement: 'ferries will sail to Kelvale', quantity: { kind: 'count', noun: 'ferries' } }],
      ['How far is the fleet from Kelvale?', { intent: 'figures', statement: 'is the fleet from Kelvale', quantity: { kind: 'distance' } }],
      ['how much will the Ostby bridge cost', { intent: 'figures', statement: 'will the Ostby bridge cost', quantity: { kind: 'money' } }],
      ['How long will the bridge stay closed?', { intent: 'figures', statement: 'will the bridge stay closed', quantity: { kind: 'duration' } }],
      ['What was the death toll in Freedonia?', { intent: 'figures', statement: 'Freedonia', quantity: { kind: 'count', noun: 'dead' } }],
      ['what is the number of refugees in Ostby', { intent: 'figures', statement: 'refugees in Ostby', quantity: { kind: 'count', noun: 'refugees' } }],
    ])('%s', (question, expected) => {
      expect(parseQuestion(question)).toEqual(expected);
    });

    it('leaves the questions that count the coverage\'s own articles and outlets as they were', () => {
      expect(parseQuestion('how many articles quoted jane roe').intent).toBe('how-many');
      expect(parseQuestion('how many times was Jane Roe quoted').intent).toBe('how-many');
      expect(parseQuestion('how many outlets covered the ferry').intent).not.toBe('figures');
      expect(parseQuestion('how many stories mention Kelvale').intent).not.toBe('figures');
    });
  });
});

describe('questions near the figures and coverage rules', () => {
  it('asks about the coverage itself, not figures, for people quoted and statements made', () => {
    expect(parseQuestion('how many people were quoted about the pier').intent).not.toBe('figures');
    expect(parseQuestion('how many statements did Jane Roe make').intent).not.toBe('figures');
    expect(parseQuestion('how many people died in the flood').intent).toBe('figures');
    for (const question of ['how many people did Roe say died', 'how many people gave evidence', 'how many people say the tax is unfair']) expect(parseQuestion(question).intent, question).toBe('figures');
  });

  it('reads "which outlets covered" a remark or a statement as which outlets carried it, a few words as a topic', () => {
    expect(parseQuestion('which outlets covered the toll remark').intent).toBe('which-outlets');
    expect(parseQuestion('which outlets covered the bridge will close in May for repairs').intent).toBe('which-outlets');
    expect(parseQuestion('which outlets covered the ferry strike')).toMatchObject({ intent: 'coverage', topic: 'the ferry strike' });
    expect(parseQuestion('which outlets covered the ferry strike and the talks on fares in Kelvale'))
      .toMatchObject({ intent: 'coverage', topic: 'the ferry strike and the talks on fares in Kelvale' });
    expect(parseQuestion('which outlets covered the ferry "will not sail"').intent).toBe('which-outlets');
    expect(parseQuestion('which outlets covered prices would rise').intent).toBe('which-outlets');
    expect(parseQuestion('which outlets covered Nora May')).toMatchObject({ intent: 'coverage', topic: 'Nora May' });
    expect(parseQuestion('which outlets covered what the mayor said').intent).toBe('which-outlets');
    expect(parseQuestion('which outlets covered the May Day march in Kelvale')).toMatchObject({ intent: 'coverage', topic: 'the May Day march in Kelvale' });
  });
});

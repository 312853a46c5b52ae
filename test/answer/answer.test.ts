import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answer.js';
import { textFragmentLink } from '../../src/answer/links.js';
import { loadAttributionConfig, loadSynonyms } from '../../src/settings/config-files.js';
import { loadCorpus } from '../../src/corpus/load.js';
import { renderJson } from '../../src/render/json.js';
import { renderText } from '../../src/render/text.js';
import { buildCorpusCoverage } from '../../src/retrieval/coverage.js';

const coverage = buildCorpusCoverage(loadCorpus(), loadSynonyms(), loadAttributionConfig());
const ask = (question: string) => answerQuestion(coverage, question);

describe('answers', () => {
  it('quote direct statements in quotation marks, with every outlet and a link that scrolls to the words', () => {
    const answer = ask('Who said Daesh must be eliminated everywhere?');
    expect(answer).toMatchObject({ intent: 'who-said', found: true });
    const [quote] = answer.quotes;
    expect(quote).toMatchObject({ speaker: 'Francois Hollande', role: 'French President', kind: 'direct' });
    expect(quote?.sources.map((s) => s.outlet)).toEqual(['RFE/RL', 'DW']);
    expect(quote?.sources[0]?.link).toBe(
      'https://www.rferl.org/a/islamic-state-syria-us-retaking-raqqa-mosul/28074721.html#:~:text=Daesh%20must%20be%20eliminated%20everywhere.%20Any%20stronghold%20represents%20a%20threat.',
    );
    expect(answer.answer).toMatch(/^Francois Hollande \(French President\) said “Daesh must be eliminated everywhere\./);
    expect(answer.answer).toMatch(/reported by RFE\/RL, DW\.$/);
  });

  it('mark paraphrases as paraphrases and anonymous sources as anonymous', () => {
    const answer = ask('Who said the US does not anticipate the need for additional US forces in Syria?');
    expect(answer.quotes[0]).toMatchObject({ anonymous: true, speaker: null, kind: 'indirect' });
    expect(answer.answer).toMatch(/^An anonymous source \(senior military official\) said, in paraphrase, that the US does not anticipate/);
  });

  it('link to a copy whose text differs without a text fragment', () => {
    const answer = ask('Who said Russia is not a participant in the Raqqa plan?');
    const source = answer.quotes[0]?.sources[0];
    expect(source?.id).toBe('004_5ef5c482cc9a2e57');
    expect(source?.link).toBe('https://www.rt.com/usa/364100-carter-raqqa-isis-russia/');
  });

  it('say honestly when no one said it, and never pass off a near miss as the answer', () => {
    const answer = ask('Who said the moon is made of cheese?');
    expect(answer).toMatchObject({ found: false, quotes: [] });
    expect(answer.answer).toMatch(/^No one in this coverage is reported saying that/);
    const near = ask('Who said Daesh must be stopped in Paris next winter?');
    expect(near.found).toBe(false);
    expect(near.closest.length).toBeGreaterThan(0);
    expect(renderText(near)).toMatch(/Closest, but not a match:/);
  });

  it('say so when a speaker is unknown, suggesting a near name', () => {
    expect(ask('What did Vladimir Putin say?')).toMatchObject({ found: false });
    expect(ask('What did Hollandez say?').answer).toMatch(/Francois Hollande/);
  });

  it('list a speaker by any alias, and say when they did not speak on a topic', () => {
    const answer = ask('What did the Pentagon chief say?');
    expect(answer.quotes.every((q) => q.speaker === 'Ash Carter')).toBe(true);
    expect(answer.quotes.length).toBeGreaterThan(15);
    const off = ask('What did Michael Fallon say about Mosul?');
    expect(off).toMatchObject({ found: false });
    expect(off.answer).toMatch(/Michael Fallon is quoted 2 times in this coverage, but not on Mosul/);
  });

  it('render to the JSON contract', () => {
    const json = renderJson(ask('Who said it will be within weeks, not many weeks?'));
    expect(json).toMatchObject({
      question: 'Who said it will be within weeks, not many weeks',
      intent: 'who-said',
      found: true,
      answer: expect.any(String),
      quotes: [{
        speaker: 'Ash Carter', role: expect.any(String), text: 'It will be within weeks, not many weeks', kind: 'direct',
        sources: [{ id: '002_917dec0784c13968', outlet: 'Ahram Online', url: expect.stringMatching(/^https:\/\/english\.ahram\.org\.eg\//), start: expect.any(Number), end: expect.any(Number) }],
      }],
    });
  });
});

describe('text fragment links', () => {
  it('encode the words, and use start,end for long statements', () => {
    expect(textFragmentLink('https://x.org/a#top', 'Yes, well-known & fine')).toBe('https://x.org/a#:~:text=Yes%2C%20well%2Dknown%20%26%20fine');
    const long = 'one two three four five six seven eight nine ten eleven twelve thirteen fourteen';
    expect(textFragmentLink('https://x.org/a', long)).toBe('https://x.org/a#:~:text=one%20two%20three%20four%20five%20six,nine%20ten%20eleven%20twelve%20thirteen%20fourteen');
  });
});

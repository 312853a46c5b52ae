import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answer.js';
import { NO_OUTLET } from '../../src/answer/types.js';
import { inventedArticle as article, inventedCoverage, WIRE_STORY } from './invented-coverage.js';

const wire = WIRE_STORY;

/** A wire story three times (twice in one outlet), and articles of their own, one without an outlet and one undated. */
const coverage = inventedCoverage([
  article('w1', 'Kelvale Courier', wire.join('\n\n'), '2026-03-02'),
  article('w2', 'Ostby Post', [...wire.slice(0, 4), 'The Ostby Post contributed to this report.'].join('\n\n'), '2026-03-03'),
  article('w3', 'Kelvale Courier', wire.join('\n\n'), '2026-03-02'),
  article('a4', 'Ostby Post', [
    'The harbour fees will double next year, the council said on Tuesday.',
    '"Fishermen cannot pay twice for the same berth," said Jane Roe, the Ostby harbour master.',
    'She also spoke about the town accounts.',
    '"Our budget is balanced," said Jane Roe.',
    '"The harbour is safe," a council spokesman said.',
  ].join('\n\n'), '2026-03-20'),
  { ...article('a5', 'none', '"The harbour should have been rebuilt years ago," said Tom Varga.', '2026-04-10'), meta: { ...article('a5', 'none', '', '2026-04-10').meta, outlet: null } },
  article('a6', 'Springfield Gazette', '"Wheat prices will rise," said Nora Quill.', '2027-01-05'),
  article('a7', 'Springfield Gazette', '"The Kelvale harbour is open for business," said Nora Quill.'),
]);

const covered = (topic: string) => answerQuestion(coverage, `how was ${topic} covered`);

describe('how a topic was covered', () => {
  it('counts the articles as "how many" does: a story carried by several outlets, or saved twice, once', () => {
    const answer = covered('the harbour');
    expect(answer.intent).toBe('coverage');
    expect(answer.found).toBe(true);
    expect(answer.coverage?.counted).toEqual({ articles: 4, outlets: 3, copies: 2 });
    expect(answer.answer).toBe('“the harbour” was covered in 4 articles from 3 outlets (2 more articles are copies of these, counted once); 3 people were quoted on it.');
  });

  it('counts each outlet its articles, a story it saved twice once, and the articles without an outlet under their own label', () => {
    expect(covered('harbour').coverage?.outlets.map((o) => [o.outlet, o.articles])).toEqual([
      ['Ostby Post', 2], [NO_OUTLET, 1], ['Kelvale Courier', 1], ['Springfield Gazette', 1],
    ]);
  });

  it('lists the named people each outlet quoted on the topic: not their statements on other things, not unnamed sources', () => {
    const voices = Object.fromEntries((covered('harbour').coverage?.outlets ?? []).map((o) => [o.outlet, o.voices]));
    expect(voices['Ostby Post']).toEqual([{ speaker: 'Jane Roe', statements: 1 }, { speaker: 'Nora Quill', statements: 1 }]);
    expect(voices['Kelvale Courier']).toEqual([{ speaker: 'Nora Quill', statements: 1 }, { speaker: 'Tom Varga', statements: 1 }]);
    expect(voices[NO_OUTLET]).toEqual([{ speaker: 'Tom Varga', statements: 1 }]);
  });

  it('names the statements only one outlet carried, and not one that an article without an outlet carried', () => {
    const single = covered('harbour').coverage?.singleOutlet.map((s) => [s.speaker, s.outlet]);
    expect(single).toEqual([['Jane Roe', 'Ostby Post'], ['Tom Varga', 'Kelvale Courier'], ['Nora Quill', 'Springfield Gazette']]);
  });

  it('says no statement is one outlet\'s alone when only one outlet covered the topic', () => {
    const answer = covered('fishermen');
    expect(answer.coverage?.counted.outlets).toBe(1);
    expect(answer.coverage?.outlets[0]?.voices).toEqual([{ speaker: 'Jane Roe', statements: 1 }]);
    expect(answer.coverage?.singleOutlet).toEqual([]);
  });

  it('counts each outlet\'s articles by day over a short span, every day from the first to the last, the undated apart', () => {
    const timeline = covered('harbour').coverage?.timeline;
    expect(timeline?.bucket).toBe('day');
    expect(timeline?.periods).toHaveLength(40);
    expect(timeline?.periods[0]).toEqual({ start: '2026-03-02', label: 'Mar 2', byOutlet: { 'Kelvale Courier': 1 } });
    expect(timeline?.periods[1]?.byOutlet).toEqual({ 'Ostby Post': 1 });
    expect(timeline?.periods[39]).toEqual({ start: '2026-04-10', label: 'Apr 10', byOutlet: { [NO_OUTLET]: 1 } });
    expect(timeline?.undated).toBe(1);
  });

  it('is not found when no article holds the topic, and says so', () => {
    const answer = covered('the Freedonia ferry');
    expect(answer.found).toBe(false);
    expect(answer.coverage).toBeUndefined();
    expect(answer.answer).toBe('Nothing in this coverage matches “the Freedonia ferry”.');
  });
});

import { describe, expect, it } from 'vitest';
import type { Answer, TopicCoverage } from '../../src/answer/types.js';
import { sparkline } from '../../src/render/coverage-text.js';
import { renderJson } from '../../src/render/json.js';
import { renderText } from '../../src/render/text.js';

const covered: TopicCoverage = {
  topic: 'the Kelvale harbour',
  counted: { articles: 4, outlets: 2, copies: 1 },
  outlets: [
    { outlet: 'Ostby Post', articles: 3, voices: [{ speaker: 'Jane Roe', statements: 2 }, { speaker: 'Nora Quill', statements: 1 }] },
    { outlet: 'Kelvale Courier', articles: 1, voices: [] },
  ],
  singleOutlet: [{ speaker: 'Jane Roe', outlet: 'Ostby Post', text: 'Fishermen cannot pay twice', articleId: 'a4' }],
  singleOutletTotal: 1,
  timeline: {
    bucket: 'day',
    periods: [
      { start: '2026-03-02', label: 'Mar 2', byOutlet: { 'Ostby Post': 2, 'Kelvale Courier': 1 } },
      { start: '2026-03-03', label: 'Mar 3', byOutlet: {} },
      { start: '2026-03-04', label: 'Mar 4', byOutlet: { 'Ostby Post': 1 } },
    ],
    undated: 1,
  },
};
const answer: Answer = { question: 'How was the Kelvale harbour covered?', intent: 'coverage', found: true, answer: 'Covered.', quotes: [], closest: [], coverage: covered, understood: { topic: covered.topic } };

describe('a coverage answer as text', () => {
  it('shows a small table of outlets, articles and voices, what one outlet alone carried, and a sparkline', () => {
    expect(renderText(answer)).toBe([
      'Covered.',
      '',
      '  Outlet           Articles  Quoted on it (statements)',
      '  Ostby Post              3  Jane Roe (2), Nora Quill (1)',
      '  Kelvale Courier         1  -',
      '',
      'Carried by one outlet only:',
      '  Jane Roe, only in Ostby Post: “Fishermen cannot pay twice”',
      '',
      'Articles by day, Mar 2 to Mar 4 (1 undated not counted):',
      '  |█ ▃|',
      '  Busiest: Mar 2: 3 · Mar 4: 1',
      '',
    ].join('\n'));
  });

  it('draws a period with none as a space and the busiest as a full bar', () => {
    expect(sparkline([0, 1, 4, 8])).toBe(' ▁▄█');
  });

  it('carries the coverage in JSON', () => {
    expect(renderJson(answer).coverage).toEqual(covered);
  });
});

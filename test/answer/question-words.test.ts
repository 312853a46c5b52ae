import { describe, expect, it } from 'vitest';
import { correctQuestionWords } from '../../src/answer/question-words.js';

describe('correctQuestionWords', () => {
  it('puts right the typos of a question frame', () => {
    expect(correctQuestionWords('hwo siad the ferry is late')).toBe('who said the ferry is late');
    expect(correctQuestionWords('whoo sayd the ferry is late')).toBe('who said the ferry is late');
    expect(correctQuestionWords('wht didd jane roe sya about tolls')).toBe('what did jane roe say about tolls');
    expect(correctQuestionWords('which outlest reportd it')).toBe('which outlets reported it');
  });

  it('leaves words the frame does not confirm, and what the question is about', () => {
    expect(correctQuestionWords('wheat prices rose')).toBe('wheat prices rose');
    expect(correctQuestionWords('that said the ferry is late')).toBe('that said the ferry is late');
    expect(correctQuestionWords('what did roe tell sam')).toBe('what did roe tell sam');
    expect(correctQuestionWords('who said the fery is lat')).toBe('who said the fery is lat');
    expect(correctQuestionWords('who saw the ferry sink')).toBe('who saw the ferry sink');
    expect(correctQuestionWords('who sued the council')).toBe('who sued the council');
  });
});

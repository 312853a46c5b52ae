import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answer.js';
import { runCommand } from '../../src/commands/run.js';
import { inventedNewsroomCoverage } from './invented-newsroom.js';

describe('runCommand', () => {
  it.each([
    'what did Jane Roe say about the ferry?',
    'who said the library will stay open on Sundays',
    'which outlets reported that bus fares will be frozen',
    'who is Tom Varga',
    'what did the mayor say according to Ostby Post',
  ])('answers /ask %j exactly as answerQuestion does, and returns the request it answered', (question) => {
    const coverage = inventedNewsroomCoverage();
    const result = runCommand(coverage, 'ask', { question });
    expect(result.kind === 'answer' && result.answer).toEqual(answerQuestion(coverage, question));
    expect(result.kind === 'answer' && result.request.intent).toBe(answerQuestion(coverage, question).intent);
  });
});

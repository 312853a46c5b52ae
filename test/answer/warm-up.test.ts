import { setImmediate as nextTurn } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answer.js';
import { warmUp, warmUpQuestions } from '../../src/answer/warm-up.js';
import type { Logger } from '../../src/logging/logger.js';
import type { Coverage } from '../../src/retrieval/coverage.js';
import { inventedArticle as article, inventedCoverage } from './invented-coverage.js';

const coverage = inventedCoverage([
  article('a1', 'Kelvale Post', '"The ferry will run all winter," Jane Roe, the harbour master, said on Monday.\n\nTom Varga said the bridge would reopen in May.'),
  article('a2', 'Acme Daily', '"We expect the plant to hire 300 people," Tom Varga said.\n\n"The harbour is safe," Jane Roe said.'),
]);

describe('warmUpQuestions', () => {
  it('makes questions of every kind from the coverage: its statements and its most quoted speakers, some with a typo', () => {
    const questions = warmUpQuestions(coverage, 2);
    expect(questions.some((q) => /^Who said .*(ferry|plant|bridge|harbour)/.test(q))).toBe(true);
    expect(questions.filter((q) => /^What did (Jane Roe|Tom Varga) say\?$/.test(q))).toHaveLength(2);
    expect(questions).toContain('Who is Tom Varga?');
    expect(questions).toContain('List the sources');
    expect(questions.filter((q) => answerQuestion(coverage, q).found).length).toBeGreaterThan(questions.length / 2);
    // The typo questions are misspelt by one letter (the middle of the longest word).
    const typo = questions.find((q) => /^What did .* say about/.test(q) && !/Jane Roe|Tom Varga/.test(q));
    expect(typo).toMatch(/^What did (Jae Roe|Tom Vaga) say about/);
  });

  it('makes only the questions an empty coverage can be asked', () => {
    expect(warmUpQuestions(inventedCoverage([]), 1)).toEqual(['Who said the quarterly widget index fell in Freedonia?', 'List the sources']);
  });
});

describe('warmUp', () => {
  it('answers its questions one a turn of the event loop, so other work runs in between', async () => {
    const order: string[] = [];
    const counted: Coverage = { ...coverage, searchStatements: (...args) => (order.push('answer'), coverage.searchStatements(...args)) };
    const warming = warmUp(counted, { rounds: 1 });
    await nextTurn();
    await nextTurn();
    order.push('user');
    const report = await warming;
    expect(report.answered).toBe(warmUpQuestions(coverage, 1).length);
    expect(order.indexOf('user')).toBeGreaterThan(0);
    expect(order.indexOf('user')).toBeLessThan(order.length - 1);
  });

  it('stops when asked to, and when its budget is spent', async () => {
    let asked = 0;
    expect((await warmUp(coverage, { rounds: 2, stopped: () => ++asked > 3 })).answered).toBe(3);
    expect((await warmUp(coverage, { rounds: 2, budgetMs: -1 })).answered).toBe(0);
  });

  it('tells of a question that fails, and goes on with the others', async () => {
    const warnings: string[] = [];
    // Only warn is called.
    const log = { warn: (_: unknown, message: string) => warnings.push(message) } as unknown as Logger;
    let calls = 0;
    const failing: Coverage = { ...coverage, searchStatements: (...args) => { if (++calls === 1) throw new Error('disk gone'); return coverage.searchStatements(...args); } };
    const report = await warmUp(failing, { rounds: 1, log });
    expect(warnings.some((message) => /^warm-up: answering ".*" failed: disk gone$/.test(message))).toBe(true);
    expect(report.answered).toBeGreaterThan(0);
  });
});

/**
 * Answering warmed up after a start. V8 runs a function interpreted until it
 * has been called often enough to compile: the first questions after a start
 * took 10 to 50 times their later time (measured on Reuters: the first five of
 * 1,000 questions 60 to 150 ms each, the same questions 3 to 5 ms once
 * compiled). So a start answers a few questions of every kind, made from the
 * coverage itself, in the background: one a turn of the event loop, so that
 * a user's question waits for one of them at most.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Logger } from '../logging/logger.js';
import type { Coverage } from '../retrieval/coverage.js';
import { settled } from '../retrieval/pending.js';
import { answerQuestion } from './answer.js';

export interface WarmUpOptions {
  /** Rounds of questions, one question of each kind a round; default 4. */
  rounds?: number;
  /** Stops once this many milliseconds have passed, whatever is left; default 5,000. */
  budgetMs?: number;
  /** Asked before each question: true stops the warm-up (a shutdown). */
  stopped?: () => boolean;
  /** Where a question that failed is told (at warn level: a user asking it would meet the same failure). */
  log?: Logger;
}

export interface WarmUpReport {
  answered: number;
  ms: number;
}

/** The first `count` words of a text. */
const wordsOf = (text: string, count: number): string => text.split(/\s+/).slice(0, count).join(' ');

/** A text with the middle letter of its longest word dropped: the typo paths get their turn. */
function dropLetter(text: string): string {
  const words = text.split(' ');
  const longest = words.reduce((best, word, at) => (word.length > (words[best]?.length ?? 0) ? at : best), 0);
  const word = words[longest] ?? '';
  if (word.length < 4) return text;
  words[longest] = word.slice(0, word.length >> 1) + word.slice((word.length >> 1) + 1);
  return words.join(' ');
}

/**
 * Questions of every kind answering knows, made from the coverage: statements
 * spread across it, its most quoted speakers, with and without typos, and a
 * question it cannot answer.
 *
 * @example
 * warmUpQuestions(coverage, 1); // ['Who said The ferry will run all winter?', 'What did Jane Roe say?', …]
 */
export function warmUpQuestions(coverage: Coverage, rounds: number): string[] {
  const speakers = coverage.mostQuoted(rounds);
  const questions: string[] = [];
  for (let round = 0; round < rounds; round++) {
    // Statements spread over the corpus, not its first ones: an archive's first articles are often alike.
    const statement = coverage.statementCount === 0 ? undefined : coverage.cluster(Math.floor(((round + 0.5) / rounds) * coverage.statementCount));
    const name = speakers[round % Math.max(1, speakers.length)]?.name;
    if (statement) {
      questions.push(`Who said ${wordsOf(statement.text, 8)}?`, `Who said ${dropLetter(wordsOf(statement.text, 10))}?`);
      questions.push(`Which outlets reported that ${wordsOf(statement.text, 9)}?`, wordsOf(statement.text, 5));
    }
    if (name) {
      questions.push(`What did ${name} say?`, `Who is ${name}?`);
      if (statement) questions.push(`What did ${dropLetter(name)} say about ${wordsOf(statement.text, 2)}?`);
    }
    questions.push('Who said the quarterly widget index fell in Freedonia?', 'List the sources');
  }
  return questions;
}

/**
 * Answers warmUpQuestions one a turn of the event loop, within the budget.
 * A question that fails is logged and passed over: the warm-up never stops a start.
 *
 * @example
 * void warmUp(coverage).then(({ answered, ms }) => log.debug(`warmed up: ${answered} questions in ${ms} ms`));
 */
export async function warmUp(coverage: Coverage, options: WarmUpOptions = {}): Promise<WarmUpReport> {
  const started = performance.now();
  const budgetMs = options.budgetMs ?? 5_000;
  let answered = 0;
  let questions: string[];
  try {
    questions = await settled(() => warmUpQuestions(coverage, options.rounds ?? 4));
  } catch (error) {
    options.log?.warn({ err: error }, `warm-up: no questions could be made from the coverage: ${(error as Error).message}`);
    return { answered, ms: Math.round(performance.now() - started) };
  }
  for (const question of questions) {
    await nextTurn();
    if (options.stopped?.() || performance.now() - started > budgetMs) break;
    try {
      await settled(() => answerQuestion(coverage, question));
      answered++;
    } catch (error) {
      // Stopping closes the store under the question: that failure says nothing.
      if (!options.stopped?.()) options.log?.warn({ err: error, question }, `warm-up: answering "${question}" failed: ${(error as Error).message}`);
    }
  }
  return { answered, ms: Math.round(performance.now() - started) };
}

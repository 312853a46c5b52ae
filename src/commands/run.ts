/**
 * Runs a command against the coverage: the one place that maps a command and
 * its options to an answer, for Discord and the console alike.
 */
import { answerParsed } from '../answer/answer.js';
import { parseQuestion, type ParsedQuestion } from '../answer/intent.js';
import type { Answer, ListWindow } from '../answer/types.js';
import type { Coverage } from '../retrieval/coverage.js';
import { aboutFor, type AboutContent } from './about.js';
import type { CommandName } from './definitions.js';
import { helpFor, type HelpContent } from './help.js';

export type CommandValues = Readonly<Record<string, string | boolean | undefined>>;

/** An answer, with the request it answers (what a page of it asks for again). */
export type CommandResult = { kind: 'answer'; answer: Answer; question: string; request: ParsedQuestion } | { kind: 'help'; help: HelpContent } | { kind: 'about'; about: AboutContent };

/** The commands that answer a question (not help, not about). */
export type AnsweringCommand = Exclude<CommandName, 'help' | 'about'>;

const text = (values: CommandValues, name: string): string => {
  const value = values[name];
  return typeof value === 'string' ? value.trim() : '';
};

/** The question a command stands for, as a person would ask it (shown with the answer). */
export function questionFor(name: CommandName, values: CommandValues): string {
  switch (name) {
    case 'ask':
      return text(values, 'question');
    case 'who-said':
      return `Who said ${text(values, 'statement')}?`;
    case 'quotes':
      return `What did ${text(values, 'speaker')} say${text(values, 'topic') ? ` about ${text(values, 'topic')}` : ''}?`;
    case 'coverage':
      return `How was ${text(values, 'topic')} covered?`;
    case 'compare':
      return `How did the outlets report that ${text(values, 'statement')}?`;
    case 'sources':
      return 'List the sources';
    case 'help':
      return 'help';
    case 'about':
      return 'about';
  }
}

/** The parsed request a command stands for: a slash command says its intent; /ask's question is parsed. */
export function requestFor(name: AnsweringCommand, values: CommandValues): ParsedQuestion {
  switch (name) {
    case 'ask':
      return parseQuestion(questionFor(name, values));
    case 'who-said':
      return { intent: 'who-said', statement: text(values, 'statement') };
    case 'quotes': {
      const topic = text(values, 'topic');
      return { intent: 'speaker-quotes', speaker: text(values, 'speaker'), ...(topic ? { topic } : {}) };
    }
    case 'coverage':
      return { intent: 'coverage', topic: text(values, 'topic') };
    case 'compare':
      return { intent: 'compare', statement: text(values, 'statement') };
    case 'sources':
      return { intent: 'sources' };
  }
}

/** `window`: which items of a long list the answer carries (a page of a list of sources, or a file's worth). */
export function runCommand(coverage: Coverage, name: CommandName, values: CommandValues, window?: ListWindow): CommandResult {
  if (name === 'about') return { kind: 'about', about: aboutFor(coverage) };
  if (name === 'help') return { kind: 'help', help: helpFor(coverage, (example) => answerCommand(coverage, example.name, example.values).answer) };
  return answerCommand(coverage, name, values, window);
}

function answerCommand(coverage: Coverage, name: AnsweringCommand, values: CommandValues, window?: ListWindow): Extract<CommandResult, { kind: 'answer' }> {
  const question = questionFor(name, values);
  const request = requestFor(name, values);
  return { kind: 'answer', answer: answerParsed(coverage, question, request, window), question, request };
}

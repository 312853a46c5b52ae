/**
 * Runs a command against the coverage: the one place that maps a command and
 * its options to an answer, for Discord and the console alike.
 */
import { answerParsed, answerQuestion } from '../answer/answer.js';
import type { Answer } from '../answer/types.js';
import type { Coverage } from '../retrieval/coverage.js';
import type { CommandName } from './definitions.js';
import { HELP, type HelpContent } from './help.js';

export type CommandValues = Readonly<Record<string, string | boolean | undefined>>;

export type CommandResult = { kind: 'answer'; answer: Answer } | { kind: 'help'; help: HelpContent };

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
    case 'sources':
      return 'List the sources';
    case 'help':
      return 'help';
  }
}

export function runCommand(coverage: Coverage, name: CommandName, values: CommandValues): CommandResult {
  const question = questionFor(name, values);
  switch (name) {
    case 'help':
      return { kind: 'help', help: HELP };
    case 'ask':
      return { kind: 'answer', answer: answerQuestion(coverage, question) };
    case 'who-said':
      return { kind: 'answer', answer: answerParsed(coverage, question, { intent: 'who-said', statement: text(values, 'statement') }) };
    case 'quotes': {
      const topic = text(values, 'topic');
      return { kind: 'answer', answer: answerParsed(coverage, question, { intent: 'speaker-quotes', speaker: text(values, 'speaker'), ...(topic ? { topic } : {}) }) };
    }
    case 'sources':
      return { kind: 'answer', answer: answerParsed(coverage, question, { intent: 'sources' }) };
  }
}

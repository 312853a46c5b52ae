import { createInterface } from 'node:readline';
import { answerQuestion } from '../../answer/answer.js';
import { renderJson } from '../../render/json.js';
import { renderText } from '../../render/text.js';
import { openCoverage } from '../../retrieval/open.js';
import { loadConfigFiles } from '../../settings/config-files.js';
import type { Command } from '../context.js';

export const askCommand: Command = {
  name: 'ask',
  summary: 'answer a question, or each line of stdin (JSON Lines with --json)',
  usage: 'ask [--json] [--corpus PATH]... ["QUESTION"]',
  run: async ({ args, json, corpusPaths, out, log, settings }) => {
    const { coverage } = openCoverage({ corpusPaths, cacheDir: settings.cacheDir, cacheMinArticles: settings.cacheMinArticles, ...loadConfigFiles(), log });
    const answer = (question: string): void => {
      const result = answerQuestion(coverage, question);
      out(json ? `${JSON.stringify(renderJson(result))}\n` : `${renderText(result)}\n`);
    };
    if (args.length > 0) {
      answer(args.join(' '));
      return 0;
    }
    // No question given: one question a line from stdin, answered in order.
    const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
    for await (const line of lines) if (line.trim() !== '') answer(line);
    return 0;
  },
};

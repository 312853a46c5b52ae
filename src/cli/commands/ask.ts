import { settled } from '../../retrieval/pending.js';
import { answerParsed } from '../../answer/answer.js';
import { parseQuestion } from '../../answer/intent.js';
import { FIRST_LISTED } from '../../answer/types.js';
import { renderJson } from '../../render/json.js';
import { renderText } from '../../render/text.js';
import { openStore } from '../../retrieval/open-store.js';
import { loadConfigFiles } from '../../settings/config-files.js';
import { refuseCorpusWithDatabase, type Command } from '../context.js';

/**
 * The lines of a stream, split on "\n" alone with one trailing "\r" removed:
 * a bare "\r" inside a line does not end it, and a blank line is a line, so
 * each line given is answered exactly once. A last line without "\n" counts too.
 */
export async function* inputLines(input: AsyncIterable<string | Buffer>): AsyncGenerator<string> {
  const decoder = new TextDecoder();
  let pending = '';
  for await (const chunk of input) {
    pending += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    let end = pending.indexOf('\n');
    while (end !== -1) {
      yield pending.slice(0, end).replace(/\r$/, '');
      pending = pending.slice(end + 1);
      end = pending.indexOf('\n');
    }
  }
  pending += decoder.decode();
  if (pending !== '') yield pending.replace(/\r$/, '');
}

export const askCommand: Command = {
  name: 'ask',
  summary: 'answer a question, or each line of stdin (JSON Lines with --json)',
  usage: 'ask [--json] [--corpus PATH]... ["QUESTION"]',
  run: async (context) => {
    const { args, json, corpusPaths, out, log, settings } = context;
    refuseCorpusWithDatabase(context, 'ask');
    const { coverage, close } = await openStore({
      corpusPaths, cacheDir: settings.cacheDir, cacheMinArticles: settings.cacheMinArticles, maxArticleBytes: settings.maxArticleBytes, ...loadConfigFiles(), log,
      databaseUrl: settings.databaseUrl, ingest: false,
    });
    const answer = async (question: string): Promise<void> => {
      // A script's JSON lists every source, as it lists every statement; the text shows a page and says so.
      const window = json ? { from: 0, count: coverage.articleCount } : FIRST_LISTED;
      const result = await settled(() => answerParsed(coverage, question, parseQuestion(question), window));
      out(json ? `${JSON.stringify(renderJson(result))}\n` : `${renderText(result)}\n`);
    };
    try {
      if (args.length > 0) {
        await answer(args.join(' '));
        return 0;
      }
      // No question given: one question a line from stdin, answered in order, every line once
      // (a blank one is told to ask a question), so answers line up with questions.
      for await (const line of inputLines(process.stdin)) await answer(line);
      return 0;
    } finally {
      await close();
    }
  },
};

import { answerParsed } from '../../answer/answer.js';
import type { Answer } from '../../answer/types.js';
import { renderText } from '../../render/text.js';
import { settled } from '../../retrieval/pending.js';
import { UsageError, type Command } from '../context.js';
import { withCoverage } from '../open-coverage.js';

/**
 * The contract for scripts: `found`, each version (`id`, `outlet`, `published`, `form`, `speaker`, `text`, `onlyHere`
 * and more) and each difference (`kind`, `detail`, `ids`); not found, `versions` and `differences` are empty.
 */
export function comparisonJson(answer: Answer): Record<string, unknown> {
  const comparison = answer.comparison;
  return {
    found: answer.found,
    answer: answer.answer,
    statement: comparison?.statement ?? null,
    speaker: comparison?.speaker ?? null,
    versions: comparison?.versions ?? [],
    differences: comparison?.differences ?? [],
  };
}

export const compareCommand: Command = {
  name: 'compare',
  summary: 'how each outlet reported a statement: versions side by side, and the figures, words and attributions that differ',
  usage: 'compare [--json] [--corpus PATH]... "STATEMENT"',
  run: async (context) => {
    const { args, json, out } = context;
    const statement = args.join(' ').trim();
    if (!statement) throw new UsageError('compare needs a statement');
    return withCoverage(context, 'compare', async (coverage) => {
      const answer = await settled(() => answerParsed(coverage, `How did the outlets report that ${statement}?`, { intent: 'compare', statement }));
      out(json ? `${JSON.stringify(comparisonJson(answer))}\n` : `${renderText(answer)}\n`);
      return answer.found ? 0 : 1;
    });
  },
};

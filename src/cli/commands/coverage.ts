import { writeFileSync } from 'node:fs';
import { answerParsed } from '../../answer/answer.js';
import { renderCoverageChart } from '../../render/coverage-chart.js';
import { renderJson } from '../../render/json.js';
import { renderText } from '../../render/text.js';
import { settled } from '../../retrieval/pending.js';
import { UsageError, type Command } from '../context.js';
import { withCoverage } from '../open-coverage.js';

export const coverageCommand: Command = {
  name: 'coverage',
  summary: 'how a topic was covered: outlets, articles, voices, over time; --chart FILE writes the chart as a PNG',
  usage: 'coverage [--json] [--chart FILE.png] [--corpus PATH]... "TOPIC"',
  run: async (context) => {
    const { args, json, out, log, chart } = context;
    const topic = args.join(' ').trim();
    if (!topic) throw new UsageError('coverage needs a topic');
    return withCoverage(context, 'coverage', async (coverage) => {
      const answer = await settled(() => answerParsed(coverage, `How was ${topic} covered?`, { intent: 'coverage', topic }));
      out(json ? `${JSON.stringify(renderJson(answer))}\n` : `${renderText(answer)}\n`);
      if (chart && answer.coverage) {
        const png = renderCoverageChart(answer.coverage);
        if (png) writeFileSync(chart, png);
        log.info({ chart, bytes: png?.length ?? 0 }, png ? `wrote the chart to ${chart}` : 'no article on the topic is dated: no chart written');
      }
      return answer.found ? 0 : 1;
    });
  },
};

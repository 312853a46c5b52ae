import { writeFileSync } from 'node:fs';
import { answerParsed } from '../../answer/answer.js';
import { renderCoverageChart } from '../../render/coverage-chart.js';
import { renderJson } from '../../render/json.js';
import { renderText } from '../../render/text.js';
import { openStore } from '../../retrieval/open-store.js';
import { settled } from '../../retrieval/pending.js';
import { loadConfigFiles } from '../../settings/config-files.js';
import { refuseCorpusWithDatabase, UsageError, type Command } from '../context.js';

export const coverageCommand: Command = {
  name: 'coverage',
  summary: 'how a topic was covered: outlets, articles, voices, over time; --chart FILE writes the chart as a PNG',
  usage: 'coverage [--json] [--chart FILE.png] [--corpus PATH]... "TOPIC"',
  run: async (context) => {
    const { args, json, corpusPaths, out, log, settings, chart } = context;
    const topic = args.join(' ').trim();
    if (!topic) throw new UsageError('coverage needs a topic');
    refuseCorpusWithDatabase(context, 'coverage');
    const { coverage, close } = await openStore({
      corpusPaths, cacheDir: settings.cacheDir, cacheMinArticles: settings.cacheMinArticles, maxArticleBytes: settings.maxArticleBytes, ...loadConfigFiles(), log,
      databaseUrl: settings.databaseUrl, ingest: false,
    });
    try {
      const answer = await settled(() => answerParsed(coverage, `How was ${topic} covered?`, { intent: 'coverage', topic }));
      out(json ? `${JSON.stringify(renderJson(answer))}\n` : `${renderText(answer)}\n`);
      if (chart && answer.coverage) {
        const png = renderCoverageChart(answer.coverage);
        if (png) writeFileSync(chart, png);
        log.info({ chart, bytes: png?.length ?? 0 }, png ? `wrote the chart to ${chart}` : 'no article on the topic is dated: no chart written');
      }
      return answer.found ? 0 : 1;
    } finally {
      await close();
    }
  },
};

/**
 * `npm run eval:groups [-- --misses] [--json]`: the seeds' statement groups against the gold grouping written by
 * reading them (test/fixtures/seeds-statement-groups.json): pairwise precision and recall (group-scoring.ts).
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadCorpus } from '../../src/corpus/load.js';
import { buildCorpusCoverage } from '../../src/retrieval/coverage.js';
import { loadAttributionConfig, loadSynonyms } from '../../src/settings/config-files.js';
import { goldGroupsOf, scoreGroups } from './group-scoring.js';

const { values } = parseArgs({ options: { misses: { type: 'boolean', default: false }, json: { type: 'boolean', default: false } } });

const GOLD_FILE = new URL('../../test/fixtures/seeds-statement-groups.json', import.meta.url);
const gold = goldGroupsOf(JSON.parse(readFileSync(GOLD_FILE, 'utf8')));
const coverage = buildCorpusCoverage(loadCorpus(['seeds']), loadSynonyms(), loadAttributionConfig());
const score = scoreGroups(gold, coverage.clusters());
const members = gold.reduce((n, group) => n + group.members.length, 0);

if (values.json) {
  console.log(JSON.stringify(score, null, 2));
} else {
  console.log(`seeds: ${members} statements in ${gold.length} remarks (gold), ${coverage.statementCount} statement groups (bot)`);
  console.log(`pairs: ${score.goldPairs} gold, ${score.predictedPairs} predicted, ${score.rightPairs} right`);
  console.log(`pairwise precision ${score.precision.toFixed(3)} recall ${score.recall.toFixed(3)}`);
  console.log(`${score.unfound.length} gold statements the bot does not find; ${score.unlisted.length} of its statements not in the gold`);
  if (values.misses) {
    for (const member of score.unfound) console.log(`  not found: ${member.articleId}: ${member.words}`);
    for (const line of score.unlisted) console.log(`  not in the gold: ${line.slice(0, 140)}`);
    for (const line of score.missedPairs) console.log(`  kept apart: ${line}`);
    for (const line of score.wrongPairs) console.log(`  put together: ${line.slice(0, 200)}`);
  }
}

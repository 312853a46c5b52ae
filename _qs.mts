import { readFileSync } from 'node:fs';
import { answerQuestion } from '/work/main/src/answer/answer.ts';
import { loadAttributionConfig } from '/work/main/src/attribution/config.ts';
import { loadCorpus } from '/work/main/src/corpus/load.ts';
import { buildCoverage, loadSynonyms } from '/work/main/src/retrieval/coverage.ts';
import { judge } from '/work/main/test/answer/question-set.ts';
const { questions } = JSON.parse(readFileSync(process.argv[2]!, 'utf8'));
const coverage = buildCoverage(loadCorpus(process.argv[3] ? [process.argv[3]] : []).articles, loadSynonyms(), loadAttributionConfig());
let right = 0;
for (const q of questions) { const a = answerQuestion(coverage, q.question); const p = judge(a, q); if (!p) right++; else console.log('WRONG', q.question, '->', p, '|', a.quotes[0]?.text.slice(0, 60), a.closest[0]?.text.slice(0,40)); }
console.log(right, '/', questions.length);

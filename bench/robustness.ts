/**
 * `npm run bench -- robustness`: how long hostile inputs take through the
 * `quotes` pipeline (read, prepare, attribute): a binary file, an empty file,
 * a 1 MB line with no punctuation, 1 MB of unbalanced quotation marks, 1 MB of
 * dotted capitals, 1 MB of one name saying one thing over and over, 1 MB of
 * two people sharing a family name and 1 MB of "of" before an acronym.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { attributeCorpus } from '../src/attribution/index.js';
import { readText } from '../src/corpus/load.js';
import { prepareArticle } from '../src/corpus/prepare.js';

const MB = 1024 * 1024;

/** A fixed pseudo-random sequence, so every run measures the same input. */
function sequence(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

function words(count: number, vocabulary: readonly string[], random: () => number): string {
  return Array.from({ length: count }, () => vocabulary[Math.floor(random() * vocabulary.length)]).join(' ');
}

function inputs(): [string, Buffer | string][] {
  const random = sequence(7);
  const binary = Buffer.from(Array.from({ length: 200_000 }, () => Math.floor(random() * 256)));
  const vocabulary = ['said', 'the', 'minister', 'Carter', 'told', 'reporters', 'that', 'we', 'will', 'win', 'he', 'added', 'a', 'senior', 'official', 'The'];
  const unpunctuated = words(220_000, vocabulary, random).slice(0, MB);
  const quoted = words(220_000, [...vocabulary, '"', '“', '”', '"we', 'win"', "''"], random).slice(0, MB);
  // Capitals with no space (acronym look-ups), and one full name said thousands of times (name look-ups).
  const capitals = 'A.'.repeat(MB / 2);
  const repeated = 'Jane Roe said the plan was fine. '.repeat(Math.floor(MB / 33));
  // Two people sharing a family name written first, over and over (family-name look-ups), and a long run of "of".
  const shared = 'Ouyang Lin said it was fine. Ouyang Mei said it was fine. Ouyang said it was bad. '.repeat(Math.floor(MB / 84));
  const connectors = `Jane Roe said the plan was fine. Roe ${'of '.repeat(Math.floor(MB / 3) - 20)}(RO)`;
  return [
    ['binary file (200 KB of random bytes)', binary],
    ['empty file', ''],
    ['1 MB line, no punctuation', unpunctuated],
    ['1 MB of unbalanced quotation marks', quoted],
    ['1 MB of "A.A.A." (capitals, dots)', capitals],
    ['1 MB of one name saying one thing', repeated],
    ['1 MB of two people sharing a name', shared],
    ['1 MB of "of of of" before an acronym', connectors],
  ];
}

export function benchRobustness(): void {
  const dir = mkdtempSync(path.join(tmpdir(), 'quotewire-bench-'));
  try {
    console.log('hostile inputs through read + prepare + attribution (one run each)');
    for (const [name, content] of inputs()) {
      const file = path.join(dir, 'input.txt');
      writeFileSync(file, content);
      const started = performance.now();
      const read = readText(file);
      let outcome: string;
      if ('problem' in read) outcome = `rejected: ${read.problem}`;
      else {
        const article = prepareArticle({ id: 'input', origin: file, text: read.text, headlineInText: true });
        const { statements } = attributeCorpus([article]);
        const longest = Math.max(0, ...article.sentences.map((s) => s.end - s.start));
        outcome = `${article.sentences.length} sentences (longest ${longest} chars), ${statements.length} statements`;
      }
      console.log(`${name.padEnd(38)} ${(performance.now() - started).toFixed(0).padStart(6)} ms  ${outcome}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

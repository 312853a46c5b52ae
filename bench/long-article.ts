/**
 * `npm run bench -- long-article [--runs N]`: how the build time of one
 * article (prepare, attribution, search index) grows with its length, for
 * generated articles of 1, 2, 4 and 8 MB of news-like paragraphs (quotations,
 * reported speech, named people and places, all invented). Each size is
 * printed with its ratio to the 1 MB time: linear growth keeps the ratio near
 * the size ratio (2, 4, 8). `LONG_ARTICLE_MB=50` adds a size (any list of
 * sizes, comma-separated), to time a very long article under a raised limit.
 * Last, a 50 MB article file is read under the default limit: refused unread.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readCorpus } from '../src/corpus/load.js';
import { loadAttributionConfig, loadSynonyms } from '../src/settings/config-files.js';
import { prepareArticle, type RawArticle } from '../src/corpus/prepare.js';
import { buildCoverage } from '../src/retrieval/coverage.js';
import { median } from './shared-corpora.js';

const FIRST = ['Jane', 'Tom', 'Maria', 'Peter', 'Anna', 'Lars', 'Nina', 'Omar', 'Ruth', 'Ivan', 'Clara', 'Hugo'];
const LAST = ['Roe', 'Varga', 'Ostby', 'Kell', 'Marlow', 'Dunmore', 'Achterberg', 'Pell', 'Strand', 'Quill', 'Hadley', 'Brisk'];
const PLACES = ['Springfield', 'Freedonia', 'Kelvale', 'Ostby Harbour', 'North Kelvale', 'Port Varga'];
const ROLES = ['mayor', 'finance minister', 'spokeswoman', 'chief executive', 'union leader', 'police chief'];
const ORGS = ['Acme', 'the Kelvale Council', 'the Freedonia Rail Company', 'Springfield University'];
const TOPICS = ['the new bridge', 'the harbour tax', 'the rail strike', 'the school budget', 'the flood defences', 'the water contract'];

/** A deterministic stream of numbers, so every run builds the same article. */
function counter(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state;
  };
}

/** One paragraph of the kind news articles hold, with invented people and places. */
function paragraph(next: () => number): string {
  const pick = <T>(items: readonly T[]): T => items[next() % items.length] as T;
  const person = `${pick(FIRST)} ${pick(LAST)}`;
  const last = person.split(' ')[1] ?? person;
  const role = pick(ROLES);
  const place = pick(PLACES);
  const topic = pick(TOPICS);
  const org = pick(ORGS);
  const amount = (next() % 900) + 10;
  switch (next() % 6) {
    case 0:
      return `"We will not accept ${topic} as it stands," said ${person}, the ${role} of ${place}. "Nobody in ${place} was asked."`;
    case 1:
      return `${person}, ${role} at ${org}, told reporters in ${place} on Tuesday that ${topic} would cost ${amount} million dollars more than planned.`;
    case 2:
      return `${org} said in a statement that it had "no plans" to change ${topic}, although ${last} has argued for months that it must.`;
    case 3:
      return `The ${role} added: "This is about ${place}, not about ${org}. We have waited ${amount} days for an answer."`;
    case 4:
      return `According to ${person}, ${amount} families in ${place} were affected by ${topic}, a figure ${org} disputes.`;
    default:
      return `Residents of ${place} gathered outside the town hall on Monday as ${topic} was debated for a ${amount % 7 + 2}th time.`;
  }
}

/** A generated article of about `bytes` bytes: a headline, then paragraphs separated by blank lines. */
export function longArticle(bytes: number, seed = 7): string {
  const next = counter(seed);
  const parts = ['Kelvale council debates the harbour plan', ''];
  let size = parts[0]?.length ?? 0;
  while (size < bytes) {
    const text = paragraph(next);
    parts.push(text, '');
    size += text.length + 2;
  }
  return parts.join('\n');
}

function buildMs(text: string): [number, number] {
  const synonyms = loadSynonyms();
  const config = loadAttributionConfig();
  const raw: RawArticle = { id: 'long', origin: 'long.txt', text, headlineInText: true };
  const started = performance.now();
  const coverage = buildCoverage([prepareArticle(raw)], synonyms, config);
  const ms = performance.now() - started;
  return [ms, coverage.clusters().reduce((sum, cluster) => sum + cluster.occurrences.length, 0)];
}

/** Reads a 50 MB article file with the default limit: it must be refused at once, not read. */
function refuseHuge(): void {
  const dir = mkdtempSync(path.join(tmpdir(), 'quotewire-bench-'));
  try {
    const file = path.join(dir, 'huge.txt');
    writeFileSync(file, longArticle(50 * 1024 * 1024));
    writeFileSync(path.join(dir, 'small.txt'), longArticle(4 * 1024));
    const started = performance.now();
    const { raws, warnings } = readCorpus([dir]);
    const ms = performance.now() - started;
    console.log(`50 MB article file, default limit: read in ${ms.toFixed(0)} ms, ${raws.length} other article loaded; ${warnings.map((w) => `${path.basename(w.file)}: ${w.message}`).join('; ')}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function benchLongArticle(runs: number): void {
  const extra = (process.env.LONG_ARTICLE_MB ?? '')
    .split(',')
    .map((entry) => Number(entry.trim()))
    .filter((value) => Number.isFinite(value) && value > 0);
  const sizes = [1, 2, 4, 8, ...extra];
  console.log(`one long article: prepare + attribution + index, median of ${runs} runs (node ${process.version})`);
  console.log('size MB   build ms   ratio to 1 MB   ms per MB   statements');
  buildMs(longArticle(256 * 1024)); // warm-up: the 1 MB time should not carry the compiler's first pass
  let base = 0;
  for (const size of sizes) {
    const text = longArticle(size * 1024 * 1024);
    const times: number[] = [];
    let statements = 0;
    for (let run = 0; run < runs; run++) {
      const [ms, found] = buildMs(text);
      times.push(ms);
      statements = found;
    }
    const ms = median(times);
    if (size === 1) base = ms;
    console.log(
      [
        String(size).padStart(7),
        ms.toFixed(0).padStart(10),
        (base > 0 ? (ms / base).toFixed(2) : '-').padStart(15),
        (ms / size).toFixed(0).padStart(11),
        String(statements).padStart(12),
      ].join(' '),
    );
  }
  refuseHuge();
}

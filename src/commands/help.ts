/**
 * The help text, as data: a transport shows it as an embed or as console
 * text. Its examples come from the loaded coverage (its most-quoted named
 * speaker, the distinctive words of one of their statements, an outlet that
 * carried it), and each is asked before it is offered: an example that would
 * not be answered is left out. The same coverage always gives the same help.
 */
import type { Answer } from '../answer/types.js';
import type { Coverage } from '../retrieval/coverage.js';
import type { QuoteCluster } from '../retrieval/snapshot.js';
import { STOP_WORDS } from '../retrieval/stop-words.js';
import type { CommandName } from './definitions.js';

export interface HelpContent {
  title: string;
  intro: string;
  commands: { usage: string; what: string }[];
  examples: string[];
  note: string;
}

/** A command with its options, as an example. */
export interface HelpExample {
  name: Exclude<CommandName, 'help' | 'about'>;
  values: Record<string, string>;
}

/** Answers an example as the command would. */
export type AnswerExample = (example: HelpExample) => Answer;

const HELP_TEXT: Omit<HelpContent, 'examples'> = {
  title: 'QuoteWire: who said what in the news',
  intro:
    'Answers come from the articles themselves, never invented: who said what, which outlets reported it, and links to the sources. Quotations are shown in quotation marks; paraphrases are marked as such; anonymous sources are said to be anonymous.',
  commands: [
    { usage: '/ask question:<text>', what: 'Any question about the coverage.' },
    { usage: '/who-said statement:<text>', what: 'Who said something, and which outlets reported it.' },
    { usage: '/quotes speaker:<name> [topic:<text>]', what: "A speaker's statements, by any name, alias or role." },
    { usage: '/compare statement:<text>', what: "How each outlet reported a statement: its wording side by side, the figures and words that differ." },
    { usage: '/coverage topic:<text>', what: 'How a topic was covered: outlets, articles, whom each quoted, and a chart of articles over time.' },
    { usage: '/sources', what: 'The articles in the coverage, with links.' },
    { usage: '/about', what: 'What the bot holds: articles, outlets, dates, statements, people; version and uptime.' },
    { usage: '/help', what: 'This help.' },
  ],
  note: 'Add private:True to any command to see the answer alone; format:csv or format:json to /ask, /who-said, /quotes or /sources attaches the whole list as a file.',
};

/** How many words of a statement a "who said" example quotes. */
const STATEMENT_WORDS = 6;
/** Statements (and speakers) tried before giving up on an example: help stays quick on any corpus. */
const TRIES = 12;

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

interface Token {
  word: string;
  start: number;
  end: number;
}

function tokens(text: string): Token[] {
  return [...text.matchAll(WORD)].map((m) => ({ word: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length }));
}

/** How many statements hold a word (a Map of some words will do). */
export interface Frequencies {
  get(word: string): number | undefined;
}

/**
 * In how many statements of the coverage a word appears, as its search index counts them (the word's
 * search terms; a word of several, "well-known", as often as its rarest): rare words are the distinctive
 * ones. A word with no search term (a stop word) is as common as can be. Worked out as words are asked for.
 */
function documentFrequency(coverage: Coverage): Frequencies {
  const known = new Map<string, number>();
  return {
    get(word) {
      let count = known.get(word);
      if (count === undefined) {
        const terms = coverage.normaliser.terms(word);
        count = terms.length === 0 ? coverage.statementCount : Math.max(1, Math.min(...terms.map((term) => coverage.statementsHolding(term))));
        known.set(word, count);
      }
      return count;
    },
  };
}

const weight = (df: Frequencies, word: string): number => (STOP_WORDS.has(word) ? 0 : 1 / (df.get(word) ?? 1));
/** How telling a word is of the statements holding it: the log of how rare it is. */
const rarity = (df: Frequencies, statements: number, word: string): number => Math.log((statements + 1) / (df.get(word) ?? 1));

/**
 * The run of words of a statement that is rarest in the coverage, as written:
 * within one sentence, ending on a word that means something, and starting
 * where a clause starts when some run does (it reads better).
 */
export function distinctiveWords(text: string, df: Frequencies, count = STATEMENT_WORDS): string | null {
  const all = tokens(text);
  let best: { score: number; from: number; to: number } | null = null;
  for (let i = 0; i + count <= all.length; i++) {
    const run = all.slice(i, i + count);
    const first = run[0] as Token;
    const last = run[run.length - 1] as Token;
    if (/[.!?;:]/.test(text.slice(first.end, last.start)) || STOP_WORDS.has(last.word.replace(/['’].*$/u, ''))) continue;
    const clause = i === 0 || /[,.!?;:(\u2013\u2014]\s*$/.test(text.slice(0, first.start));
    const score = (clause ? 1000 : 0) + run.reduce((sum, t) => sum + weight(df, t.word), 0);
    if (!best || score > best.score) best = { score, from: first.start, to: last.end };
  }
  return best ? text.slice(best.from, best.to) : null;
}

/**
 * The word a speaker uses often and the coverage rarely (in more than one of
 * their statements when some word is; on a tie the longer word, which is
 * more often a word with a meaning): a topic to ask them about.
 */
export function topicWord(clusters: readonly QuoteCluster[], df: Frequencies, statements: number): string | null {
  const used = new Map<string, { count: number; shown: string }>();
  for (const cluster of clusters) {
    const seen = new Set<string>();
    for (const [index, token] of tokens(cluster.text).entries()) {
      if (token.word.length < 5 || !/^\p{L}+$/u.test(token.word) || STOP_WORDS.has(token.word) || seen.has(token.word)) continue;
      seen.add(token.word);
      const written = cluster.text.slice(token.start, token.end);
      // A capital inside a sentence is a name's: kept; else the word is shown in lower case.
      const named = index > 0 && /^\p{Lu}/u.test(written);
      const entry = used.get(token.word);
      used.set(token.word, { count: (entry?.count ?? 0) + 1, shown: named ? written : (entry?.shown ?? token.word) });
    }
  }
  const repeated = (count: number): number => Number(count > 1);
  const ranked = [...used].sort(([a, x], [b, y]) => repeated(y.count) - repeated(x.count) || y.count * rarity(df, statements, b) - x.count * rarity(df, statements, a) || b.length - a.length || a.localeCompare(b));
  return ranked[0]?.[1].shown ?? null;
}

/** The `count` named speakers quoted most (ties in the speakers' order: by name), with their statements, read when first asked for. */
function namedSpeakers(coverage: Coverage, count: number): { name: string; clusters: () => readonly QuoteCluster[] }[] {
  return coverage.mostQuoted(count).map((e) => ({ name: e.name as string, clusters: () => coverage.clustersOf(e.id) }));
}

/** A speaker's statements, the most widely carried first, direct quotations before paraphrases. */
function byReach(coverage: Coverage, clusters: readonly QuoteCluster[]): QuoteCluster[] {
  const outlets = (c: QuoteCluster): number => new Set(c.occurrences.map((o) => o.articleId)).size;
  return [...clusters].sort((a, b) => Number(b.kind === 'direct') - Number(a.kind === 'direct') || outlets(b) - outlets(a) || coverage.compareStatements(a, b));
}

/** The examples for this coverage: each one answered (found) when asked. */
export function helpExamples(coverage: Coverage, answer: AnswerExample): HelpExample[] {
  const works = (example: HelpExample): boolean => answer(example).found;
  const first = (candidates: Iterable<HelpExample>): HelpExample | null => {
    let tried = 0;
    for (const candidate of candidates) {
      if (tried++ >= TRIES) break;
      if (works(candidate)) return candidate;
    }
    return null;
  };
  const speakers = namedSpeakers(coverage, TRIES);
  const df = documentFrequency(coverage);
  const examples: HelpExample[] = [];
  const add = (example: HelpExample | null): void => {
    if (example) examples.push(example);
  };

  // A statement in its own distinctive words, and who reported it: the speakers' statements read only until one is answered.
  const candidates = function* (): Generator<HelpExample & { name: 'who-said' }> {
    for (const speaker of speakers) for (const cluster of byReach(coverage, speaker.clusters()).slice(0, 3)) {
      const statement = distinctiveWords(cluster.text, df);
      if (statement) yield { name: 'who-said', values: { statement } };
    }
  };
  const said = first(candidates());
  add(said);
  const speaker = speakers[0];
  if (speaker) {
    add(first([{ name: 'quotes', values: { speaker: speaker.name } }]));
    const topic = topicWord(speaker.clusters(), df, coverage.statementCount);
    if (topic) add(first([{ name: 'quotes', values: { speaker: speaker.name, topic } }]));
    // How the speaker's word was covered across the outlets.
    if (topic) add(first([{ name: 'coverage', values: { topic } }]));
  }
  if (said) add(first([{ name: 'ask', values: { question: `Which outlets reported "${said.values.statement}"?` } }]));
  if (speaker) add(first([{ name: 'ask', values: { question: `Who is ${speaker.name}?` } }]));
  return examples;
}

/** An example as it is typed, in Discord and in the console alike. */
export function exampleText(example: HelpExample): string {
  return `/${example.name}${Object.entries(example.values).map(([key, value]) => ` ${key}:${value}`).join('')}`;
}

const helpByCoverage = new WeakMap<Coverage, HelpContent>();

/** The help for this coverage, examples included (worked out once a coverage). */
export function helpFor(coverage: Coverage, answer: AnswerExample): HelpContent {
  const known = helpByCoverage.get(coverage);
  if (known) return known;
  const examples = helpExamples(coverage, answer).map(exampleText);
  const help: HelpContent = { ...HELP_TEXT, examples: examples.length > 0 ? examples : ['/sources'] };
  helpByCoverage.set(coverage, help);
  return help;
}

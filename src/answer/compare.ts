/**
 * How the outlets reported one statement: each article's version of it side
 * by side (its words, its form, how it names the speaker, when it was
 * published), and what differs between them: figures, wording, who it is
 * attributed to, and articles sharing the text that leave it out.
 *
 * The versions are the statement's group (one remark however worded, see
 * retrieval/same-remark.ts), and, in articles that share most of their text
 * with one carrying it (a wire copy, a rewrite), the statement there that
 * says the same, whoever it is attributed to: a copy that rewords a remark,
 * changes a figure or credits someone else is one version of it still.
 */
import type { Coverage } from '../retrieval/coverage.js';
import type { QuoteCluster, SentenceRecord, StatementOccurrence } from '../retrieval/snapshot.js';
import type { SpeakerEntity } from '../attribution/index.js';
import { remarkShape, stemOf, termWeights, wordingShare, type RemarkShape, type TermWeights } from '../retrieval/same-remark.js';
import { NEGATIONS } from '../language/negations.js';
import { NUMBER_WORDS, ungroupDigits } from '../language/numbers.js';
import { SPEECH_VERBS } from '../language/reporting-verbs.js';
import { textFragmentLink } from './links.js';
import { coverageShares, sharesWorkedOut } from './shared-text.js';
import { sourceName } from './templates.js';
import type { StatementKind } from '../attribution/index.js';

/** How a version gives the remark. */
export type VersionForm = 'quotation' | 'paraphrase' | 'partial quotation';
/** How a version names who said it. */
export type AttributionForm = 'named' | 'title' | 'anonymous' | 'pronoun' | 'none';

export interface StatementVersion {
  /** The article's id. */
  id: string;
  outlet: string | null;
  published: string | null;
  /** 1 for the earliest published (versions of one day share a place); null when the article has no date. */
  order: number | null;
  form: VersionForm;
  speaker: string | null;
  /** How the article names the speaker there ("the harbour chief"), and what kind of naming that is. */
  attribution: { as: string | null; form: AttributionForm };
  text: string;
  /** True when no statement was found there, only a sentence naming the speaker that holds the remark's rare words ("confirmed that the ferry will run late"). */
  inSentence: boolean;
  /** Words this version has that no other version has (numbers aside: see the differences). */
  onlyHere: string[];
  /** The figures it gives, as written ("eight or nine miles"). */
  figures: string[];
  url: string | null;
  link: string | null;
  start: number;
  end: number;
}

export type DifferenceKind = 'number' | 'wording' | 'attribution' | 'omission';

export interface VersionDifference {
  kind: DifferenceKind;
  detail: string;
  /** The articles the difference is about. */
  ids: string[];
}

export interface StatementComparison {
  /** The statement as its group shows it. */
  statement: string;
  speaker: string | null;
  versions: StatementVersion[];
  differences: VersionDifference[];
  /** False when copies of the articles were not looked for (a coverage too large: see answer/shared-text.ts): no omission can be told then. */
  copiesLooked: boolean;
}

/** Share of a statement's word weight another in a copy of its article must hold to be a version of it. */
const VERSION_SHARE = 0.5;
/** Share of an article's text another must hold to be a copy whose silence on the remark is worth telling. */
const COPY_SHARE = 0.5;

const FORMS: Record<StatementKind, VersionForm> = { direct: 'quotation', indirect: 'paraphrase', mixed: 'partial quotation' };
const PRONOUNS = /^(?:he|she|they|it|we|i|him|her|them)$/i;

/** How an article names the speaker, from the words it uses for them there. */
function attributionForm(mention: string | null, speaker: string | null, anonymous: boolean): AttributionForm {
  if (anonymous) return 'anonymous';
  if (!mention) return 'none';
  if (PRONOUNS.test(mention.trim())) return 'pronoun';
  const nameWords = new Set((speaker ?? '').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 1));
  return mention.toLowerCase().split(/[^\p{L}\p{N}]+/u).some((word) => nameWords.has(word)) ? 'named' : 'title';
}

/** Number words read as figures: not "one", more often a pronoun ("no one", "one of them") than a count. */
const FIGURE_WORDS: ReadonlyMap<string, string> = new Map([...NUMBER_WORDS].filter(([word]) => word !== 'one'));
const NUMBER = `(?:\\d[\\d,.]*|${[...FIGURE_WORDS.keys()].join('|')})`;
/** A figure as written: a number or a range of two ("eight or nine"), and the word it counts. */
const FIGURE = new RegExp(`\\b${NUMBER}(?:\\s*(?:or|to|and|-)\\s*${NUMBER})?(?:(?:\\s*-\\s*|\\s+)[\\p{L}%]+)?`, 'giu');

/** The figures a text gives, as written. */
export function figuresIn(text: string): string[] {
  return [...text.matchAll(FIGURE)].map((match) => match[0].trim());
}

/** The numbers of a text, "six" and "6" alike ("one" aside: see FIGURE_WORDS), in order, each once. */
function numbersOf(text: string): string[] {
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N},.]*/gu) ?? [];
  return [...new Set(words.flatMap((word) => {
    const bare = word.replace(/[.,]+$/, '');
    const named = FIGURE_WORDS.get(bare.toLowerCase());
    return named ? [named] : /^\d/.test(bare) ? [ungroupDigits(bare)] : [];
  }))];
}

interface Found {
  occurrence: StatementOccurrence;
  cluster: QuoteCluster;
  inSentence?: boolean;
  /** A copy's sentence that carries the remark with no one named for it. */
  unattributed?: boolean;
}

/** Most sentences weighed when looking for a remark told in passing. */
const PASSING_SEARCHED = 50;

/** The remark's core: the rare words (by stem) at least half its versions hold. */
function coreOf(shapes: readonly RemarkShape[], weights: TermWeights): string[] {
  const held = new Map<string, number>();
  for (const shape of shapes) for (const term of shape.terms) if (term.weight >= weights.rare) held.set(term.stem, (held.get(term.stem) ?? 0) + 1);
  return [...held].filter(([, count]) => count * 2 > shapes.length).map(([stem]) => stem);
}

/** Where a clause opens: after "that", a comma, a semicolon or "and"; where it closes: at a comma, a semicolon or the end. */
const OPENS = /(?:\bthat\s+|[,;:]\s*|\band\s+)/gi;

/**
 * The clause of a sentence holding its first core word: from the last
 * "that", comma or "and" before it, to the next comma or the end ("... and
 * confirmed earlier reports that [the pier will close in May ...]").
 */
export function clauseHolding(text: string, isCore: (word: string) => boolean): { start: number; end: number } {
  const word = [...text.matchAll(/[\p{L}\p{N}]+/gu)].find((match) => isCore(match[0]));
  if (!word || word.index === undefined) return { start: 0, end: text.length };
  let start = 0;
  for (const match of text.slice(0, word.index).matchAll(OPENS)) start = (match.index ?? 0) + match[0].length;
  const close = /[,;]/.exec(text.slice(word.index));
  const end = close ? word.index + close.index : text.replace(/[\s.!?]+$/, '').length;
  return { start, end };
}

/** The speaker's statement in an article that holds every core word, if one does. */
function statementHolding(coverage: Coverage, entity: string | null, articleId: string, core: readonly string[]): Found | null {
  for (const other of coverage.clustersInArticle(articleId)) {
    if (other.entity !== entity) continue;
    for (const occurrence of other.occurrences) {
      if (occurrence.articleId !== articleId) continue;
      const stems = new Set(coverage.normaliser.terms(occurrence.text).map(stemOf));
      if (core.every((stem) => stems.has(stem))) return { occurrence, cluster: other };
    }
  }
  return null;
}

/**
 * Articles where the speaker is quoted and a sentence holds every core word
 * of the remark, but no statement of it was found: the remark told in
 * passing ("... and confirmed that the ferry will run late"), one sentence an article.
 */
function versionsInPassing(coverage: Coverage, cluster: QuoteCluster, core: readonly string[], known: ReadonlySet<string>): Found[] {
  const speaker = cluster.entity === null ? undefined : coverage.entity(cluster.entity);
  if (!speaker || core.length === 0) return [];
  const where = new Set(speaker.articles);
  const found: Found[] = [];
  const seen = new Set(known);
  for (const result of coverage.searchSentences(cluster.text, { limit: PASSING_SEARCHED })) {
    const sentence = coverage.sentence(result.id as number);
    if (!sentence || seen.has(sentence.articleId) || !where.has(sentence.articleId)) continue;
    if (!holdsCore(coverage, sentence.text, core)) continue;
    // A statement of the speaker's there holding the core is the version; else the sentence's clause, where the
    // sentence names the speaker and a verb of saying, and no one else's statement stands in it.
    const stated = statementHolding(coverage, cluster.entity, sentence.articleId, core);
    if (stated) {
      seen.add(sentence.articleId);
      found.push(stated);
      continue;
    }
    if (!namesSpeakerSaying(sentence, speaker) || othersStatementIn(coverage, sentence, cluster.entity)) continue;
    seen.add(sentence.articleId);
    found.push({ occurrence: clauseOccurrence(coverage, sentence, core), cluster, inSentence: true });
  }
  return found;
}

/** Words that put a clause in doubt ("whether the pier will reopen", "if it reopens"). */
const DOUBTING = new Set(['whether', 'if', 'unless']);

/** Whether a sentence carries the remark as it is: most of its words both ways, no doubt or denial the remark lacks. */
function carriesAsIs(coverage: Coverage, text: string, own: RemarkShape, weights: TermWeights): boolean {
  const words = new Set((text.toLowerCase().match(/\p{L}+/gu) ?? []).map((word) => word.replace(/['’]/g, '')));
  const ownWords = new Set((own.lower.match(/\p{L}+/gu) ?? []).map((word) => word.replace(/['’]/g, '')));
  if ([...words].some((word) => (NEGATIONS.has(word) || DOUBTING.has(word)) && !ownWords.has(word))) return false;
  const shape = remarkShape({ articleId: '', start: 0, end: 0, text, kind: 'indirect' }, coverage.normaliser, weights);
  return Math.min(wordingShare(own, shape), wordingShare(shape, own)) >= VERSION_SHARE;
}

/** Whether a text holds every core stem. */
function holdsCore(coverage: Coverage, text: string, core: readonly string[]): boolean {
  const stems = new Set(coverage.normaliser.terms(text).map(stemOf));
  return core.every((stem) => stems.has(stem));
}

/** The clause of a sentence holding the core, as an occurrence. */
function clauseOccurrence(coverage: Coverage, sentence: SentenceRecord, core: readonly string[]): StatementOccurrence {
  const clause = clauseHolding(sentence.text, (word) => core.includes(stemOf(coverage.normaliser.terms(word)[0] ?? '')));
  return { articleId: sentence.articleId, start: sentence.start + clause.start, end: sentence.start + clause.end, text: sentence.text.slice(clause.start, clause.end), kind: 'indirect', cue: null, mention: null };
}

/**
 * Whether a sentence names the speaker and says they spoke: their family
 * name or a name they go by (a capitalised alias, not a role such as "the
 * mayor"), as a whole word, and a verb of saying.
 */
function namesSpeakerSaying(sentence: SentenceRecord, speaker: SpeakerEntity): boolean {
  const names = [speaker.name?.split(/\s+/).at(-1), ...speaker.aliases.filter((alias) => /^\p{Lu}/u.test(alias))]
    .filter((name): name is string => !!name && name.length > 1 && !PRONOUNS.test(name));
  const words = (sentence.text.match(/[\p{L}\p{N}'’.-]+/gu) ?? []).map((word) => word.toLowerCase());
  const named = names.some((name) => {
    const parts = name.toLowerCase().split(/\s+/);
    return words.some((_, at) => parts.every((part, k) => words[at + k] === part));
  });
  return named && words.some((word) => SPEECH_VERBS.has(word));
}

/** Whether a statement of another speaker stands in the sentence: its words are theirs. */
function othersStatementIn(coverage: Coverage, sentence: SentenceRecord, entity: string | null): boolean {
  return coverage.clustersInArticle(sentence.articleId).some((other) => other.entity !== entity &&
    other.occurrences.some((o) => o.articleId === sentence.articleId && o.start < sentence.end && sentence.start < o.end));
}

/**
 * The statements of articles sharing most of their text with those carrying
 * `cluster` that say the same as it (weighted words, see wordingShare) and
 * are not of its group: rewordings, changed figures, another attribution.
 */
function versionsInCopies(coverage: Coverage, cluster: QuoteCluster, core: readonly string[], weights: TermWeights): { found: Found[]; silent: { id: string; of: string; share: number }[] } {
  const carrying = [...new Set(cluster.occurrences.map((o) => o.articleId))];
  const shares = coverageShares(coverage, carrying);
  const own = remarkShape({ ...cluster.occurrences[0] as StatementOccurrence, text: cluster.text, kind: cluster.kind }, coverage.normaliser, weights);
  const found: Found[] = [];
  const silent: { id: string; of: string; share: number }[] = [];
  const seen = new Set(carrying);
  for (const id of carrying) {
    for (const share of shares.get(id) ?? []) {
      if (seen.has(share.id) || share.share < COPY_SHARE) continue;
      seen.add(share.id);
      let best: Found | null = null;
      let bestShare = VERSION_SHARE;
      for (const other of coverage.clustersInArticle(share.id)) {
        for (const occurrence of other.occurrences) {
          if (occurrence.articleId !== share.id) continue;
          const shape = remarkShape(occurrence, coverage.normaliser, weights);
          const alike = Math.min(wordingShare(own, shape), wordingShare(shape, own));
          if (alike >= bestShare) [best, bestShare] = [{ occurrence, cluster: other }, alike];
        }
      }
      // No statement says it: a sentence holding the remark's core, worded alike and not doubting or denying it, carries it unattributed.
      const sentence = best || core.length === 0 ? undefined : coverage.sentencesOf(share.id).find((s) => holdsCore(coverage, s.text, core) && carriesAsIs(coverage, s.text, own, weights));
      if (best) found.push(best);
      else if (sentence) found.push({ occurrence: clauseOccurrence(coverage, sentence, core), cluster, inSentence: true, unattributed: true });
      else silent.push({ id: share.id, of: id, share: share.share });
    }
  }
  return { found, silent };
}

/**
 * A word's form whatever its tense or number: its stem without a closing "e",
 * so "faced", "faces" and "face" are one ("the council faces" reported as
 * "the council faced" is no other wording).
 */
const formOf = (term: string): string => stemOf(term).replace(/(?<=\p{L}{2})e$/u, '');

/** Each version's words no other version has, numbers aside, as written in it. */
function wordsOnlyIn(coverage: Coverage, texts: readonly string[]): string[][] {
  // One version alone has nothing to differ from.
  if (texts.length < 2) return texts.map(() => []);
  const terms = texts.map((text) => new Set(coverage.normaliser.terms(text).filter((term) => !/^\d/.test(term)).map(formOf)));
  return texts.map((text, index) => {
    const elsewhere = new Set(terms.flatMap((set, other) => (other === index ? [] : [...set])));
    const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
    return [...new Set(words.filter((word) => coverage.normaliser.terms(word).some((term) => !/^\d/.test(term) && !elsewhere.has(formOf(term)))))];
  });
}

function versionOf(coverage: Coverage, { occurrence, cluster, inSentence, unattributed }: Found): Omit<StatementVersion, 'onlyHere' | 'order'> {
  const article = coverage.article(occurrence.articleId);
  const url = article?.url ?? null;
  return {
    id: occurrence.articleId,
    outlet: article?.outlet ?? null,
    published: article?.published ?? null,
    form: FORMS[occurrence.kind],
    speaker: cluster.anonymous || unattributed ? null : cluster.speaker,
    attribution: unattributed ? { as: null, form: 'none' }
      : { as: cluster.anonymous ? (occurrence.mention ?? cluster.role) : occurrence.mention, form: attributionForm(occurrence.mention, cluster.speaker, cluster.anonymous) },
    text: occurrence.text,
    inSentence: inSentence ?? false,
    figures: figuresIn(occurrence.text),
    url,
    link: url && article?.textAtUrl !== false ? textFragmentLink(url, occurrence.text) : url,
    start: occurrence.start,
    end: occurrence.end,
  };
}

/** Places by date: 1 for the earliest; versions of one date share a place; null for no date. */
function ordersOf(published: readonly (string | null)[]): (number | null)[] {
  const dates = [...new Set(published.filter((date): date is string => date !== null))].sort();
  return published.map((date) => (date === null ? null : dates.indexOf(date) + 1));
}

const listOf = (versions: readonly StatementVersion[]): string => [...new Set(versions.map(sourceName))].join(', ');

function differencesOf(coverage: Coverage, versions: readonly StatementVersion[], silent: readonly { id: string; of: string; share: number }[]): VersionDifference[] {
  const differences: VersionDifference[] = [];
  const withNumbers = versions.filter((version) => numbersOf(version.text).length > 0);
  const numberSets = new Set(withNumbers.map((version) => numbersOf(version.text).sort().join(' ')));
  if (numberSets.size > 1) {
    differences.push({
      kind: 'number',
      detail: `The figures differ: ${withNumbers.map((version) => `${version.figures.join(', ') || numbersOf(version.text).join(', ')} (${sourceName(version)})`).join('; ')}.`,
      ids: withNumbers.map((version) => version.id),
    });
  }
  const worded = versions.filter((version) => version.onlyHere.length > 0);
  if (worded.length > 0) {
    differences.push({ kind: 'wording', detail: `Words only one version has: ${worded.map((version) => `“${version.onlyHere.join(' ')}” (${sourceName(version)})`).join('; ')}.`, ids: worded.map((version) => version.id) });
  }
  const speakers = new Set(versions.map((version) => version.speaker ?? `(${version.attribution.as ?? 'unnamed'})`));
  // A pronoun stands for a name the article gave before it: no other way of naming.
  const forms = new Set(versions.map((version) => version.attribution.form).filter((form) => form !== 'pronoun' && form !== 'none'));
  if (speakers.size > 1 || forms.size > 1) {
    const ways = new Map<string, StatementVersion[]>();
    for (const version of versions) {
      const way = version.attribution.form === 'anonymous' ? `an unnamed source (“${version.attribution.as ?? 'unnamed'}”)`
        : version.attribution.form === 'title' ? `“${version.attribution.as}” (${version.speaker ?? 'unnamed'})` : version.speaker ?? 'no one named';
      ways.set(way, [...(ways.get(way) ?? []), version]);
    }
    differences.push({ kind: 'attribution', detail: `Attributed to ${[...ways].map(([way, own]) => `${way} by ${listOf(own)}`).join('; ')}.`, ids: versions.map((version) => version.id) });
  }
  for (const copy of silent) {
    const article = coverage.article(copy.id);
    const of = versions.find((version) => version.id === copy.of);
    differences.push({
      kind: 'omission',
      detail: `${sourceName({ id: copy.id, outlet: article?.outlet ?? null })} (${copy.id}) holds ${Math.round(copy.share * 100)}% of the text of ${of ? sourceName(of) : copy.of} (${copy.of}) but leaves this statement out.`,
      ids: [copy.id],
    });
  }
  return differences;
}

/**
 * The versions of a statement group across the coverage, and their differences.
 *
 * @example
 * const comparison = compareStatement(coverage, coverage.cluster(12));
 * comparison.differences.find((d) => d.kind === 'number')?.detail; // 'The figures differ: 8 miles (Ostby Post); eight or nine miles (Kelvale Courier).'
 */
export function compareStatement(coverage: Coverage, cluster: QuoteCluster): StatementComparison {
  const weights = termWeights(coverage.statementsHolding, coverage.statementCount);
  const core = coreOf(cluster.occurrences.map((occurrence) => remarkShape(occurrence, coverage.normaliser, weights)), weights);
  const copies = versionsInCopies(coverage, cluster, core, weights);
  const stated: Found[] = [...cluster.occurrences.map((occurrence) => ({ occurrence, cluster })), ...copies.found];
  const known = new Set([...stated.map((entry) => entry.occurrence.articleId), ...copies.silent.map((copy) => copy.id)]);
  const found = [...stated, ...versionsInPassing(coverage, cluster, core, known)];
  const bare = found.map((entry) => versionOf(coverage, entry));
  const only = wordsOnlyIn(coverage, bare.map((version) => version.text));
  const orders = ordersOf(bare.map((version) => version.published));
  const versions = bare
    .map((version, index) => ({ ...version, order: orders[index] ?? null, onlyHere: only[index] ?? [] }))
    .sort((a, b) => (a.order ?? Infinity) - (b.order ?? Infinity));
  return { statement: cluster.text, speaker: cluster.anonymous ? null : cluster.speaker, versions, differences: differencesOf(coverage, versions, copies.silent), copiesLooked: sharesWorkedOut(coverage) };
}

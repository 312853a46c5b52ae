/**
 * The plain-text answer, filled from data by fixed templates: every word of a
 * quotation comes from an article, everything else from here.
 */
import { PREPOSITIONS } from '../attribution/lexicon.js';
import { HONORIFICS } from '../attribution/names.js';
import { foldTerm } from '../retrieval/normalise.js';
import { isRolePhrase } from '../retrieval/shown-role.js';
import { STOP_WORDS } from '../retrieval/stop-words.js';
import type { StatementComparison } from './compare.js';
import type { Answer, AnswerQuote, ArticleListing, SpeakerProfile, TextShare, TopicCoverage } from './types.js';

/** Whether a role leads into the name it was written with: "spokeswoman for" Acme, "head of" the agency, "Tom Varga and" Jane Roe. */
function leadsIntoName(role: string): boolean {
  const last = role.slice(role.lastIndexOf(' ') + 1).toLowerCase();
  return role.includes(' ') && (PREPOSITIONS.has(last) || last === 'and');
}

/** "Jane Roe (Springfield Mayor)", "a spokeswoman for Acme", "an anonymous source (senior military official)". */
export function speakerLabel(quote: Pick<AnswerQuote, 'speaker' | 'role' | 'anonymous'>): string {
  if (quote.anonymous) return quote.role ? `an anonymous source (${quote.role})` : 'an anonymous source';
  if (quote.speaker && quote.role && leadsIntoName(quote.role)) return `${quote.role} ${quote.speaker}`;
  if (quote.speaker) return quote.role ? `${quote.speaker} (${quote.role})` : quote.speaker;
  return quote.role ? `the ${quote.role.replace(/^(?:the|a|an)\s+/i, '')} (not named)` : 'an unidentified speaker';
}

/** How long a headline may be where it stands in for an outlet. */
const HEADLINE_AS_NAME = 60;

/**
 * What to call the article a statement came from: its outlet; where the
 * corpus records none, its headline in quotation marks; else "article <id>",
 * never a bare id as if it were an outlet.
 */
export function sourceName(source: { id: string; outlet: string | null; headline?: string | null }): string {
  if (source.outlet) return source.outlet;
  const headline = source.headline?.trim();
  if (headline) return `“${headline.length > HEADLINE_AS_NAME ? `${headline.slice(0, HEADLINE_AS_NAME - 1).trimEnd()}…` : headline}”`;
  return `article ${source.id}`;
}

/**
 * What a source's name is followed by when the article read was only a
 * summary of the story: its statements may be cut short, and the page may say more.
 *
 * @example `${sourceName(source)}${summaryNote(source)}` // 'Kelvale Courier (summary only)'
 */
export function summaryNote(source: { summaryOnly?: boolean }): string {
  return source.summaryOnly ? ' (summary only)' : '';
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The statement as said: quotation marks for a quotation, a mark for a paraphrase. */
export function statementText(quote: Pick<AnswerQuote, 'text' | 'kind'>): string {
  if (quote.kind === 'direct') return `“${quote.text}”`;
  return `${quote.text} (${quote.kind === 'mixed' ? 'paraphrase, with quoted words' : 'paraphrase'})`;
}

export function outletList(quote: AnswerQuote): string {
  const names = quote.sources.map((source) => `${sourceName(source)}${summaryNote(source)}`);
  return names.length > 0 ? names.join(', ') : 'no outlet on record';
}

/**
 * A reported clause after "that": no second "that", and a sentence's capital
 * dropped from a common word ("The ferry" → "the ferry"), never from a name
 * or "I".
 */
export function thatClause(text: string): string {
  const clause = text.replace(/^that\s+/i, '');
  const first = /^\p{Lu}[\p{Ll}']*(?=\s|$)/u.exec(clause)?.[0];
  return first && first !== 'I' && STOP_WORDS.has(foldTerm(first)) ? `${first.toLowerCase()}${clause.slice(first.length)}` : clause;
}

/** One statement on one line: who, what, where. */
export function quoteLine(quote: AnswerQuote): string {
  const verb = quote.kind === 'direct' ? 'said' : 'said, in paraphrase,';
  return `${capitalise(speakerLabel(quote))} ${verb} ${quote.kind === 'direct' ? `“${quote.text}”` : `that ${thatClause(quote.text)}`} — reported by ${outletList(quote)}.`;
}

/** "Who is" names the outlets when there are this few; else it counts them. */
const LISTED_OUTLETS = 6;
/** "Who is" gives this many roles at most, in the order given (most used first). */
const LISTED_ROLES = 3;

/** A speaker's roles, each once: no clause or fragment, and none that one listed before already says or is part of. */
export function profileRoles(roles: readonly string[]): string[] {
  const kept: string[] = [];
  const seen = (role: string): boolean => kept.some((k) => k.toLowerCase().includes(role.toLowerCase()) || role.toLowerCase().includes(k.toLowerCase()));
  for (const role of roles.filter(isRolePhrase).map((r) => r.replace(/^(?:the|a|an)\s+/i, ''))) if (!seen(role)) kept.push(role);
  return kept.slice(0, LISTED_ROLES);
}

/**
 * The names a speaker also goes by, leaving out what only repeats the name:
 * the family name alone, a courtesy title or a role before it ("Mr Varga",
 * "Mayor Tom Varga"), and roles ("the mayor"), which are listed as roles.
 */
export function otherNames(name: string | null, aliases: readonly string[]): string[] {
  if (!name) return [];
  const words = (text: string): string[] => text.toLowerCase().split(/\s+/).filter(Boolean);
  const own = words(name);
  const family = own.at(-1) ?? '';
  const shown = new Map<string, string>();
  for (const alias of aliases) {
    const parts = words(alias);
    if (!/^\p{Lu}/u.test(alias) || /^(?:the|a|an)$/.test(parts[0] ?? '')) continue;
    // Before the family name only courtesy titles or words in lower case: "Mr Varga", "Tanzania Mr Varga".
    const before = alias.split(/\s+/).slice(0, -1);
    const titled = parts.at(-1) === family && before.some((w) => HONORIFICS.has(w.toLowerCase().replace(/\.$/, '')) || !/^\p{Lu}/u.test(w) || before.length === 0);
    const repeats = parts.join(' ').endsWith(own.join(' ')) || titled || (parts.length === 1 && parts[0] === family);
    if (!repeats && parts.join(' ') !== own.join(' ') && !shown.has(parts.join(' '))) shown.set(parts.join(' '), alias);
  }
  return [...shown.values()];
}

/** Names as a sentence lists them: "A", "A and B", "A, B and C". */
function listOfNames(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}

/** What an article shares is said of this many others at most (a wire story may be carried by hundreds); the data holds them all. */
const NAMED_SHARES = 4;

/** The plain-text list of sources names this many articles; the data lists them all. */
const LISTED_ARTICLES = 25;

/**
 * What an answer that was found says before its statements, or null: a
 * ranking, a count, or what one outlet or date carried is the answer itself
 * and the statements back it; the statements of the others speak for
 * themselves.
 */
export function leadingText(answer: Pick<Answer, 'found' | 'intent' | 'answer' | 'understood'>): string | null {
  if (!answer.found) return null;
  if (answer.intent === 'top-voices' || answer.intent === 'coverage' || answer.intent === 'compare') return answer.answer;
  const filtered = answer.understood.outlet !== undefined || answer.understood.published !== undefined;
  return answer.intent === 'how-many' || filtered ? (answer.answer.split('\n')[0] ?? null) : null;
}

export const templates = {
  /** "Read “overlapp” as “overlap”.": the typos of a question and the words they were taken for. */
  readAs: (readAs: readonly { typed: string; word: string }[]): string =>
    `Read ${readAs.map((r) => `“${r.typed}” as “${r.word}”`).join(', ')}.`,
  whoSaid: (quotes: readonly AnswerQuote[]): string => quotes.map(quoteLine).join('\n'),
  /** "how did the outlets report ...": whose statement, how many versions in how many outlets, who carried it first, how many differences. */
  compared: (comparison: StatementComparison): string => {
    const { versions, differences } = comparison;
    const outlets = new Set(versions.flatMap((v) => (v.outlet ? [v.outlet] : [])));
    const unnamed = new Set(versions.filter((v) => !v.outlet).map((v) => v.id)).size;
    const first = versions.filter((v) => v.order === 1);
    const firstText = first.length > 0 ? `; first carried by ${[...new Set(first.map(sourceName))].join(', ')} (${first[0]?.published ?? ''})` : '';
    const kinds = [...new Set(differences.map((d) => d.kind))];
    const differ = versions.length === 1 ? (differences.length === 0 ? 'No other version was found.' : `Differences: ${kinds.join(', ')}.`)
      : differences.length === 0 ? 'The versions say it alike.' : `They differ in ${kinds.map((k) => (k === 'number' ? 'figures' : k)).join(', ')}.`;
    const where = [outlets.size > 0 ? `${outlets.size} outlet${outlets.size === 1 ? '' : 's'}` : '', unnamed > 0 ? `${unnamed} article${unnamed === 1 ? '' : 's'} with no outlet on record` : ''].filter(Boolean).join(' and ');
    const unlooked = comparison.copiesLooked ? '' : ' (In a coverage this large, copies of the articles that leave it out are not looked for.)';
    return `${comparison.speaker ?? 'An unnamed source'}: “${comparison.statement}” — ${versions.length} version${versions.length === 1 ? '' : 's'} in ${where}${firstText}. ${differ}${unlooked}`;
  },
  whichOutlets: (quotes: readonly AnswerQuote[]): string =>
    quotes
      .map((q) => `${statementText(q)}, from ${speakerLabel(q)}, was reported by ${q.sources.length} outlet${q.sources.length === 1 ? '' : 's'}: ${outletList(q)}.`)
      .join('\n'),
  /** `within`: the sources asked about, when the question narrowed them ("Ostby Post", "any source published in May"). */
  speakerQuotes: (name: string, topic: string | undefined, quotes: readonly AnswerQuote[], within?: string): string =>
    [`${name} is quoted ${quotes.length} time${quotes.length === 1 ? '' : 's'}${topic ? ` on ${topic}` : ''} ${within ? `in ${within}` : 'in this coverage'}:`, ...quotes.map((q) => `- ${statementText(q)} — ${outletList(q)}`)].join('\n'),
  notFromSources: (name: string, within: string): string => `${name} is quoted in this coverage, but not in ${within}.`,
  whoIs: (profile: SpeakerProfile): string => {
    const who = profile.anonymous ? 'An anonymous source' : (profile.name ?? 'An unnamed speaker');
    const roles = profileRoles(profile.roles);
    const aliases = otherNames(profile.name, profile.aliases);
    const outlets = [...new Set(profile.sources.flatMap((s) => (s.outlet ? [s.outlet] : [])))];
    const from = outlets.length === 0 ? '' : outlets.length <= LISTED_OUTLETS ? ` (${outlets.join(', ')})` : ` from ${outlets.length} outlets`;
    return `${who}${roles.length > 0 ? `: ${roles.join('; ')}` : ''}.${aliases.length > 0 ? ` Also named ${aliases.join(', ')}.` : ''}` +
      ` Quoted ${profile.statements} time${profile.statements === 1 ? '' : 's'} in ${profile.sources.length} article${profile.sources.length === 1 ? '' : 's'}${from}.`;
  },
  /** `articles`: a window of the list, from its `from`th article (0-based), of `total`. */
  sources: (articles: readonly ArticleListing[], from: number, total: number): string => {
    const listed = articles.slice(0, LISTED_ARTICLES).map((a) => `- ${a.outlet ? `${a.outlet}: ` : ''}${a.headline ?? '(no headline)'} [${a.id}]${summaryNote(a)}${a.published ? ` (${a.published})` : ''}${a.url ? ` ${a.url}` : ''}${a.shares ? ` — ${templates.sharedText(a.shares)}` : ''}`);
    const after = total - from - listed.length;
    const range = from > 0 && listed.length > 0 ? ` (${from + 1}–${from + listed.length} here)` : '';
    const more = after > 0 ? [`… and ${after} more.`] : [];
    return [`${total} article${total === 1 ? '' : 's'} in this coverage${range}:`, ...listed, ...more].join('\n');
  },
  /**
   * What an article shares with others: "same article as b7 (Ostby Post)", "carries AP's text, as Kelvale
   * Courier and Ostby Post do", "shares 72% of its text with Ostby Post (b7)".
   */
  sharedText: (shares: readonly TextShare[]): string => {
    // Another outlet's copy of a wire both credit is that wire's text, however whole the copy.
    const wires = new Map<string, string[]>();
    for (const s of shares) if (s.wire && s.outlet) wires.set(s.wire, [...new Set([...(wires.get(s.wire) ?? []), s.outlet])]);
    const carried = [...wires].map(([wire, outlets]) => `carries ${wire}'s text, as ${listOfNames(outlets)} ${outlets.length === 1 ? 'does' : 'do'}`);
    const others = shares.filter((s) => !s.wire);
    const same = others.filter((s) => s.sameArticle).map((s) => `same article as ${s.id}${s.outlet ? ` (${s.outlet})` : ''}`);
    const rest = others.filter((s) => !s.sameArticle).map((s) => `shares ${Math.round(s.share * 100)}% of its text with ${s.outlet ? `${s.outlet} (${s.id})` : s.id}`);
    const said = [...same, ...carried, ...rest];
    const more = said.length - NAMED_SHARES;
    return more > 1 ? `${said.slice(0, NAMED_SHARES).join('; ')}; and with ${more} more` : said.join('; ');
  },
  search: (quotes: readonly AnswerQuote[], context: number): string =>
    [...quotes.map(quoteLine), ...(context > 0 ? [`${context} more passage${context === 1 ? '' : 's'} in the articles match.`] : [])].join('\n'),
  notFoundStatement: (statement: string, closest: number): string =>
    `No one in this coverage is reported saying that (“${statement}”).${closest > 0 ? ' The closest statements are below, but they are not a match.' : ''}`,
  /** The words are there, but the statement denies what was asked, or affirms what was denied. */
  opposite: (closest: AnswerQuote): string => `No one is reported saying that. The closest says the opposite: ${quoteLine(closest)}`,
  /** "did the Gazette report ...": yes, and what it carried. */
  fromOutlet: (outlet: string, quotes: readonly AnswerQuote[]): string =>
    [`Yes: ${outlet} reported it.`, ...quotes.map((q) => `- ${statementText(q)}, from ${speakerLabel(q)}`)].join('\n'),
  /** Nothing from the outlet (or the date) asked about: "Ostby Post", "Ostby Post, published October 26". */
  notFromOutlet: (where: string, elsewhere: readonly string[]): string =>
    `Nothing in this coverage from ${where} says that.${elsewhere.length > 0 ? ` It was reported by ${elsewhere.join(', ')}.` : ''}`,
  unknownOutlet: (outlet: string, known: readonly string[]): string =>
    `No outlet called “${outlet}” is in this coverage.${known.length > 0 ? ` Its outlets: ${known.join(', ')}.` : ''}`,
  /**
   * "Jane Roe is quoted in 3 articles from 2 outlets." / "That was reported in 2 articles from 2 outlets."
   * Where the corpus records no outlet, the articles alone: "in 3 articles (no outlets on record)". Copies of
   * a story are one article, and said so: "… from 3 outlets (2 more articles are copies of these, counted once)."
   */
  howMany: (subject: string, quoted: boolean, counted: { articles: number; outlets: number; copies: number }): string => {
    const { articles, outlets, copies } = counted;
    const copied = copies === 0 ? '' : ` (${copies} more article${copies === 1 ? ' is a copy' : 's are copies'} of ${articles === 1 ? 'it' : 'these'}, counted once)`;
    return `${subject} ${quoted ? 'is quoted' : 'was reported'} in ${articles} article${articles === 1 ? '' : 's'} ${outlets > 0 ? `from ${outlets} outlet${outlets === 1 ? '' : 's'}` : '(no outlets on record)'}${copied}.`;
  },
  topVoices: (topic: string, voices: readonly { speaker: string; statements: number }[]): string =>
    [`Quoted most on ${topic}:`, ...voices.map((v) => `- ${v.speaker}: ${v.statements} statement${v.statements === 1 ? '' : 's'}`)].join('\n'),
  notFoundSpeaker: (speaker: string, suggestions: readonly string[]): string =>
    `No one called “${speaker}” is quoted in this coverage.${suggestions.length > 0 ? ` Did you mean ${suggestions.join(', ')}?` : ''}`,
  notFoundTopic: (name: string, topic: string, total: number): string =>
    `${name} is quoted ${total} time${total === 1 ? '' : 's'} in this coverage, but not on ${topic}.${total > 0 ? ' Their closest statements are below.' : ''}`,
  /** "how was <topic> covered": the articles and outlets, as "how many" counts them, and how many people were quoted on it. */
  coverage: (coverage: TopicCoverage): string => {
    const { articles, outlets, copies } = coverage.counted;
    const copied = copies === 0 ? '' : ` (${copies} more article${copies === 1 ? ' is a copy' : 's are copies'} of ${articles === 1 ? 'it' : 'these'}, counted once)`;
    const people = new Set(coverage.outlets.flatMap((o) => o.voices.map((v) => v.speaker))).size;
    const where = outlets > 0 ? `from ${outlets} outlet${outlets === 1 ? '' : 's'}` : '(no outlets on record)';
    return `“${coverage.topic}” was covered in ${articles} article${articles === 1 ? '' : 's'} ${where}${copied}; ${people} ${people === 1 ? 'person was' : 'people were'} quoted on it.`;
  },
  /** A question about a quantity no sentence of the coverage gives a figure for. */
  noFigures: (question: string): string => `No article in this coverage gives a figure for that (“${question}”).`,
  nothing: (question: string): string => (question ? `Nothing in this coverage matches “${question}”.` : 'Ask a question about the coverage, for example: Who said the bridge will reopen in May?'),
};

/**
 * What a question asks, by rules: who said something, what someone said
 * (about something), which outlets reported something, who someone is, the
 * list of sources, or a plain search.
 */
import { reportingForms } from '../language/reporting-verbs.js';
import { correctQuestionWords } from './question-words.js';
import { splitDate, type DateAsked } from './dates-asked.js';
import type { QuantityKind } from '../language/quantities.js';
import type { Intent } from './types.js';

export interface ParsedQuestion {
  intent: Intent;
  /** The statement asked about ("who said <statement>"). */
  statement?: string;
  speaker?: string;
  topic?: string;
  /** Whom the speaker told it ("what did Roe tell the council"): not the topic, but a hint to which statements, and which Roe. */
  addressee?: string;
  /** The one outlet asked about ("did the Gazette report ...", "... according to the Gazette"). */
  outlet?: string;
  /** The publication date asked about ("what did Roe say on October 26"). */
  published?: DateAsked;
  /** For a question about a quantity: its kind, and for "how many <noun>" the noun counted. */
  quantity?: { kind: QuantityKind; noun?: string };
}

/** What a "how many <noun>" question counts when it asks about the coverage itself: those stay counting questions. */
const COVERAGE_NOUNS = 'articles|outlets|stories|reports|sources|publications|papers|news\\s*outlets|times';
/** What "how many <noun> ... quoted / said / made" counts in the coverage, not in the world: a search, not figures. */
const QUOTED_NOUNS = 'people|persons|speakers|sources|officials|statements|quotes|quotations|remarks|comments|words|voices|things';
const QUANTITY_KINDS: Readonly<Record<string, QuantityKind>> = { far: 'distance', much: 'money', long: 'duration' };

/** Most words of a topic ("which outlets covered <topic>"): longer is a statement. */
const MAX_TOPIC_WORDS = 10;
/** Words that make "which outlets covered <words>" ask about a statement: naming one. */
const STATEMENT_WORDS = ['remarks?', 'quotes?', 'comments?', 'statements?', 'claims?', 'words', 'that'].join('|');
/**
 * A clause's verb, in lower case and followed by more words ("the bridge will
 * close", "the plan was sound"), or "said": what was said, not a topic. Not
 * a name ("Nora May", "the Will Rogers prize") nor a topic's last word.
 */
const CLAUSE_VERB = /\b(?:(?:is|are|was|were|will|would|has|have|had|can|could|must|should|may|might)\s+\S|said\b|says\b)/;

/** Questions longer than this are cut: no real question needs more, and the index stays fast. */
export const MAX_QUESTION_LENGTH = 400;

/** Reporting verbs a "who said ...?" question is asked with: verbs whose object is what was said. */
const WHO_SAID_LEMMAS = [
  'say', 'warn', 'claim', 'state', 'insist', 'argue', 'add', 'announce', 'declare', 'predict', 'promise', 'suggest',
  'note', 'believe', 'think', 'mention', 'describe', 'explain', 'vow', 'pledge', 'urge', 'admit', 'deny', 'confirm', 'report',
];
/** Reporting verbs a "what did X say?" question is asked with. */
const WHAT_SAID_LEMMAS = [...WHO_SAID_LEMMAS, 'tell', 'comment', 'write', 'tweet'];

/**
 * A reporting verb after "who": a past or present form of those verbs
 * ("warned", "claims"), "has said" and "is saying", "told" with its
 * addressee ("told reporters") and "called for".
 */
const SPEECH = `(?:${[
  'say', 'has said', 'had said', 'have said', 'is saying', 'was saying', 'told [^,]{1,40}?', 'tells', 'called for', 'calls for',
  ...reportingForms(['past', 'third'], WHO_SAID_LEMMAS),
].join('|')})`;
/** A reporting verb after "did X" or "does X": the bare form ("say", "mention"). */
const SPEECH_BASE = `(?:${WHAT_SAID_LEMMAS.join('|')})`;

/** Words naming the statement rather than saying it: "the toll remark" asks about "toll". */
const REMARK_WORDS = /\s+(?:remark|quote|comment|statement|claim|comparison|line|words)s?$/i;

const RULES: readonly [RegExp, (match: RegExpExecArray) => ParsedQuestion][] = [
  // "how many articles quoted Roe", "how many outlets reported that the bridge will close".
  [
    /^how\s+many\s+(?:articles|outlets|stories|reports|sources|publications|papers|news\s*outlets|times)\s+(?:have\s+|has\s+|did\s+)?(?:quoted|quote|cited|cite|mentioned|reported|report|carried|carry|published|ran)\s+(?:that\s+|the\s+(?:quote|statement|claim)\s+(?:that\s+)?)?(.+)$/i,
    (m) => ({ intent: 'how-many', statement: m[1]?.replace(REMARK_WORDS, '') }),
  ],
  [/^how\s+many\s+times\s+(?:was|is|has|have|were)\s+(.+?)\s+(?:been\s+)?(?:quoted|cited)$/i, (m) => ({ intent: 'how-many', statement: m[1] })],
  // "how many ferries sailed", "how far is the fleet from Kelvale", "what was the death toll": the figures each outlet gives.
  [
    new RegExp(`^how\\s+many\\s+(?!(?:${COVERAGE_NOUNS})\\b)(?!(?:${QUOTED_NOUNS})\\s+(?:were|was|are|is|have\\s+been|has\\s+been|got|get)\\s+(?:quoted|cited)\\b)(?!(?:statements|quotes|quotations|remarks|comments)\\s+(?:did|does|has|have)\\b)(\\p{L}[\\p{L}-]*)(.*)$`, 'iu'),
    (m) => ({ intent: 'figures', statement: `${m[1] ?? ''}${m[2] ?? ''}`, quantity: { kind: 'count', noun: m[1] ?? '' } }),
  ],
  [/^how\s+(far|much|long)\s+(.+)$/i, (m) => ({ intent: 'figures', statement: m[2], quantity: { kind: QUANTITY_KINDS[(m[1] ?? '').toLowerCase()] ?? 'count' } })],
  [
    /^what\s+(?:was|is|were|are)\s+the\s+(?:(?:death|casualty)\s+toll|number\s+of\s+(?:the\s+)?(?:dead|deaths|casualties|fatalities))(?:\s+(?:in|of|from|at|after)\b)?\s*(.*)$/i,
    (m) => ({ intent: 'figures', statement: m[1], quantity: { kind: 'count', noun: 'dead' } }),
  ],
  [/^what\s+(?:was|is|were|are)\s+the\s+number\s+of\s+(\p{L}[\p{L}-]*)(.*)$/iu, (m) => ({ intent: 'figures', statement: `${m[1] ?? ''}${m[2] ?? ''}`, quantity: { kind: 'count', noun: m[1] ?? '' } })],
  // "who was quoted most about the ferry", "who got quoted the most on tolls".
  [
    /^who\s+(?:was|is|got|gets|has\s+been|have\s+been|were)\s+(?:quoted|cited)\s+(?:the\s+)?most\s+(?:often\s+)?(?:about|on|regarding)\s+(.+)$/i,
    (m) => ({ intent: 'top-voices', topic: m[1] }),
  ],
  // "how did the outlets report that the ferry will run", "compare the toll remark": each outlet's version of one statement.
  [
    /^how\s+(?:did|do|does|have|has)\s+(?:the\s+|each\s+|different\s+)?(?:outlets?|media|press|papers|newspapers|news\s*outlets|sources|reports)\s+(?:report(?:ed)?|quote[ds]?|word(?:ed)?|carr(?:y|ied)|phrase[ds]?|render(?:ed)?|cover(?:ed)?)\s+(?:that\s+|the\s+(?:remark|quote|statement|claim|words)\s+(?:that\s+)?)(.+)$/i,
    (m) => ({ intent: 'compare', statement: m[1]?.replace(REMARK_WORDS, '') }),
  ],
  [
    /^how\s+(?:did|do|does|have|has)\s+(?:the\s+|each\s+|different\s+)?(?:outlets?|media|press|papers|newspapers|news\s*outlets|sources|reports)\s+(?:report(?:ed)?|quote[ds]?|word(?:ed)?|carr(?:y|ied)|phrase[ds]?|render(?:ed)?)\s+(?!on\b)(.+)$/i,
    (m) => ({ intent: 'compare', statement: m[1]?.replace(REMARK_WORDS, '').replace(/^the\s+/i, '') }),
  ],
  [/^compare\s+(?:the\s+)?(?:versions\s+of\s+|coverage\s+of\s+|reports\s+of\s+)?(?:the\s+)?(?:(?:remark|quote|statement|claim)\s+(?:that\s+)?)?(.+)$/i, (m) => ({ intent: 'compare', statement: m[1]?.replace(REMARK_WORDS, '') })],
  // "how was the ferry covered", "which outlets covered the ferry", "coverage of the ferry": the topic's coverage.
  [/^how\s+(?:was|were|is|are|has|have)\s+(.+?)\s+(?:been\s+)?(?:covered|reported(?:\s+on)?)$/i, (m) => ({ intent: 'coverage', topic: m[1] })],
  [/^how\s+(?:did|do|does)\s+(?:the\s+)?(?:outlets|media|press|papers|news\s*outlets)\s+(?:cover|report\s+on)\s+(.+)$/i, (m) => ({ intent: 'coverage', topic: m[1] })],
  // A topic is a phrase ("the ferry strike and the fares"); "which outlets covered the toll remark", words in quotation
  // marks or a clause with a verb ("the bridge will close") ask which outlets carried a statement.
  [
    new RegExp(`^(?:which|what)\\s+(?:outlets|media|news\\s*outlets|publications|newspapers|papers)\\s+(?:have\\s+|has\\s+)?(?:covered|cover)\\s+(?!.*(?:["“”]|\\b(?:${STATEMENT_WORDS})\\b))((?:\\S+\\s+){0,${MAX_TOPIC_WORDS - 1}}\\S+)$`, 'i'),
    (m) => (CLAUSE_VERB.test(m[1] ?? '') ? { intent: 'which-outlets', statement: m[1] } : { intent: 'coverage', topic: m[1] }),
  ],
  [/^(?:(?:show(?:\s+me)?|give\s+me)\s+)?(?:the\s+)?coverage\s+(?:of|on|about)\s+(.+)$/i, (m) => ({ intent: 'coverage', topic: m[1] })],
  // "did the Gazette report that the bridge will close", "did acme news carry the toll remark".
  [
    /^did\s+(.+?)\s+(?:report|carry|run|publish|cover)\s+(?:that\s+|on\s+)?(.+)$/i,
    (m) => ({ intent: 'which-outlets', outlet: m[1]?.replace(/^the\s+/i, ''), statement: m[2]?.replace(REMARK_WORDS, '').replace(/^the\s+/i, '') }),
  ],
  [
    /^(?:(?:please\s+)?(?:list|show(?:\s+me)?|give\s+me|what\s+are|which\s+are)\s+)?(?:all\s+)?(?:the\s+|your\s+)?(?:sources|articles|outlets|coverage|stories)(?:\s+(?:do\s+you\s+have|are\s+there|you\s+have|in\s+(?:the|this)\s+coverage|covered|used))?$/i,
    () => ({ intent: 'sources' }),
  ],
  [/^what\s+(?:sources|articles|outlets)\s+(?:do\s+you\s+have|are\s+(?:there|covered|used))$/i, () => ({ intent: 'sources' })],
  [
    /^(?:which|what)\s+(?:outlets?|media|news\s*outlets?|publications?|newspapers?|papers|sites|websites|sources|articles|reports)\s+(?:have\s+|has\s+)?(?:reported|report|carried|carry|quoted|quote|published|ran|covered|cite|cited|mention(?:ed)?)\s+(?:that\s+|the\s+(?:quote|statement|claim)\s+(?:that\s+)?)?(.+)$/i,
    (m) => ({ intent: 'which-outlets', statement: m[1] }),
  ],
  [/^(?:who|where)\s+(?:reported|carried|published|ran)\s+(?:that\s+|the\s+(?:quote|statement|claim)\s+(?:that\s+)?)?(.+)$/i, (m) => ({ intent: 'which-outlets', statement: m[1] })],
  [/^(?:where|in\s+which\s+(?:outlets?|articles?))\s+(?:was|were|is)\s+(.+?)\s+(?:reported|quoted|said|published)$/i, (m) => ({ intent: 'which-outlets', statement: m[1] })],
  [/^who\s+(?:is|was)\s+(?:quoted\s+as\s+)?(?:saying|claiming|warning|arguing)\s+(?:that\s+)?(.+)$/i, (m) => ({ intent: 'who-said', statement: m[1] })],
  [new RegExp(`^(?:who|which\\s+(?:person|official|leader|minister|politician|country|organi[sz]ation))\\s+(?:also\\s+)?${SPEECH}\\s*[:,]?\\s+(?:that\\s+|about\\s+|the\\s+words\\s+)?(.+)$`, 'i'), (m) => ({ intent: 'who-said', statement: m[1] })],
  // "who talked about tolls" asks for a topic: the statements on it, by their words or their sentence.
  [/^who\s+(?:talked|spoke|commented)\s+(?:about|on)\s+(.+)$/i, (m) => ({ intent: 'who-said', statement: m[1], topic: m[1] })],
  // "who's been talking about tolls", "whos been speaking on the budget".
  [/^who(?:['’]?s|\s+is|\s+has|\s+have)?\s+(?:been\s+)?(?:talking|speaking|commenting)\s+(?:about|on)\s+(.+)$/i, (m) => ({ intent: 'who-said', statement: m[1], topic: m[1] })],
  // "did anyone say the bridge is unsafe": asks who said it.
  [new RegExp(`^(?:did|has|have)\\s+(?:anyone|anybody|someone|somebody|any\\s+(?:one|official|source))\\s+(?:${SPEECH_BASE}|said)\\s+(?:that\\s+)?(.+)$`, 'i'), (m) => ({ intent: 'who-said', statement: m[1] })],
  [/^(?:who(?:'s|’s|\s+is|\s+was|\s+are)|tell\s+me\s+about|what\s+do\s+(?:we|you)\s+know\s+about|what\s+is\s+the\s+role\s+of|what\s+role\s+does)\s+(.+?)(?:\s+(?:have|play))?$/i, (m) => ({ intent: 'who-is', speaker: m[1] })],
  // "what did Roe tell the council (about tolls)": who was told is not the topic.
  [
    /^what\s+(?:did|does|has|had)\s+(.+?)\s+(?:tell|told)\s+([^ ]+(?:\s+[^ ]+){0,4}?)(?:\s+(?:about|on|regarding)\s+(.+))?$/i,
    (m) => ({ intent: 'speaker-quotes', speaker: m[1], addressee: m[2], topic: m[3] }),
  ],
  // "what are people saying about tolls", "what did everyone say about the ferry": who said what on it.
  [
    /^what\s+(?:did|do|does|has|have|had|are|were|is|was)\s+(?:people|everyone|everybody|anyone|anybody|they|others|folks)\s+(?:been\s+)?(?:say|said|saying|think|thinking)\s+(?:about|on|regarding)\s+(.+)$/i,
    (m) => ({ intent: 'who-said', statement: m[1] }),
  ],
  // "what did Roe say to the council (about tolls)": whom it was said to, as with "tell".
  [
    /^what\s+(?:did|does|has|have|had|do)\s+(.+?)\s+(?:say|said|explain|explained|write|wrote|comment|commented)\s+to\s+([^ ]+(?:\s+[^ ]+){0,4}?)(?:\s+(?:about|on|regarding)\s+(.+))?$/i,
    (m) => ({ intent: 'speaker-quotes', speaker: m[1], addressee: m[2], topic: m[3] }),
  ],
  [
    new RegExp(`^what\\s+(?:did|does|has|have|had|do)\\s+(.+?)\\s+(?:${SPEECH_BASE}|said|(?:have\\s+|had\\s+)?to\\s+say)(?:\\s+(?:about|on|regarding|concerning|of)\\s+(.+))?$`, 'i'),
    (m) => ({ intent: 'speaker-quotes', speaker: m[1], topic: m[2] }),
  ],
  // "what has Roe been saying (about tolls)", "whats Roe been saying".
  [
    /^what(?:['’]?s|\s+has|\s+have|\s+is|\s+are)\s+(.+?)\s+(?:been\s+)?(?:saying|said|telling\s+[^ ]+)(?:\s+(?:about|on|regarding)\s+(.+))?$/i,
    (m) => ({ intent: 'speaker-quotes', speaker: m[1], topic: m[2] }),
  ],
  // "how did Roe react to the vote", "what was Roe's reaction to the vote": what Roe said about it.
  [
    /^how\s+(?:did|does|has|have|had|do)\s+(.+?)\s+(?:react|reacted|respond|responded|reply|replied)(?:\s+to\s+(.+))?$/i,
    (m) => ({ intent: 'speaker-quotes', speaker: m[1], topic: m[2] }),
  ],
  [
    /^what\s+(?:was|is|were|are)\s+(.+?)['’]s?\s+(?:reaction|response|reply|answer)(?:\s+to\s+(.+))?$/i,
    (m) => ({ intent: 'speaker-quotes', speaker: m[1], topic: m[2] }),
  ],
  [/^what\s+(?:is|was|are|were)\s+(.+?)\s+(?:saying|quoted\s+as\s+saying)(?:\s+(?:about|on|regarding)\s+(.+))?$/i, (m) => ({ intent: 'speaker-quotes', speaker: m[1], topic: m[2] })],
  [/^did\s+(.+?)\s+(?:say|comment|speak|talk)\s+(?:anything\s+)?(?:about|on)\s+(.+)$/i, (m) => ({ intent: 'speaker-quotes', speaker: m[1], topic: m[2] })],
  [/^(?:(?:show|give|list)(?:\s+me)?\s+)?(?:all\s+)?(?:the\s+)?(?:quotes|statements|comments|remarks)\s+(?:from|by|of)\s+(.+?)(?:\s+(?:about|on|regarding)\s+(.+))?$/i, (m) => ({ intent: 'speaker-quotes', speaker: m[1], topic: m[2] })],
  // "anything from Roe (about tolls)": what that speaker said.
  [/^(?:is\s+there\s+)?(?:anything|something)\s+(?:new\s+)?(?:from|by)\s+(.+?)(?:\s+(?:about|on|regarding)\s+(.+))?$/i, (m) => ({ intent: 'speaker-quotes', speaker: m[1], topic: m[2] })],
  // "Roe's take on tolls", "whats roes take on tolls": the possessive's "s" goes, with or without its apostrophe.
  [
    /^(?:what(?:['’]?s|\s+is|\s+was)\s+)?(.+?)(?:['’]s|['’]|s)\s+(?:take|view|views|position|stance|opinion|thoughts|verdict)\s+(?:on|about)\s+(.+)$/i,
    (m) => ({ intent: 'speaker-quotes', speaker: m[1], topic: m[2] }),
  ],
  [/^what\s+was\s+said\s+by\s+(.+?)(?:\s+(?:about|on|regarding)\s+(.+))?$/i, (m) => ({ intent: 'speaker-quotes', speaker: m[1], topic: m[2] })],
  [/^(.+?)['’]s\s+(?:quotes|statements|comments|remarks|words)(?:\s+(?:about|on|regarding)\s+(.+))?$/i, (m) => ({ intent: 'speaker-quotes', speaker: m[1], topic: m[2] })],
];

/** Cleans a question: white space, control characters, length, end punctuation. */
export function cleanQuestion(question: string): string {
  return question
    .replace(/\p{Cc}/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_QUESTION_LENGTH)
    .replace(/[\s?!.]+$/, '')
    .trim();
}

function stripQuotes(text: string | undefined): string | undefined {
  const stripped = text?.replace(/^["“”'‘’]+|["“”'‘’]+$/g, '').trim();
  return stripped ? stripped : undefined;
}

/**
 * Parses a question.
 *
 * @example parseQuestion('Who said the bridge must be rebuilt?')
 * // { intent: 'who-said', statement: 'the bridge must be rebuilt' }
 * @example parseQuestion('What did Jane Roe say about Springfield?')
 * // { intent: 'speaker-quotes', speaker: 'Jane Roe', topic: 'Springfield' }
 */
export function parseQuestion(question: string): ParsedQuestion {
  const clean = correctQuestionWords(cleanQuestion(question));
  // "what did Roe say according to the Gazette", "... on October 26": filters at the end, in either order.
  // The answer checks an outlet names one; a date narrows only what a speaker said (in a statement,
  // "who said the vote is in March" is more often part of what was said).
  const filters: Pick<ParsedQuestion, 'outlet' | 'published'> = {};
  let rest = clean;
  for (let pass = 0; pass < 2; pass++) {
    const according = /^(.+?)\s+according\s+to\s+((?:\S+\s*){1,4})$/i.exec(rest);
    const dated = splitDate(rest);
    if (dated && !filters.published) {
      filters.published = dated.date;
      rest = dated.rest;
    } else if (according?.[1] && according[2] && !filters.outlet) {
      filters.outlet = according[2].replace(/^the\s+/i, '').trim();
      rest = according[1];
    }
  }
  if (rest !== clean) {
    const parsed = parseClean(rest);
    const dateFits = !filters.published || parsed.intent === 'speaker-quotes' || parsed.intent === 'which-outlets';
    if (parsed.intent !== 'search' && !parsed.outlet && dateFits) return { ...parsed, ...filters };
  }
  return parseClean(clean);
}

/** Parses a question as it is, "according to ..." included ("who said it went according to plan"). */
export function parseWithoutOutlet(question: string): ParsedQuestion {
  return parseClean(correctQuestionWords(cleanQuestion(question)));
}

function parseClean(clean: string): ParsedQuestion {
  for (const [pattern, read] of RULES) {
    const match = pattern.exec(clean);
    if (!match) continue;
    const parsed = read(match);
    return {
      intent: parsed.intent,
      ...(stripQuotes(parsed.statement) ? { statement: stripQuotes(parsed.statement) } : {}),
      ...(stripQuotes(parsed.speaker) ? { speaker: stripQuotes(parsed.speaker) } : {}),
      ...(stripQuotes(parsed.topic) ? { topic: stripQuotes(parsed.topic) } : {}),
      ...(parsed.addressee ? { addressee: parsed.addressee } : {}),
      ...(parsed.outlet ? { outlet: parsed.outlet } : {}),
      ...(parsed.published ? { published: parsed.published } : {}),
      ...(parsed.quantity ? { quantity: parsed.quantity } : {}),
    };
  }
  // A quoted phrase with no other cue is a statement someone said.
  const quoted = /["“]([^"”]{3,})["”]/.exec(clean);
  if (quoted?.[1]) return { intent: 'who-said', statement: quoted[1].trim() };
  return { intent: 'search', ...(clean ? { statement: clean } : {}) };
}

/**
 * Word lists for attribution, all lower-case. Small and closed on purpose:
 * pronouns, titles and role nouns are few in English news. The reporting
 * verbs themselves are in src/language/reporting-verbs.ts.
 */
import { MONTHS, RELATIVE_DAYS, TIME_PERIODS, WEEKDAYS } from '../language/time.js';

/**
 * Verbs that report speech only with a clause or quote after them; alone
 * ("called the meeting", "continued to fight") they are not attribution.
 * Not "describe", "urge" or "vow": their object is what was said ("described
 * the damage to the dam", "urged restraint on both sides", "vowed revenge on Acme").
 */
export const CLAUSE_ONLY_VERBS: ReadonlySet<string> = new Set([
  'continue', 'call', 'agree', 'report', 'ask', 'accuse', 'promise',
  'pledge', 'recall', 'repeat', 'write', 'declare', 'respond', 'answer', 'question', 'reveal', 'disclose', 'echo', 'maintain',
]);

/**
 * Prepositions whose gerund has the sentence's subject as its own ("Roe
 * replied by saying ...", "After saying ..., she left"); not "for" or "from",
 * whose gerund may be the object's ("praised Roe for saying", "barred Roe from saying").
 */
export const GERUND_PREPOSITIONS: ReadonlySet<string> = new Set(['by', 'after', 'before', 'while', 'upon', 'without', 'despite']);

/** Conjunctions that open a clause of time, cause or concession before or inside the main one ("When ...", "as the police moved in"). */
export const SUBORDINATORS: ReadonlySet<string> = new Set([
  'as', 'when', 'while', 'after', 'before', 'because', 'although', 'though', 'if', 'once', 'since', 'until', 'whereas', 'unless',
]);

/** Prepositions, lower case: "the minister of", "a spokesman for", "in Springfield". */
export const PREPOSITIONS: ReadonlySet<string> = new Set([
  'of', 'to', 'with', 'by', 'for', 'from', 'about', 'against', 'at', 'in', 'on', 'like', 'than', 'as', 'between', 'among',
  'under', 'over', 'into', 'toward', 'towards', 'past',
]);

/** Words that open a relative clause ("a banker who has advised Acme"); "that" may too, and may be a determiner. */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'whose', 'which', 'where']);

/** Pronouns that can be the subject of a reporting verb. */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'i', 'we', 'it', 'you']);

/** Words that stand between a speaker and the verb without being the speaker. */
export const SKIPPABLE_BEFORE_VERB: ReadonlySet<string> = new Set([
  'also', 'later', 'previously', 'repeatedly', 'recently', 'then', 'again', 'still', 'has', 'have',
  'had', 'would', 'will', 'could', 'did', 'does', 'do', 'was', 'is', 'reportedly', 'once', 'further',
  'earlier', 'publicly', 'privately', 'separately', 'often', 'frequently', 'never', 'always',
  'simply', 'just', 'flatly', 'quickly', 'initially', 'first', 'even', 'already', 'may',
  'might', 'must', 'should', 'can', 'not', 'explicitly', 'bluntly', 'openly', 'angrily', 'finally',
  'told', 'been', 'being', 'ha', 'too', 'now', 'today', 'yesterday', 'tonight', 'subsequently', 'long',
  'are', 'were', 'am', 'all',
]);

/** Verbs that pass their subject on to the reporting verb after "to" ("continued to insist", "went on to explain"). */
export const CATENATIVE_VERBS: ReadonlySet<string> = new Set([
  'continue', 'continues', 'continued', 'continuing', 'begin', 'begins', 'began', 'begun', 'start', 'starts', 'started',
  'appear', 'appears', 'appeared', 'seem', 'seems', 'seemed', 'try', 'tries', 'tried', 'decided', 'wanted', 'want', 'wants',
]);

/** Weekdays and other time words that can sit between subject and verb ("Springfield on Monday insisted"). */
export const TIME_WORDS: ReadonlySet<string> = new Set([
  ...WEEKDAYS, ...RELATIVE_DAYS, ...TIME_PERIODS, 'last', 'this', 'on', 'earlier', 'later',
]);

/** Words that end a subject noun phrase when met walking left from the verb. */
export const SUBJECT_STOPS: ReadonlySet<string> = new Set([
  'that', 'which', 'and', 'but', 'because', 'while', 'as', 'when', 'if', 'than', 'so', 'or', 'after',
  'before', 'since', 'although', 'though', 'where', 'what', 'how', 'why', 'whether', 'to', 'in',
  'at', 'on', 'with', 'by', 'from', 'into', 'about', 'is', 'are', 'was', 'were', 'be', 'not',
  'said', 'says', 'told', 'also', 'has', 'have', 'had', 'would', 'will', 'this', 'there', 'then',
  'meanwhile', 'however', 'yet', 'even', 'until', 'once', 'during', 'amid', 'against', 'over',
  'under', 'among', 'between', 'through', 'without', 'within', 'upon', 'like', 'unlike',
]);

/** Titles and role words that stand before a name ("Deputy Mayor Jane Roe"). */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  'president', 'vice', 'prime', 'minister', 'secretary', 'general', 'gen', 'major', 'maj', 'colonel',
  'col', 'lieutenant', 'lt', 'captain', 'capt', 'commander', 'admiral', 'adm', 'sergeant', 'sgt',
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sen', 'senator', 'rep', 'representative',
  'gov', 'governor', 'mayor', 'judge', 'justice', 'chief', 'director', 'spokesman', 'spokeswoman',
  'spokesperson', 'ambassador', 'chairman', 'chairwoman', 'chair', 'ceo', 'leader', 'king', 'queen',
  'prince', 'princess', 'pope', 'premier', 'rev', 'reverend', 'father', 'sister', 'brother', 'sheikh',
  'ayatollah', 'cardinal', 'bishop', 'chancellor', 'foreign', 'defense', 'defence', 'interior',
  'finance', 'state', 'deputy', 'assistant', 'acting', 'former', 'attorney', 'candidate', 'nominee',
  'speaker', 'house', 'senate', 'majority', 'minority', 'whip', 'officer', 'agent', 'detective',
  'inspector', 'superintendent', 'commissioner', 'sheriff', 'coach', 'manager', 'founder',
  'executive', 'head', 'envoy', 'official', 'analyst', 'economist', 'strategist', 'adviser',
  'advisor', 'aide', 'republican', 'democrat', 'democratic', 'gop', 'congressman', 'congresswoman',
  'lawmaker', 'delegate', 'activist', 'author', 'dean', 'anchor', 'host', 'correspondent',
  'reporter', 'editor', 'columnist', 'writer', 'press', 'campaign', 'chairperson', 'emir', 'crown',
  'first', 'lady', 'u.s', 'us', 'uk', 'un', 'eu', 'nato', 'pentagon', 'white', 'of', 'the',
  'and', 'national', 'security', 'homeland', 'health', 'education', 'energy', 'labor', 'labour',
  'treasury', 'department', 'army', 'navy', 'air', 'force', 'marine', 'corps', 'special',
  'operations', 'staff', 'joint', 'chiefs', 'supreme', 'court', 'federal', 'reserve', 'central',
  'bank', 'economic', 'trade', 'commerce', 'agriculture', 'transport', 'transportation', 'affairs',
  'veterans', 'top', 'senior', 'british', 'french', 'german', 'russian', 'american', 'iraqi',
  'syrian', 'turkish', 'kurdish', 'israeli', 'palestinian', 'iranian', 'chinese', 'japanese',
  'indian', 'pakistani', 'afghan', 'egyptian', 'saudi', 'canadian', 'mexican', 'european', 'italian',
  'spanish', 'greek', 'ukrainian', 'polish', 'dutch', 'belgian', 'swiss', 'australian', 'korean',
  'north', 'south', 'west', 'east', 'new', 'york', 'presidential', 'rev.', 'sir', 'lord', 'dame',
  // Role words that open a sentence in capitals: "Journalist Jane Roe writes", "Conservative MP John Doe".
  'journalist', 'mp', 'mep', 'msp', 'conservative', 'tory', 'liberal', 'striker', 'midfielder',
  'defender', 'goalkeeper', 'actor', 'actress', 'singer', 'star', 'boss', 'presenter', 'producer',
  'novelist', 'expert', 'researcher', 'scientist', 'doctor', 'lawyer', 'barrister', 'solicitor',
  'campaigner', 'veteran', 'shadow', 'councillor', 'counsel', 'consultant', 'critic',
]);

/** Nouns that end in "-ly" like adverbs do ("the family said"). */
const LY_NOUNS: ReadonlySet<string> = new Set(['family', 'ally', 'assembly', 'rally', 'supply', 'monopoly', 'anomaly', 'bully', 'belly', 'lily']);

/** An adverb by its ending ("reportedly", "flatly"), not a noun that shares it ("family", "ally"). */
export function isAdverb(word: string): boolean {
  return /^\p{Ll}+ly$/u.test(word) && !LY_NOUNS.has(word.toLowerCase());
}

/** A title word, or a hyphenated one made of title words ("vice-president", "attorney-general"). */
export function isTitleWord(word: string): boolean {
  return TITLE_WORDS.has(word) || (word.includes('-') && word.split('-').every((part) => TITLE_WORDS.has(part)));
}

/**
 * A capitalised word that says which nation a name belongs to ("British",
 * "Freedonian", "French", "UK"), the way it opens a body's name ("British
 * Widgets", "UK Coal") as well as a title ("British Prime Minister").
 */
export function isNationWord(word: string): boolean {
  return /^(?:\p{Lu}\p{Ll}+(?:an|ic|ish|ese|i|ch)|U\.?S\.?|U\.?K\.?)$/u.test(word) && isTitleWord(word.toLowerCase().replace(/\.$/, ''));
}

/** Nouns that name a role rather than a person ("the official", "a spokesman"). */
export const ROLE_NOUNS: ReadonlySet<string> = new Set([
  'official', 'officials', 'spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'chief',
  'minister', 'secretary', 'president', 'source', 'sources', 'analyst', 'analysts', 'expert',
  'experts', 'aide', 'aides', 'diplomat', 'diplomats', 'lawmaker', 'lawmakers', 'senator',
  'commander', 'general', 'police', 'witness', 'witnesses', 'resident', 'residents', 'statement',
  'report', 'survey', 'poll', 'study', 'campaign', 'government', 'ministry', 'department', 'agency',
  'group', 'company', 'officer', 'officers', 'authorities', 'military', 'army', 'leader', 'leaders',
  'head', 'director', 'adviser', 'advisers', 'advisor', 'advisors', 'candidate', 'nominee', 'mayor',
  'governor', 'judge', 'prosecutor', 'prosecutors', 'lawyer', 'lawyers', 'attorney', 'attorneys',
  'family', 'relatives', 'critics', 'supporters', 'opponents', 'democrats', 'republicans',
  'members', 'member', 'voters', 'economists', 'economist', 'researchers', 'scientists',
  'investigators', 'activists', 'organizers', 'coalition', 'alliance', 'administration', 'white',
  'kremlin', 'pentagon', 'council', 'committee', 'commission', 'board', 'office', 'party', 'people',
  'person', 'man', 'woman', 'veteran', 'observers', 'observer', 'monitor', 'paper', 'newspaper',
  'website', 'channel', 'broadcaster', 'network', 'ambassador', 'envoy', 'chairman',
  'ceo', 'executive', 'executives', 'founder', 'strategist', 'strategists', 'pollster', 'pollsters',
  'host', 'anchor', 'reporter', 'reporters', 'correspondent', 'editor', 'columnist', 'author',
  'delegate', 'delegates', 'protesters', 'demonstrators', 'students', 'parents', 'workers', 'union',
  'unions', 'bank', 'fund', 'imf', 'un', 'nato', 'court', 'congressman', 'congresswoman', 'speaker',
  'counterpart', 'counterparts', 'colleague', 'colleagues', 'friend', 'friends', 'mother', 'father',
  'wife', 'husband', 'son', 'daughter', 'brother', 'sister', 'manager', 'coach', 'player',
]);

/**
 * Words before a role that describe the person rather than name a post:
 * "the veteran striker" may be the person just quoted, "the harbour master"
 * is a post of its own. Beside these, a word with a hyphen ("soft-spoken"),
 * an adjective's ending ("bespectacled", "affable") or a comma after it.
 */
export const EPITHET_WORDS: ReadonlySet<string> = new Set([
  'former', 'veteran', 'rookie', 'young', 'old', 'elderly', 'longtime', 'retired', 'reigning', 'outgoing', 'embattled',
  'outspoken', 'popular', 'famous', 'celebrated', 'seasoned',
]);

/** Endings of words that describe ("bespectacled", "famous", "careful", "tireless"), and of longer ones ("affable", "sheepish"; not "stable lad", "parish priest"). */
const DESCRIBING_ENDING = /(?:ed|ous|ful|less)$/;
const LONG_DESCRIBING_ENDING = /(?:able|ible|ish)$/;
/** Born somewhere ("Dutch-born", "Ostby-born"): describes the person. */
const BORN = /^\p{Lu}\p{Ll}+-born$/u;
/** A nationality by its ending ("Brazilian", "Korean", "Maltese", "Danish", "Mexican"), not a team's or a city's name ("Milan", "Celtic"). */
const NATIONALITY = /^\p{Lu}\p{Ll}{2,}(?:ian|ean|ese|ish|can)$/u;

/**
 * Whether a word before a role, as written, describes the person ("former",
 * "bow-tied", "affable", "Brazilian") rather than names the post ("police",
 * "harbour", "United Nations", "Milan": a capital names something, but for
 * a nationality or a birthplace).
 */
export function isEpithetWord(word: string): boolean {
  const bare = word.replace(/,$/, '');
  // Not a team or a city ("the Milan coach"): a nationality ("the Brazilian striker") or a birthplace.
  if (!/^\p{Ll}/u.test(bare)) return (/^\d/.test(bare) && bare.includes('-')) || isNationWord(bare) || NATIONALITY.test(bare) || BORN.test(bare);
  return EPITHET_WORDS.has(bare) || bare.includes('-') || (bare.length > 4 && DESCRIBING_ENDING.test(bare)) || (bare.length > 6 && LONG_DESCRIBING_ENDING.test(bare)) || word.endsWith(',');
}

/** Role nouns that by themselves keep a speaker anonymous ("a senior official", "sources"). */
export const ANONYMOUS_HEADS: ReadonlySet<string> = new Set([
  'official', 'officials', 'source', 'sources', 'aide', 'aides', 'diplomat', 'diplomats',
  'person', 'people', 'insider', 'insiders', 'observer', 'observers', 'witness', 'witnesses',
  'resident', 'residents', 'officer', 'officers', 'staffer', 'staffers', 'adviser', 'advisers',
  'advisor', 'advisors', 'analyst', 'analysts', 'expert', 'experts', 'man', 'woman', 'lawmaker',
  'lawmakers', 'critics', 'supporters',
]);

/** Words that mark an organisation rather than a person in a capitalised name. */
export const ORGANISATION_WORDS: ReadonlySet<string> = new Set([
  'ministry', 'department', 'agency', 'office', 'council', 'committee', 'commission', 'party',
  'association', 'institute', 'university', 'bank', 'fund', 'group', 'corp', 'inc', 'co', 'ltd',
  'company', 'times', 'post', 'journal', 'news', 'press', 'television', 'tv', 'radio', 'network',
  'house', 'senate', 'congress', 'parliament', 'government', 'administration', 'army', 'police',
  'court', 'union', 'federation', 'organization', 'organisation', 'foundation', 'center', 'centre',
  'campaign', 'coalition', 'alliance', 'forces', 'force', 'service', 'services', 'board', 'kremlin',
  'pentagon', 'politifact', 'reuters', 'ap', 'afp', 'cnn', 'nbc', 'abc', 'cbs', 'fox', 'msnbc', 'bbc',
  'un', 'nato', 'eu', 'imf', 'opec', 'fbi', 'cia', 'nsa', 'who', 'gop', 'dnc', 'rnc', 'nypd',
  'tass', 'ria', 'interfax', 'xinhua', 'ifax', 'dpa', 'rt', 'state', 'states', 'nations', 'club',
  'league', 'team', 'magazine', 'tribune', 'herald', 'guardian', 'telegraph', 'gazette', 'daily',
  'review', 'report', 'poll', 'survey', 'study', 'index', 'exchange', 'authority', 'bureau',
  'secretariat', 'cabinet', 'embassy', 'command', 'navy', 'military', 'system',
]);

/** Countries and similar places that speak for their governments ("Freedonia insisted"). */
export const PLACES: ReadonlySet<string> = new Set([
  'iraq', 'syria', 'russia', 'turkey', 'iran', 'israel', 'china', 'japan', 'india', 'pakistan',
  'afghanistan', 'egypt', 'france', 'germany', 'britain', 'washington', 'moscow',
  'beijing', 'ankara', 'baghdad', 'damascus', 'tehran', 'london', 'paris', 'berlin', 'brussels',
  'kiev', 'kyiv', 'ukraine', 'poland', 'italy', 'spain', 'greece', 'canada', 'mexico', 'brazil',
  'australia', 'saudi', 'qatar', 'jordan', 'lebanon', 'libya', 'yemen', 'korea', 'taiwan',
  'vietnam', 'cuba', 'venezuela', 'argentina', 'nigeria', 'kenya', 'ethiopia', 'america', 'europe',
  'tokyo', 'seoul', 'delhi', 'islamabad', 'kabul', 'cairo', 'riyadh', 'jerusalem', 'netherlands',
  'belgium', 'sweden', 'norway', 'denmark', 'finland', 'austria', 'switzerland', 'portugal',
  'ireland', 'scotland', 'wales', 'england', 'opec', 'us', 'u.s', 'uk',
]);

/** Lower-case words a speaker's noun phrase may contain ("a senior military official"). */
export const NOUN_PHRASE_WORDS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'senior', 'top', 'former', 'military',
  'government', 'administration', 'campaign', 'white', 'house', 'state', 'department', 'defense',
  'defence', 'foreign', 'ministry', 'press', 'one', 'two', 'three', 'several', 'many', 'some',
  'other', 'another', 'both', 'local', 'federal', 'national', 'regional', 'chief', 'deputy', 'new',
  'police', 'security', 'intelligence', 'party', 'election', 'republican', 'democratic', 'political',
  'legal', 'economic', 'financial', 'industry', 'company', 'bank', 'market', 'health', 'public',
  'private', 'independent', 'anonymous', 'unnamed', 'young', 'old', 'longtime', 'veteran',
  'retired', 'current', 'acting', 'assistant', 'executive', 'managing', 'general', 'u.s.',
]);

/** Words that open a noun phrase: never part of a name ("A Springfield firm", "The Roe family"). */
export const DETERMINERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'one', 'two', 'three', 'several', 'some', 'many', 'other', 'another', 'both',
]);

/**
 * Capitalised words that open sentences or name days and months: never part
 * of a speaker's name. "May" is left out: it is a name as often as a month.
 */
export const NAME_STOPS: ReadonlySet<string> = new Set([
  'despite', 'however', 'but', 'and', 'in', 'on', 'at', 'after', 'before', 'while', 'when', 'if',
  'although', 'though', 'meanwhile', 'earlier', 'later', 'according', 'asked', 'speaking', 'with',
  'without', 'during', 'since', 'as', 'so', 'yet', 'still', 'now', 'then', 'also', 'instead', 'rather',
  ...WEEKDAYS,
  ...MONTHS.filter((month) => month !== 'may'),
  'this', 'that', 'these', 'those', 'there', 'here', 'it', 'we', 'i', 'you', 'they', 'he', 'she',
  'everything', 'anything', 'nothing', 'whatever',
  // "Said Roe: ...": a verb of saying opening its sentence.
  'said', 'says', 'added', 'wrote',
]);

/** Nouns that stand for a firm or body named before ("the company said", "the agency added"). */
export const GENERIC_BODIES: ReadonlySet<string> = new Set([
  'company', 'firm', 'agency', 'group', 'bank', 'union', 'railway', 'airline', 'carrier', 'retailer', 'lender', 'insurer',
  'automaker', 'carmaker', 'manufacturer', 'maker', 'broadcaster', 'network', 'club', 'team', 'league', 'organization',
  'organisation', 'association', 'charity', 'university', 'college', 'school', 'hospital', 'ministry', 'department',
  'council', 'board', 'commission', 'committee', 'authority', 'regulator', 'utility', 'developer', 'publisher', 'business',
  'startup', 'institute', 'foundation', 'centre', 'center', 'coalition', 'federation', 'giant', 'operator', 'producer',
  'government', 'administration', 'military', 'army', 'navy', 'police', 'embassy', 'parliament', 'court', 'cabinet', 'alliance',
  'station',
]);

/** Nouns for documents that speak for their authors ("the report said", "a statement from the council"). */
export const DOCUMENT_HEADS: ReadonlySet<string> = new Set([
  'statement', 'report', 'release', 'letter', 'memo', 'study', 'survey', 'poll', 'paper', 'lawsuit', 'suit', 'complaint',
  'filing', 'ruling', 'decision', 'notice', 'email', 'e-mail', 'post', 'tweet', 'website', 'document', 'analysis', 'review',
  'audit', 'update', 'book', 'blog', 'column', 'editorial', 'video', 'presentation', 'petition', 'motion', 'order', 'guide',
  'affidavit', 'indictment', 'judgment', 'verdict', 'transcript', 'proposal', 'plan', 'budget', 'bulletin', 'advisory',
]);

/** Nouns for what someone said, which a clause of what was said may follow ("confirmed earlier reports that ...", "repeated her assurance that ..."). */
export const SPEECH_NOUNS: ReadonlySet<string> = new Set([
  'statement', 'statements', 'report', 'reports', 'remark', 'remarks', 'comment', 'comments', 'claim', 'claims', 'assurance',
  'assurances', 'warning', 'warnings', 'promise', 'promises', 'pledge', 'pledges', 'suggestion', 'suggestions', 'view', 'position',
]);

/**
 * Auxiliaries and modals that make the phrase before them a clause's subject:
 * "said Roe was right", "the claims were false", "he said, digging up the road can take weeks".
 */
export const FINITE_AUXILIARIES: ReadonlySet<string> = new Set([
  'is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'shall', 'should',
  'may', 'might', 'must', 'do', 'does', 'did',
]);

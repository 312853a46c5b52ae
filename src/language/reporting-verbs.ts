/**
 * The one table of English reporting verbs ("say", "tell", "warn" ...) and
 * their forms. Every list of reporting verbs in the program comes from it:
 * the attribution cues, the sentence splitter, question parsing and the
 * search stop words each take the forms they need by a stated rule, so that
 * adding a verb here adds it everywhere it belongs.
 */

/** The grammatical forms a row of the table can give. */
export type VerbForm = 'base' | 'third' | 'past' | 'gerund' | 'participle';

export interface ReportingVerb {
  lemma: string;
  /** The form for each slot; a missing one is left out on purpose (too often a noun, or not a report of speech). */
  forms: Partial<Record<VerbForm, string>>;
}

type Form = string | null;
/** lemma, base ("say"), third person ("says"), past ("said"), gerund ("saying"), and a past participle that differs ("written"). */
type Row = readonly [lemma: string, base: Form, third: Form, past: Form, gerund: Form, participle?: string];

const ROWS: readonly Row[] = [
  ['say', 'say', 'says', 'said', 'saying'],
  ['tell', 'tell', 'tells', 'told', 'telling'],
  ['add', 'add', 'adds', 'added', 'adding'],
  ['state', null, 'states', 'stated', 'stating'],
  ['explain', 'explain', 'explains', 'explained', 'explaining'],
  ['note', 'note', 'notes', 'noted', 'noting'],
  ['announce', 'announce', 'announces', 'announced', 'announcing'],
  ['insist', 'insist', 'insists', 'insisted', 'insisting'],
  ['warn', 'warn', 'warns', 'warned', 'warning'],
  ['ask', 'ask', 'asks', 'asked', 'asking'],
  ['argue', 'argue', 'argues', 'argued', 'arguing'],
  ['claim', 'claim', 'claims', 'claimed', 'claiming'],
  ['write', 'write', 'writes', 'wrote', 'writing', 'written'],
  ['declare', 'declare', 'declares', 'declared', 'declaring'],
  ['reply', 'reply', 'replies', 'replied', 'replying'],
  ['respond', 'respond', 'responds', 'responded', 'responding'],
  ['answer', null, 'answers', 'answered', null],
  ['comment', 'comment', 'comments', 'commented', 'commenting'],
  ['remark', 'remark', 'remarks', 'remarked', null],
  ['acknowledge', 'acknowledge', 'acknowledges', 'acknowledged', 'acknowledging'],
  ['admit', 'admit', 'admits', 'admitted', 'admitting'],
  ['concede', 'concede', 'concedes', 'conceded', 'conceding'],
  ['confirm', 'confirm', 'confirms', 'confirmed', 'confirming'],
  ['deny', 'deny', 'denies', 'denied', 'denying'],
  ['report', 'report', 'reports', 'reported', 'reporting'],
  ['predict', 'predict', 'predicts', 'predicted', 'predicting'],
  ['promise', 'promise', 'promises', 'promised', 'promising'],
  ['pledge', 'pledge', 'pledges', 'pledged', 'pledging'],
  ['vow', 'vow', 'vows', 'vowed', 'vowing'],
  ['recall', 'recall', 'recalls', 'recalled', 'recalling'],
  ['repeat', 'repeat', 'repeats', 'repeated', 'repeating'],
  ['reiterate', 'reiterate', 'reiterates', 'reiterated', 'reiterating'],
  ['tweet', 'tweet', 'tweets', 'tweeted', 'tweeting'],
  ['testify', 'testify', 'testifies', 'testified', 'testifying'],
  ['contend', 'contend', 'contends', 'contended', 'contending'],
  ['assert', 'assert', 'asserts', 'asserted', 'asserting'],
  ['maintain', null, 'maintains', 'maintained', null],
  ['emphasize', 'emphasize', 'emphasizes', 'emphasized', 'emphasizing'],
  ['emphasize', 'emphasise', 'emphasises', 'emphasised', null],
  ['stress', null, 'stresses', 'stressed', 'stressing'],
  ['mention', null, 'mentions', 'mentioned', null],
  ['caution', null, 'cautions', 'cautioned', null],
  ['complain', 'complain', 'complains', 'complained', 'complaining'],
  ['boast', null, 'boasts', 'boasted', null],
  ['joke', null, 'jokes', 'joked', null],
  ['quip', null, 'quips', 'quipped', null],
  ['observe', null, 'observes', 'observed', null],
  ['urge', 'urge', 'urges', 'urged', 'urging'],
  ['allege', 'allege', 'alleges', 'alleged', 'alleging'],
  ['suggest', 'suggest', 'suggests', 'suggested', 'suggesting'],
  ['describe', null, 'describes', 'described', null],
  ['continue', null, 'continues', 'continued', null],
  ['conclude', null, 'concludes', 'concluded', null],
  ['agree', null, 'agrees', 'agreed', null],
  ['call', 'call', 'calls', 'called', 'calling'],
  ['accuse', 'accuse', 'accuses', 'accused', null],
  // Speech acts whose object is what was said ("criticized the plan as reckless", "demanded an inquiry"): see SPEECH_ACTS.
  ['demand', null, null, 'demanded', 'demanding'],
  ['propose', null, 'proposes', 'proposed', 'proposing'],
  ['criticize', 'criticize', 'criticizes', 'criticized', 'criticizing'],
  ['criticize', 'criticise', 'criticises', 'criticised', 'criticising'],
  ['condemn', 'condemn', 'condemns', 'condemned', 'condemning'],
  ['praise', null, 'praises', 'praised', 'praising'],
  ['question', null, null, 'questioned', 'questioning'],
  ['reveal', null, 'reveals', 'revealed', 'revealing'],
  ['disclose', 'disclose', 'discloses', 'disclosed', 'disclosing'],
  ['echo', 'echo', 'echoes', 'echoed', 'echoing'],
  ['believe', 'believe', 'believes', 'believed', null],
  ['think', 'think', 'thinks', 'thought', null],
];

function fromRow([lemma, base, third, past, gerund, participle]: Row): ReportingVerb {
  const slots: [VerbForm, Form | undefined][] = [['base', base], ['third', third], ['past', past], ['gerund', gerund], ['participle', participle]];
  const forms: Partial<Record<VerbForm, string>> = {};
  for (const [slot, form] of slots) if (form) forms[slot] = form;
  return { lemma, forms };
}

/** Every reporting verb, a row per spelling (British spellings have a row of their own). */
export const REPORTING_VERBS: readonly ReportingVerb[] = ROWS.map(fromRow);

function formsOf(verb: ReportingVerb, slots: readonly VerbForm[]): string[] {
  return slots.map((slot) => verb.forms[slot]).filter((form): form is string => form !== undefined);
}

/**
 * The written forms of the given lemmas (all of them when `lemmas` is
 * omitted) in the given slots.
 *
 * @example reportingForms(['past'], ['say', 'warn']) // ['said', 'warned']
 */
export function reportingForms(slots: readonly VerbForm[], lemmas?: readonly string[]): string[] {
  const wanted = lemmas ? new Set(lemmas) : null;
  return REPORTING_VERBS.filter((verb) => !wanted || wanted.has(verb.lemma)).flatMap((verb) => formsOf(verb, slots));
}

const ALL_FORMS: readonly VerbForm[] = ['base', 'third', 'past', 'gerund', 'participle'];

/** Every form of every reporting verb, with its lemma: "said" gives "say". */
export const SPEECH_VERBS: ReadonlyMap<string, string> = new Map(
  REPORTING_VERBS.flatMap((verb) => formsOf(verb, ALL_FORMS).map((form) => [form, verb.lemma] as const)),
);

/**
 * Speech acts named by what was done with words ("condemned the attack",
 * "praised the crew"): statements, but weaker evidence of one than a verb of
 * saying, so a clause that both report belongs to the verb of saying.
 */
export const SPEECH_ACTS: ReadonlySet<string> = new Set(['demand', 'propose', 'criticize', 'condemn', 'praise', 'question', 'reveal', 'disclose', 'echo']);

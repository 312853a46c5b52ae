/**
 * The evaluation's one definition of a statement: an attribution whose cue is
 * a verb of communication. It decides which PolNeAR gold attributions count,
 * for recall and for precision alike, and it is fixed here, apart from the
 * product's own lexicon, so that changing what the product reports can never
 * move the gold.
 *
 * Counted: saying and its manners (say, tell, add, state, explain, note,
 * announce, insist, warn, ask, argue, claim, write, declare, reply, respond,
 * comment, acknowledge, admit, confirm, deny, stress, emphasise, remark,
 * recall, tweet, testify, reiterate, concede, contend, assert, mention,
 * repeat, quip, joke, report, according to) and speech acts whose content is
 * what was said (urge, call for / call on, vow, pledge, promise, demand,
 * propose, suggest, predict, accuse, criticise, condemn, praise, describe,
 * question, reveal, disclose, echo, complain, boast, caution).
 * Not counted: thoughts, beliefs, wishes and plans (think, believe, want,
 * hope, plan, expect, know), perception and findings (see, show, find), bare
 * punctuation cues, and speech that did not happen ("has not said",
 * "declined to comment").
 */
const STEMS = [
  'say', 'says', 'said', 'saying', 'tell', 'tells', 'told', 'telling', 'add', 'adds', 'added', 'adding',
  'according to', 'state', 'states', 'stated', 'stating', 'explain\\w*', 'note', 'notes', 'noted', 'noting',
  'announc\\w*', 'insist\\w*', 'warn\\w*', 'ask', 'asks', 'asked', 'asking', 'argu\\w*', 'claim\\w*',
  'write', 'writes', 'wrote', 'written', 'writing', 'declar\\w*', 'repl\\w*', 'respond\\w*', 'comment\\w*',
  'acknowledg\\w*', 'admit\\w*', 'confirm\\w*', 'den(?:y|ies|ied)', 'stress\\w*', 'emphasi[sz]\\w*',
  'remark\\w*', 'recall\\w*', 'tweet\\w*', 'testif\\w*', 'reiterat\\w*', 'conced\\w*', 'contend\\w*',
  'assert\\w*', 'mention\\w*', 'repeat\\w*', 'quipp?\\w*', 'joked?', 'report\\w*',
  // Speech acts.
  'urg(?:e|es|ed|ing)', 'call(?:s|ed|ing)? (?:for|on)', 'vow\\w*', 'pledg\\w*', 'promis\\w*', 'demand\\w*',
  'propos\\w*', 'suggest\\w*', 'predict\\w*', 'accus\\w*', 'criticiz\\w*', 'criticis\\w*', 'condemn\\w*',
  'prais\\w*', 'describ\\w*', 'question(?:s|ed|ing)', 'reveal\\w*', 'disclos\\w*', 'echo(?:es|ed|ing)?',
  'complain\\w*', 'boast\\w*', 'caution\\w*',
];

const SPEECH_CUE = new RegExp(`\\b(?:${STEMS.join('|')})\\b`, 'i');
/** Speech that did not happen is not a statement: "has not said", "did not immediately respond", "declined to comment". */
const NEGATED = /\b(?:not|never|no)\b|n['’]t\b|\b(?:declin|refus|fail)\w*\s+to\b/i;

/** Whether a gold cue ("said", "has called for", "according to") is a verb of communication, not negated. */
export function isSpeechCue(cue: string): boolean {
  return SPEECH_CUE.test(cue) && !NEGATED.test(cue);
}

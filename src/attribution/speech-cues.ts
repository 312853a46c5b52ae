/**
 * Which gold cues count as speech for scoring: the reporting verbs of the
 * issue's list (say, tell, add, according to, state, explain, note,
 * announce, insist, warn, ask, argue, claim, write, declare, reply) and verbs
 * that mean the same act of saying (respond, comment, acknowledge, admit,
 * confirm, deny, stress, emphasise, remark, tweet, testify, reiterate,
 * concede, contend, assert, mention, repeat, quip, joke, report). PolNeAR
 * also annotates thoughts, beliefs and speech acts such as "called for",
 * "vowed" or "urged"; those are not scored for recall.
 */
const SPEECH_CUE = new RegExp(
  '\\b(?:' +
    [
      'say', 'says', 'said', 'saying', 'tell', 'tells', 'told', 'telling', 'add', 'adds', 'added', 'adding',
      'according to', 'state', 'states', 'stated', 'stating', 'explain\\w*', 'note', 'notes', 'noted', 'noting',
      'announc\\w*', 'insist\\w*', 'warn\\w*', 'ask', 'asks', 'asked', 'asking', 'argu\\w*', 'claim\\w*',
      'write', 'writes', 'wrote', 'written', 'writing', 'declar\\w*', 'repl\\w*', 'respond\\w*', 'comment\\w*',
      'acknowledg\\w*', 'admit\\w*', 'confirm\\w*', 'den(?:y|ies|ied)', 'stress\\w*', 'emphasi[sz]\\w*',
      'remark\\w*', 'recall\\w*', 'tweet\\w*', 'testif\\w*', 'reiterat\\w*', 'conced\\w*', 'contend\\w*',
      'assert\\w*', 'mention\\w*', 'repeat\\w*', 'quipp?\\w*', 'joked?', 'report\\w*',
    ].join('|') +
    ')\\b',
  'i',
);

export function isSpeechCue(cue: string): boolean {
  return SPEECH_CUE.test(cue);
}

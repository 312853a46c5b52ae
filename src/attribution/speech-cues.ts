/**
 * Which gold cues count as speech for scoring: the reporting verbs of the
 * issue's list (say, tell, add, according to, state, explain, note,
 * announce, insist, warn, ask, argue, claim, write, declare, reply) and their
 * close kin. PolNeAR also annotates thoughts and beliefs; those are not scored.
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
      'assert\\w*', 'mention\\w*', 'repeat\\w*', 'continu\\w*:', 'quipp?\\w*', 'joked?', 'urg\\w*',
      'predict\\w*', 'promis\\w*', 'pledg\\w*', 'vow\\w*', 'report\\w*', 'describ\\w*', 'called', 'calls', 'call',
    ].join('|') +
    ')\\b',
  'i',
);

export function isSpeechCue(cue: string): boolean {
  return SPEECH_CUE.test(cue);
}

import { describe, expect, it } from 'vitest';
import { reportingForms, REPORTING_VERBS, SPEECH_VERBS } from '../../src/language/reporting-verbs.js';

describe('the reporting-verb table', () => {
  it('maps every form to its lemma, British spellings included', () => {
    expect(SPEECH_VERBS.get('said')).toBe('say');
    expect(SPEECH_VERBS.get('written')).toBe('write');
    expect(SPEECH_VERBS.get('emphasised')).toBe('emphasize');
    expect(SPEECH_VERBS.has('answer')).toBe(false);
  });

  it('gives the forms of chosen lemmas in chosen slots', () => {
    expect(reportingForms(['past', 'third'], ['say', 'warn'])).toEqual(['said', 'says', 'warned', 'warns']);
    expect(reportingForms(['base'], ['answer'])).toEqual([]);
  });

  it('has no form under two lemmas', () => {
    const lemmaOf = new Map<string, string>();
    for (const verb of REPORTING_VERBS) {
      for (const form of Object.values(verb.forms)) {
        expect(lemmaOf.get(form) ?? verb.lemma).toBe(verb.lemma);
        lemmaOf.set(form, verb.lemma);
      }
    }
  });
});

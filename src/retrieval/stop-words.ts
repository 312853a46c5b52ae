/**
 * English words too common to tell statements apart, folded as `foldTerm`
 * folds them. Reporting verbs are here too: "who said X" is about X. So
 * are negations, which no search term can carry ("not" and "never" are one
 * thing to a reader): answers weigh them apart, see src/answer/polarity.ts.
 */
import { NEGATIONS } from '../language/negations.js';
import { reportingForms } from '../language/reporting-verbs.js';

/**
 * The reporting verbs that carry no topic: every form of "say", "tell" and
 * "add" but "telling" and "adding" (words of their own), and the past of the
 * commonest others (not "state" or "report", which are topics: "the state",
 * "the report"). "according" stands for "according to".
 */
const REPORTING_STOP_WORDS = [
  ...reportingForms(['base', 'third', 'past'], ['say', 'tell', 'add']),
  'saying',
  ...reportingForms(['past'], ['state', 'claim', 'warn', 'insist', 'report', 'announce']),
  'according',
];

export const STOP_WORDS: ReadonlySet<string> = new Set([
  ...(
    'a about above after again against all am an and any are as at be because been before being below ' +
    'between both but by can could did do does doing down during each few for from ' +
    'further had has have having he hed hell hes her here heres hers herself him himself his how ' +
    'hows i id ill im ive if in into is it its itself lets me more most my myself of off on ' +
    'once only or other ought our ours ourselves out over own same she shed shell shes should so some ' +
    'such than that thats the their theirs them themselves then there theres these they theyd theyll theyre theyve ' +
    'this those through to too under until up very was we wed well were weve what whats when whens where ' +
    'wheres which while who whos whom why whys with would you youd youll youre youve your yours yourself ' +
    'yourselves us also just will shall may might must'
  ).split(' '),
  ...REPORTING_STOP_WORDS,
  ...NEGATIONS,
]);

/**
 * Word lists the sentence splitter needs. Lower-case, without the final dot.
 */
import { reportingForms } from '../language/reporting-verbs.js';
import { MONTH_SHORT_FORMS, MONTHS } from '../language/time.js';

/** Abbreviations that are followed by a name or number, so never end a sentence. */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cmdr', 'sgt', 'adm',
  'sen', 'rep', 'gov', 'pres', 'rev', 'hon', 'st', 'mt', 'ft', 'vs', 'cf', 'approx', 'dept',
  'jr', 'sr', 'messrs', 'mme', 'mlle',
  'gens', 'sens', 'reps', 'supt', 'insp', 'det', 'cpl', 'pvt', 'brig', 'cdr',
]);

/** Abbreviations that stand before a number ("No. 10"), and only then mid-sentence. */
export const NUMBER_ABBREVIATIONS: ReadonlySet<string> = new Set(['no', 'nos', 'vol', 'art', 'fig', 'pp']);

/**
 * Month abbreviations: not a sentence end when a day number follows ("Oct. 16").
 * The short forms that are not a whole name: "May." can end a sentence.
 */
export const MONTH_ABBREVIATIONS: ReadonlySet<string> = new Set(MONTH_SHORT_FORMS.filter((form) => !MONTHS.includes(form)));

/** Units written short after a number ("9 lbs.", "3 oz."): a sentence goes on after them unless a capital follows. */
export const UNIT_ABBREVIATIONS: ReadonlySet<string> = new Set(['lb', 'lbs', 'oz', 'in', 'ft', 'yd', 'yds', 'mi', 'hr', 'hrs', 'min', 'mins', 'sec', 'secs', 'sq', 'cu', 'gal', 'qt', 'pt']);

/** Abbreviations that usually sit mid-sentence but may close one ("Inc.", "Co."). */
export const COMPANY_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'inc', 'co', 'corp', 'ltd', 'plc', 'bros', 'llc', 'cos', 'dlrs', 'pct', 'mln', 'bln',
]);

/**
 * Capitalised words that commonly open a sentence. A dotted acronym such as
 * "U.S." ends a sentence only when one of these follows it, and in text with
 * no punctuation at all they mark where a sentence begins.
 */
export const SENTENCE_STARTERS: ReadonlySet<string> = new Set([
  'The', 'A', 'An', 'This', 'That', 'These', 'Those', 'There', 'It', 'Its', 'He', 'She', 'They',
  'We', 'I', 'You', 'His', 'Her', 'Their', 'Our', 'My', 'In', 'On', 'At', 'As', 'But', 'And',
  'So', 'Yet', 'If', 'When', 'While', 'After', 'Before', 'Since', 'Although', 'Though',
  'However', 'Meanwhile', 'Earlier', 'Later', 'According', 'Despite', 'With', 'Without',
  'For', 'From', 'During', 'Asked', 'Speaking', 'Still', 'Now', 'Then', 'Also', 'Some',
  'Many', 'Most', 'Both', 'All', 'Instead', 'Under', 'Last', 'Next',
  'Officials', 'Analysts', 'Critics',
]);

/**
 * Lower-case words after which a sentence cannot end: they need a word after
 * them ("of", "the", "which"). Used when there is no punctuation to go by.
 */
export const CONTINUERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'into', 'onto',
  'and', 'or', 'but', 'nor', 'that', 'which', 'who', 'whom', 'whose', 'where', 'when', 'than',
  'as', 'if', 'because', 'while', 'about', 'over', 'under', 'between', 'among', 'against',
  'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'these', 'those', 'is', 'are',
  'was', 'were', 'be', 'been', 'very', 'so', 'not', 'no', 'per', 'via', 'like', 'near',
  'toward', 'towards', 'upon', 'within', 'without', 'through', 'across', 'after', 'before',
  'since', 'until', 'during', 'formerly', 'called', 'named', 'known',
]);

/** The reporting verbs most often written right after a speaker's name. */
const AFTER_SPEAKER_LEMMAS = [
  'say', 'state', 'add', 'tell', 'insist', 'warn', 'claim', 'argue', 'declare', 'announce', 'explain', 'note',
  'reply', 'write', 'ask', 'confirm', 'acknowledge', 'admit',
];

/** Reporting verbs that follow a speaker ("Jane Roe stated that ..."): their past and present forms. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set(reportingForms(['past', 'third'], AFTER_SPEAKER_LEMMAS));

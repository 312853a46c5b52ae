/**
 * A topic's coverage as embed fields: the outlets with their articles, the
 * people each quoted on it, and the statements only one outlet carried; each
 * field within Discord's 1,024 characters, whole lines only, and how many
 * more there are said at the end.
 */
import type { APIEmbedField } from 'discord.js';
import type { OutletCoverage, TopicCoverage } from '../answer/types.js';
import { LIMITS, safeText, truncate } from './discord-text.js';

/** Outlets given a field of their voices; the rest are in the outlets' field only. */
const VOICE_FIELDS = 8;
const STATEMENT_CHARS = 140;

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

/** As many whole lines as fit in a field value, then "… and N more". */
function fitted(lines: readonly string[], more: (left: number) => string): string {
  const kept: string[] = [];
  for (const [index, line] of lines.entries()) {
    const tail = index + 1 < lines.length ? `\n${more(lines.length - index - 1)}` : '';
    if ([...kept, line].join('\n').length + tail.length > LIMITS.fieldValue) return truncate([...kept, more(lines.length - index)].join('\n'), LIMITS.fieldValue);
    kept.push(line);
  }
  return kept.join('\n') || '—';
}

function outletLine(outlet: OutletCoverage): string {
  const people = outlet.voices.length;
  return `**${safeText(outlet.outlet)}**: ${plural(outlet.articles, 'article')} · ${people} ${people === 1 ? 'person' : 'people'} quoted`;
}

function voicesField(outlet: OutletCoverage): APIEmbedField {
  const lines = outlet.voices.map((v) => `${safeText(v.speaker)} (${v.statements})`);
  return { name: truncate(`Quoted by ${safeText(outlet.outlet)}`, LIMITS.fieldName), value: fitted(lines, (left) => `… and ${left} more`) };
}

/** The fields of a coverage answer, in the order they are read: outlets, voices per outlet, one outlet's alone. */
export function coverageFields(coverage: TopicCoverage): APIEmbedField[] {
  const fields: APIEmbedField[] = [{ name: 'Outlets', value: fitted(coverage.outlets.map(outletLine), (left) => `… and ${plural(left, 'more outlet')}`) }];
  for (const outlet of coverage.outlets.filter((o) => o.voices.length > 0).slice(0, VOICE_FIELDS)) fields.push(voicesField(outlet));
  if (coverage.singleOutlet.length > 0) {
    const lines = coverage.singleOutlet.map((s) => `${safeText(s.speaker)}, only in ${safeText(s.outlet)}: “${safeText(truncate(s.text, STATEMENT_CHARS))}”`);
    const untold = coverage.singleOutletTotal - coverage.singleOutlet.length;
    fields.push({ name: 'Carried by one outlet only', value: fitted(lines, (left) => `… and ${left + untold} more`) });
  }
  return fields.slice(0, LIMITS.fields);
}

/** What the chart shows, or why there is none. */
export function chartNote(coverage: TopicCoverage): string {
  const { periods, undated, bucket } = coverage.timeline;
  if (periods.length === 0) return 'No article on it has a date of publication, so there is no chart of it over time.';
  const left = undated > 0 ? ` ${plural(undated, 'article')} without a date ${undated === 1 ? 'is' : 'are'} not on it.` : '';
  return `The chart counts each outlet's articles by ${bucket}.${left}`;
}

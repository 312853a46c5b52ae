/**
 * A comparison of one statement's versions (answer/compare.ts), as console
 * lines and as Discord embed fields: each version with the words only it has
 * marked ([brackets] in text, bold in Discord), its form, how it names the
 * speaker, its date and place in order, and its link; then the differences.
 */
import type { APIEmbedField } from 'discord.js';
import type { StatementComparison, StatementVersion } from '../answer/compare.js';
import { sourceName } from '../answer/templates.js';
import { LIMITS, markdownLink, safeText, truncate } from './discord-text.js';

/** Longest version text shown in one Discord field, before its link. */
const VERSION_TEXT = 500;
/** What the version fields may take of an embed's 6,000 characters: the rest is the title, description, differences and footer. */
const VERSIONS_BUDGET = 3400;

/** "RFE/RL, 2016-10-25 (1st), quotation, named": what a version's heading says. */
function heading(version: StatementVersion): string {
  const when = version.published ? `${version.published}${version.order === 1 ? ', first' : ''}` : 'no date';
  const naming = version.attribution.form === 'named' || version.attribution.form === 'pronoun' || version.attribution.form === 'none'
    ? version.speaker ?? 'unnamed'
    : `as “${version.attribution.as ?? 'unnamed'}”`;
  return `${sourceName(version)} · ${when} · ${version.inSentence ? 'in a sentence' : version.form} · ${naming}`;
}

/** The version's text with each of `words` marked by `mark`, whole words only. */
function marked(text: string, words: readonly string[], mark: (word: string) => string, plain: (text: string) => string): string {
  if (words.length === 0) return plain(text);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  let out = '';
  let at = 0;
  for (const match of text.matchAll(pattern)) {
    out += plain(text.slice(at, match.index)) + mark(match[0]);
    at = (match.index ?? 0) + match[0].length;
  }
  return out + plain(text.slice(at));
}

/** The console's lines for a comparison. */
export function comparisonLines(comparison: StatementComparison): string[] {
  const lines: string[] = [];
  for (const version of comparison.versions) {
    lines.push(`  ${heading(version)}`, `    “${marked(version.text, version.onlyHere, (word) => `[${word}]`, (text) => text)}”`, `    ${version.link ?? version.url ?? `article ${version.id} (no link on record)`}`);
  }
  if (comparison.differences.length > 0) {
    lines.push('', 'Differences:');
    for (const difference of comparison.differences) lines.push(`  ${difference.kind}: ${difference.detail}`);
  }
  return lines;
}

/**
 * The embed fields for a comparison: the differences first (they are the
 * answer), then a field a version while they fit a budget, and a last one
 * saying how many more there are.
 */
export function comparisonFields(comparison: StatementComparison): APIEmbedField[] {
  const fields: APIEmbedField[] = [];
  if (comparison.differences.length > 0) {
    fields.push({ name: 'Differences', value: truncate(comparison.differences.map((d) => `**${d.kind}**: ${safeText(d.detail)}`).join('\n'), LIMITS.fieldValue) });
  }
  let used = 0;
  for (const [index, version] of comparison.versions.entries()) {
    const field = {
      name: truncate(heading(version), LIMITS.fieldName),
      value: truncate(`“${marked(truncate(version.text, VERSION_TEXT), version.onlyHere, (word) => `**${safeText(word)}**`, safeText)}”\n${markdownLink('Read it', version.link ?? version.url)}`, LIMITS.fieldValue),
    };
    const left = comparison.versions.length - index;
    if (used + field.name.length + field.value.length > VERSIONS_BUDGET || fields.length >= LIMITS.fields - 1) {
      fields.push({ name: `${left} more version${left === 1 ? '' : 's'}`, value: 'More versions than one message holds: the console and `compare --json` list every one.' });
      break;
    }
    used += field.name.length + field.value.length;
    fields.push(field);
  }
  return fields;
}

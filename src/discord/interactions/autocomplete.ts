/**
 * Speaker suggestions for /quotes: any alias, role or typo finds the speaker;
 * at most 25 choices, names of at most 100 characters. Autocomplete cannot be
 * deferred, so this only reads the speaker index.
 */
import { settled } from '../../retrieval/pending.js';
import type { AutocompleteInteraction } from 'discord.js';
import { findSpeakers } from '../../answer/speakers.js';
import type { Coverage } from '../../retrieval/coverage.js';
import { LIMITS, truncate } from '../../render/discord-text.js';
import type { BotContext } from '../handling/context.js';
import { isExpired } from '../handling/respond.js';

export interface Choice {
  name: string;
  value: string;
}

/** The speakers quoted most, for an empty box. */
function mostQuoted(coverage: Coverage): Choice[] {
  return coverage.mostQuoted(LIMITS.choices)
    .map((e) => ({ name: truncate(`${e.name}${e.roles[0] ? ` — ${e.roles[0]}` : ''}`, LIMITS.choiceName), value: truncate(e.name ?? '', LIMITS.choiceName) }));
}

export function speakerChoices(coverage: Coverage, typed: string): Choice[] {
  const text = typed.trim().slice(0, 100);
  if (text === '') return mostQuoted(coverage);
  return findSpeakers(coverage, text, LIMITS.choices, { kindsWithoutName: true })
    .filter((m) => m.entity.name && !m.entity.anonymous && coverage.statementsBy(m.entity.id) > 0)
    .map((m) => ({
      name: truncate(`${m.entity.name}${m.entity.roles[0] ? ` — ${m.entity.roles[0]}` : ''}`, LIMITS.choiceName),
      value: truncate(m.entity.name ?? '', LIMITS.choiceName),
    }));
}

export async function handleAutocomplete(interaction: AutocompleteInteraction, context: BotContext): Promise<void> {
  const focused = interaction.options.getFocused(true);
  // One coverage throughout: a corpus read again meanwhile (CORPUS_WATCH) is for the next keystroke.
  const { coverage } = context;
  const choices = focused.name === 'speaker' ? await settled(() => speakerChoices(coverage, String(focused.value))) : [];
  try {
    await interaction.respond(choices);
  } catch (error) {
    if (!isExpired(error)) throw error;
    context.log.warn({ interactionId: interaction.id }, 'autocomplete expired before the reply; dropped');
  }
}

/**
 * Page buttons. Their custom_id holds the page, a hash of the question and
 * the coverage version; the question itself is read back from the message's
 * footer. So a page still works after a restart, and a button from another
 * question or an older coverage gets a polite, private message instead.
 */
import type { ButtonInteraction } from 'discord.js';
import { answerQuestion } from '../../answer/answer.js';
import { questionFromFooter, questionHash, readPageButtonId, renderDiscord, renderNotice } from '../../render/discord.js';
import type { BotContext } from '../handling/context.js';
import { sendPrivately, update } from '../handling/respond.js';

export const STALE_BUTTON = 'This button belongs to an older answer, and the coverage has changed since. Please ask again.';

export async function handlePageButton(interaction: ButtonInteraction, context: BotContext): Promise<void> {
  const state = readPageButtonId(interaction.customId);
  const question = questionFromFooter(interaction.message.embeds[0]?.footer?.text);
  if (!state || question === null || questionHash(question) !== state.hash || state.version !== context.coverage.version) {
    context.log.info({ interactionId: interaction.id, customId: interaction.customId }, 'stale page button');
    await sendPrivately(interaction, context.log, renderNotice(STALE_BUTTON));
    return;
  }
  const answer = answerQuestion(context.coverage, question);
  await update(interaction, context.log, renderDiscord(answer, state.page, context.coverage.version));
}

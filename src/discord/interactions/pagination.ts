/**
 * Page buttons. Their custom_id holds the parsed request, the page and the
 * coverage version (see page-id.ts), so a button answers the same request
 * again, even after a restart when the request fitted in the id. A button
 * from an older coverage, a request no longer remembered, or an id this bot
 * did not write gets a polite, private message saying which, never a page
 * of some other answer.
 */
import { settled } from '../../retrieval/pending.js';
import type { ButtonInteraction } from 'discord.js';
import { answerParsed } from '../../answer/answer.js';
import { discordWindow, questionFromFooter, renderDiscord, renderNotice, type PageIdFor } from '../../render/discord.js';
import type { Coverage } from '../../retrieval/coverage.js';
import type { BotContext } from '../handling/context.js';
import { sendPrivately, update } from '../handling/respond.js';
import { describeRequest, pageId, readPageId, type PageRequest } from './page-id.js';

export const STALE_BUTTON = 'This button belongs to an answer from before the coverage changed: its pages would no longer match what it showed. Please ask again.';
export const FORGOTTEN_BUTTON = 'This button has expired: the bot keeps the pages of its recent answers only, and this one is no longer among them. Please ask again.';
export const UNREADABLE_BUTTON = 'This button is not one this bot can read (it may come from an older version of the bot). Please ask again.';

/** The custom_ids of the page buttons for a request answered from `coverage` (the coverage of the moment, unless said). */
export function pageIdsFor(request: PageRequest, context: BotContext, coverage: Coverage = context.coverage): PageIdFor {
  return (page) => pageId(request, page, coverage.version, context.pageRequests);
}

export async function handlePageButton(interaction: ButtonInteraction, context: BotContext): Promise<void> {
  const { coverage, log } = context;
  const reading = readPageId(interaction.customId, context.pageRequests);
  const version = reading.ok ? reading.button.version : reading.version;
  // The coverage first: a button from an older coverage is stale, whether or not its request is remembered.
  const notice = version !== undefined && version !== coverage.version ? STALE_BUTTON
    : !reading.ok ? (reading.reason === 'forgotten' ? FORGOTTEN_BUTTON : UNREADABLE_BUTTON)
      : null;
  if (notice !== null || !reading.ok) {
    log.info({ interactionId: interaction.id, customId: interaction.customId, reason: reading.ok ? 'coverage changed' : reading.reason }, 'page button not answered');
    await sendPrivately(interaction, log, renderNotice(notice ?? UNREADABLE_BUTTON));
    return;
  }
  const { request, page } = reading.button;
  // The footer only gives back the wording shown with the answer; the request itself comes from the id.
  const question = questionFromFooter(interaction.message.embeds[0]?.footer?.text) ?? describeRequest(request);
  const answer = await settled(() => answerParsed(coverage, question, request, discordWindow(page)));
  await update(interaction, log, renderDiscord(answer, page, pageIdsFor(request, context, coverage)));
}

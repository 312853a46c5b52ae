/**
 * The one handler for INTERACTION_CREATE: slash commands, autocomplete and
 * page buttons. Any failure is logged with the interaction id and told to the
 * user in a private message, never as a stack trace.
 */
import type { Interaction } from 'discord.js';
import { renderNotice } from '../../render/discord.js';
import { dispatchCommand } from '../commands/index.js';
import { handleAutocomplete } from '../interactions/autocomplete.js';
import { handlePageButton } from '../interactions/pagination.js';
import type { BotContext } from './context.js';
import { sendPrivately } from './respond.js';

export async function handleInteraction(interaction: Interaction, context: BotContext): Promise<void> {
  const { log } = context;
  try {
    if (interaction.isAutocomplete()) {
      await handleAutocomplete(interaction, context);
    } else if (interaction.isChatInputCommand() || interaction.isMessageContextMenuCommand()) {
      if (!(await dispatchCommand(interaction, context))) {
        await sendPrivately(interaction, log, renderNotice(`This bot has no ${interaction.isChatInputCommand() ? '/' : ''}${interaction.commandName} command any more; try /help.`));
      }
    } else if (interaction.isButton() && interaction.customId.startsWith('qw')) {
      // Every page button this bot has written, of any format: an old one gets a clear notice.
      await handlePageButton(interaction, context);
    }
  } catch (error) {
    log.error({ interactionId: interaction.id, err: error }, 'interaction failed');
    context.metrics?.errors.inc({ kind: 'interaction' });
    if (interaction.isChatInputCommand() || interaction.isMessageContextMenuCommand() || interaction.isButton()) {
      await sendPrivately(interaction, log, renderNotice(`Sorry, something went wrong while answering. It has been logged (interaction ${interaction.id}).`)).catch((reportError: unknown) => {
        log.error({ interactionId: interaction.id, err: reportError }, 'could not tell the user about the failure');
      });
    }
  }
}

/**
 * Replying to interactions without surprises: every message with empty
 * allowed mentions, an expired interaction (API error 10062) logged and
 * dropped, and never a stack trace to the user.
 */
import {
  DiscordAPIError,
  MessageFlags,
  RESTJSONErrorCodes,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type InteractionReplyOptions,
  type InteractionUpdateOptions,
  type MessageContextMenuCommandInteraction,
} from 'discord.js';
import type { Logger } from '../../logging/logger.js';
import type { DiscordMessage } from '../../render/discord.js';

export type Repliable = ChatInputCommandInteraction | MessageContextMenuCommandInteraction | ButtonInteraction;

function options(message: DiscordMessage): Pick<InteractionReplyOptions & InteractionUpdateOptions, 'embeds' | 'components' | 'allowedMentions' | 'content' | 'files'> {
  return {
    embeds: message.embeds, components: message.components, allowedMentions: { parse: [] },
    ...(message.content !== undefined ? { content: message.content } : {}),
    ...(message.files ? { files: message.files } : {}),
  };
}

/** Whether an error means the interaction is gone (expired or already answered). */
export function isExpired(error: unknown): boolean {
  return error instanceof DiscordAPIError && (error.code === RESTJSONErrorCodes.UnknownInteraction || error.code === RESTJSONErrorCodes.InteractionHasAlreadyBeenAcknowledged);
}

/** Runs a Discord call; an expired interaction is logged and dropped, other errors go on. */
export async function guarded(interaction: Repliable, log: Logger, call: () => Promise<unknown>): Promise<boolean> {
  try {
    await call();
    return true;
  } catch (error) {
    if (!isExpired(error)) throw error;
    log.warn({ interactionId: interaction.id, code: (error as DiscordAPIError).code }, 'interaction expired before the reply; dropped');
    return false;
  }
}

/** Replies, or edits the deferred reply. */
export function send(interaction: Repliable, log: Logger, message: DiscordMessage, ephemeral: boolean): Promise<boolean> {
  if (interaction.deferred || interaction.replied) return guarded(interaction, log, () => interaction.editReply(options(message)));
  const reply: InteractionReplyOptions = ephemeral ? { ...options(message), flags: MessageFlags.Ephemeral } : options(message);
  return guarded(interaction, log, () => interaction.reply(reply));
}

/** A short message only the user sees (rate limits, stale buttons, errors). */
export function sendPrivately(interaction: Repliable, log: Logger, message: DiscordMessage): Promise<boolean> {
  if (interaction.deferred || interaction.replied) return guarded(interaction, log, () => interaction.followUp({ ...options(message), flags: MessageFlags.Ephemeral }));
  return guarded(interaction, log, () => interaction.reply({ ...options(message), flags: MessageFlags.Ephemeral }));
}

export function update(interaction: ButtonInteraction, log: Logger, message: DiscordMessage): Promise<boolean> {
  return guarded(interaction, log, () => interaction.update(options(message)));
}

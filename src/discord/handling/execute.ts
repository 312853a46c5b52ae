/**
 * Runs a slash command: rate limit, defer when the answer may be slow, answer,
 * render, reply (ephemeral when `private` is set).
 */
import { MessageFlags, type ChatInputCommandInteraction } from 'discord.js';
import { commandNamed, type CommandName } from '../../commands/definitions.js';
import { runCommand, type CommandValues } from '../../commands/run.js';
import { renderDiscord, renderHelpDiscord, renderNotice } from '../../render/discord.js';
import type { BotContext } from './context.js';
import { pageIdsFor } from '../interactions/pagination.js';
import { guarded, send, sendPrivately } from './respond.js';

/** If this much of Discord's 3 s has gone before answering, defer first. */
const DEFER_AFTER_MS = 1500;

export type CommandExecute = (interaction: ChatInputCommandInteraction, context: BotContext) => Promise<void>;

function valuesOf(interaction: ChatInputCommandInteraction, name: CommandName): CommandValues {
  const values: Record<string, string | boolean | undefined> = {};
  for (const option of commandNamed(name)?.options ?? []) {
    values[option.name] = option.type === 'boolean' ? (interaction.options.getBoolean(option.name) ?? undefined) : (interaction.options.getString(option.name) ?? undefined);
  }
  return values;
}

export function executeCommand(name: CommandName): CommandExecute {
  return async (interaction, context) => {
    const { log, coverage } = context;
    const values = valuesOf(interaction, name);
    const ephemeral = values.private === true;
    const wait = name === 'help' ? 0 : (context.rateLimiter?.take(interaction.user.id) ?? 0);
    if (wait > 0) {
      log.info({ interactionId: interaction.id, user: interaction.user.id, wait }, 'rate limited');
      await sendPrivately(interaction, log, renderNotice(`You are asking faster than this bot answers (${context.rateLimiter?.count} questions every ${context.rateLimiter?.windowSeconds} s). Please try again in ${wait} s.`));
      return;
    }
    const late = Date.now() - interaction.createdTimestamp > DEFER_AFTER_MS;
    if (late || coverage.snapshot.articles.length > context.deferAboveArticles) {
      const deferred = await guarded(interaction, log, () => interaction.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {}));
      if (!deferred) return;
    }
    const started = performance.now();
    const result = runCommand(coverage, name, values);
    const message = result.kind === 'help' ? renderHelpDiscord(result.help) : renderDiscord(result.answer, 1, pageIdsFor(result.request, context));
    const ms = Math.round(performance.now() - started);
    await send(interaction, log, message, ephemeral);
    const totalMs = Date.now() - interaction.createdTimestamp;
    context.metrics?.commandsAnswered.inc({ command: name });
    context.metrics?.answerSeconds.observe({ command: name }, totalMs / 1000);
    const shard = interaction.guild?.shardId ?? interaction.client.shard?.ids[0] ?? 0;
    log.debug({ interactionId: interaction.id, command: name, guild: interaction.guildId, shard, ms, totalMs }, 'answered');
  };
}

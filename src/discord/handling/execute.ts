/**
 * Runs a command: rate limit, defer when the answer may be slow, answer,
 * render (with the list attached as a file for format csv or json), reply
 * (ephemeral when `private` is set, or when the command says so).
 */
import { settled } from '../../retrieval/pending.js';
import { MessageFlags, PermissionFlagsBits, type ChatInputCommandInteraction, type MessageContextMenuCommandInteraction } from 'discord.js';
import { commandNamed, formatOf, type CommandName } from '../../commands/definitions.js';
import { runCommand, type CommandValues } from '../../commands/run.js';
import { discordWindow, renderAboutDiscord, renderDiscord, renderHelpDiscord, renderNotice, withChart, withExport } from '../../render/discord.js';
import { EXPORT_WINDOW } from '../../render/export.js';
import type { Coverage } from '../../retrieval/coverage.js';
import { coverageAfter } from '../../retrieval/follow-corpus.js';
import { CoverageChangedError } from '../../retrieval/postgres/postgres-coverage.js';
import type { BotContext } from './context.js';
import { pageIdsFor } from '../interactions/pagination.js';
import { guarded, send, sendPrivately } from './respond.js';

/** If this much of Discord's 3 s has gone before answering, defer first. */
const DEFER_AFTER_MS = 1500;

export const NO_FILES = 'The bot may not attach files here (it lacks Attach Files in this channel), so the list comes without its file: ask in a DM with the bot, or ask an admin to allow it.';

/** The interactions a command answers: slash commands and message context menus. */
export type CommandInteraction = ChatInputCommandInteraction | MessageContextMenuCommandInteraction;

export type CommandExecute = (interaction: ChatInputCommandInteraction, context: BotContext) => Promise<void>;

function valuesOf(interaction: ChatInputCommandInteraction, name: CommandName): CommandValues {
  const values: Record<string, string | boolean | undefined> = {};
  for (const option of commandNamed(name)?.options ?? []) {
    values[option.name] = option.type === 'boolean' ? (interaction.options.getBoolean(option.name) ?? undefined) : (interaction.options.getString(option.name) ?? undefined);
  }
  return values;
}

/** A slash command's handler: its options are the command's values. */
export function executeCommand(name: CommandName): CommandExecute {
  return (interaction, context) => answerCommand(interaction, context, name, valuesOf(interaction, name));
}

/**
 * Answers from the coverage of the moment, and once more from the new one if
 * the corpus was read again while it answered and the answer failed (a
 * database renumbers what an ingest changed under a coverage opened before).
 */
async function answerFromCoverage<T>(context: BotContext, answer: (coverage: Coverage) => T): Promise<{ result: T; coverage: Coverage }> {
  const { coverage } = context;
  try {
    return { result: await settled(() => answer(coverage)), coverage };
  } catch (error) {
    // The database changed under it: the new coverage is being opened, and comes within seconds.
    // Without a watch no new coverage comes (an ingest run elsewhere asks for a restart): said at once.
    if (error instanceof CoverageChangedError && context.followed) await coverageAfter(() => context.coverage, coverage);
    if (context.coverage === coverage) throw error;
    const now = context.coverage;
    return { result: await settled(() => answer(now)), coverage: now };
  }
}

/** Answers `name` with `values` (a slash command's options, or what a context menu stands for). */
export async function answerCommand(interaction: CommandInteraction, context: BotContext, name: CommandName, values: CommandValues): Promise<void> {
  const { log, coverage } = context;
  const ephemeral = values.private === true;
  const wait = name === 'help' || name === 'about' ? 0 : (context.rateLimiter?.take(interaction.user.id) ?? 0);
  if (wait > 0) {
    log.info({ interactionId: interaction.id, user: interaction.user.id, wait }, 'rate limited');
    await sendPrivately(interaction, log, renderNotice(`You are asking faster than this bot answers (${context.rateLimiter?.count} questions every ${context.rateLimiter?.windowSeconds} s). Please try again in ${wait} s.`));
    return;
  }
  const late = Date.now() - interaction.createdTimestamp > DEFER_AFTER_MS;
  if (late || coverage.articleCount > context.deferAboveArticles) {
    const deferred = await guarded(interaction, log, () => interaction.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {}));
    if (!deferred) return;
  }
  const started = performance.now();
  const format = formatOf(values.format);
  // The page buttons carry the version of the coverage the answer came from.
  const { result, coverage: answeredFrom } = await answerFromCoverage(context, (now) => runCommand(now, name, values, format === 'text' ? discordWindow(1) : EXPORT_WINDOW));
  // Where the bot may not attach files, the answer comes alone, saying why (Discord would refuse the whole reply).
  const canAttach = interaction.appPermissions?.has(PermissionFlagsBits.AttachFiles) ?? true;
  const message = result.kind === 'help' ? renderHelpDiscord(result.help)
    : result.kind === 'about' ? renderAboutDiscord(result.about)
      : format !== 'text' && !canAttach ? { ...renderDiscord(result.answer, 1, pageIdsFor(result.request, context, answeredFrom)), content: NO_FILES }
        // Discord says how large a file this interaction may carry (more with boosts or Nitro).
        : withExport(renderDiscord(result.answer, 1, pageIdsFor(result.request, context, answeredFrom)), result.answer, format, interaction.attachmentSizeLimit || undefined);
  // A coverage answer carries its chart (drawn here, after the answer: the answer stays plain data).
  const sent = result.kind === 'answer' ? withChart(message, result.answer, canAttach) : message;
  const ms = Math.round(performance.now() - started);
  await send(interaction, log, sent, ephemeral);
  const totalMs = Date.now() - interaction.createdTimestamp;
  context.metrics?.commandsAnswered.inc({ command: name });
  context.metrics?.answerSeconds.observe({ command: name }, totalMs / 1000);
  const shard = interaction.guild?.shardId ?? interaction.client.shard?.ids[0] ?? 0;
  log.debug({ interactionId: interaction.id, command: name, guild: interaction.guildId, shard, ms, totalMs }, 'answered');
}

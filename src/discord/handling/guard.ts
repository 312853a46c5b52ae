/**
 * The gateway-level guard for interactions discord.js cannot build. An
 * INTERACTION_CREATE with neither `user` nor `member` makes discord.js throw
 * inside its packet handler (it reads `member.user`), which would be an
 * uncaught exception; here it is logged with its id, answered privately when
 * it carries a token, and renamed so that discord.js skips it.
 */
import { InteractionResponseType, InteractionType, MessageFlags, Routes, type Client, type GatewayDispatchPayload } from 'discord.js';
import type { BotMetrics } from '../../health/metrics.js';
import type { Logger } from '../../logging/logger.js';
import { renderNotice } from '../../render/discord.js';

/** The dispatch name a malformed interaction is given: no discord.js handler exists for it. */
export const DROPPED_INTERACTION = 'QUOTEWIRE_DROPPED_INTERACTION';

/** Why discord.js could not build this interaction packet, or null when it can. */
export function malformation(data: unknown): string | null {
  if (typeof data !== 'object' || data === null) return 'no interaction object';
  const { id, type, user, member } = data as { id?: unknown; type?: unknown; user?: unknown; member?: { user?: unknown } | null };
  if (typeof id !== 'string') return 'no interaction id';
  if (typeof type !== 'number') return 'no interaction type';
  const hasUser = typeof user === 'object' && user !== null;
  const hasMember = typeof member === 'object' && member !== null && typeof member.user === 'object' && member.user !== null;
  if (!hasUser && !hasMember) return 'neither user nor member';
  return null;
}

/**
 * Called on every raw gateway dispatch (discord.js's `raw` event comes before
 * its own handling, with the same packet object). Returns whether the packet was dropped.
 */
export function dropMalformedInteraction(packet: GatewayDispatchPayload, client: Client, log: Logger, metrics: BotMetrics | null = null): boolean {
  if (packet.t !== 'INTERACTION_CREATE') return false;
  const problem = malformation(packet.d);
  if (problem === null) return false;
  const { id, token, type } = packet.d as unknown as { id?: unknown; token?: unknown; type?: unknown };
  const interactionId = typeof id === 'string' ? id : null;
  metrics?.errors.inc({ kind: 'malformed' });
  log.error({ interactionId, problem }, `malformed interaction ${interactionId ?? '(no id)'} dropped: ${problem}`);
  // Mutating the packet is how it stays out of discord.js: its dispatch table has no handler for this name.
  (packet as { t: string }).t = DROPPED_INTERACTION;
  if (interactionId !== null && typeof token === 'string' && type !== InteractionType.Ping && type !== InteractionType.ApplicationCommandAutocomplete) {
    const notice = renderNotice(`Sorry, this request could not be read. It has been logged (interaction ${interactionId}).`);
    client.rest
      .post(Routes.interactionCallback(interactionId, token), {
        auth: false,
        body: { type: InteractionResponseType.ChannelMessageWithSource, data: { ...notice, flags: MessageFlags.Ephemeral } },
      })
      .catch((error: unknown) => log.warn({ interactionId, err: error }, 'could not tell the user about the malformed interaction'));
  }
  return true;
}

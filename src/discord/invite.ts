/**
 * The install links. Everything the bot sends is an interaction response
 * (a webhook: no Send Messages, no Read Message History, no message content
 * needed; a message command's target comes with the interaction), and of the
 * permissions Discord checks on responses the bot uses two: Embed Links (every
 * answer is an embed) and Attach Files (format:csv and format:json).
 */
import { OAuth2Scopes, PermissionFlagsBits } from 'discord.js';

/** Embed Links | Attach Files = 16384 | 32768 = 49152. */
export const INVITE_PERMISSIONS = PermissionFlagsBits.EmbedLinks | PermissionFlagsBits.AttachFiles;

const AUTHORIZE = 'https://discord.com/oauth2/authorize';

/** Adding the bot to a server (integration_type 0): the bot user with its permissions, and the commands. */
export function guildInstallUrl(clientId: string): string {
  return `${AUTHORIZE}?client_id=${clientId}&scope=${OAuth2Scopes.Bot}+${OAuth2Scopes.ApplicationsCommands}&permissions=${INVITE_PERMISSIONS}&integration_type=0`;
}

/** Adding the app to one's own account (integration_type 1): commands only, usable anywhere. */
export function userInstallUrl(clientId: string): string {
  return `${AUTHORIZE}?client_id=${clientId}&scope=${OAuth2Scopes.ApplicationsCommands}&integration_type=1`;
}

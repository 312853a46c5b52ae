/**
 * Text made safe for Discord: markdown and mentions in user or article text
 * neither format nor ping, and everything fits Discord's limits.
 */
import { escapeMarkdown } from 'discord.js';

/** Discord's limits on a message (characters). */
export const LIMITS = {
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  fieldName: 256,
  fieldValue: 1024,
  fields: 25,
  footer: 2048,
  embedTotal: 6000,
  embeds: 10,
  customId: 100,
  choices: 25,
  choiceName: 100,
} as const;

/** Cuts text to `max` characters, ending with "…" when cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, Math.max(0, max - 1)).replace(/[\uD800-\uDBFF]$/, '')}…`;
}

/** Breaks every mention (@everyone, @here, <@id>, <@&id>, <#id>, @name) with a zero-width space after "@" or "<". */
export function breakMentions(text: string): string {
  return text.replace(/<(?=[@#])/g, '<\u200b').replace(/@(?!\u200b)/g, '@\u200b');
}

/** Undoes `breakMentions`. */
export function unbreakMentions(text: string): string {
  return text.replace(/<\u200b(?=[@#])/g, '<').replace(/@\u200b/g, '@');
}

/** Escapes markdown and breaks mentions: user and article text neither formats nor pings. */
export function safeText(text: string): string {
  return breakMentions(escapeMarkdown(text));
}

/** A markdown link, or the label alone when the address is not http(s). */
export function markdownLink(label: string, url: string | null): string {
  const text = safeText(label).replace(/[[\]]/g, '');
  if (!url || !/^https?:\/\//.test(url)) return text;
  const address = url.replace(/\(/g, '%28').replace(/\)/g, '%29').replace(/\s/g, '%20');
  return `[${text}](${address})`;
}

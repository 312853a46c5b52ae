import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { guildInstallUrl, INVITE_PERMISSIONS, userInstallUrl } from '../../src/discord/invite.js';
import { ROOT } from '../helpers.js';

describe('install links', () => {
  it('asks for Embed Links and Attach Files only', () => {
    expect(INVITE_PERMISSIONS).toBe(49152n);
  });

  it('a server install: the bot and its commands; a user install: the commands', () => {
    expect(guildInstallUrl('123')).toBe('https://discord.com/oauth2/authorize?client_id=123&scope=bot+applications.commands&permissions=49152&integration_type=0');
    expect(userInstallUrl('123')).toBe('https://discord.com/oauth2/authorize?client_id=123&scope=applications.commands&integration_type=1');
  });

  it('the README gives the same links', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    expect(readme).toContain(guildInstallUrl('<DISCORD_CLIENT_ID>'));
    expect(readme).toContain(userInstallUrl('<DISCORD_CLIENT_ID>'));
  });
});

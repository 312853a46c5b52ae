import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CACHE_DIR, readSettings, SettingsError } from '../../src/settings/settings.js';

describe('readSettings', () => {
  it('has defaults for everything', () => {
    expect(readSettings({})).toEqual({
      logLevel: 'info', logFormat: 'auto', corpusPaths: [], cacheDir: DEFAULT_CACHE_DIR, cacheMinArticles: 200,
      discord: null, rateLimit: { count: 5, windowSeconds: 10 }, health: null,
    });
  });

  it('reads levels in any case and corpus paths split by the path delimiter', () => {
    const settings = readSettings({
      LOG_LEVEL: 'DEBUG',
      LOG_FORMAT: 'json',
      CORPUS_PATHS: ['a/folder', ' b.jsonl ', ''].join(path.delimiter),
    });
    expect(settings).toMatchObject({ logLevel: 'debug', logFormat: 'json', corpusPaths: ['a/folder', 'b.jsonl'] });
  });

  it('lists every bad value at once with how to fix it', () => {
    let caught: unknown;
    try {
      readSettings({ LOG_LEVEL: 'loud', LOG_FORMAT: 'xml', CACHE_MIN_ARTICLES: 'many' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(SettingsError);
    expect((caught as SettingsError).problems).toEqual([
      'LOG_LEVEL="loud" is not one of fatal, error, warn, info, debug, trace, silent; set it to one of them or remove it (default info)',
      'LOG_FORMAT="xml" is not one of auto, json, pretty; set it to one of them or remove it (default auto)',
      'CACHE_MIN_ARTICLES="many" is not a whole number; set it to one (for example 200) or remove it',
    ]);
  });

  it('reads the Discord settings and says what is wrong with each', () => {
    const token = 'MTIzNDU2Nzg5MDEyMzQ1Njc4OQ.GabcDE.abcdefghijklmnopqrstuvwxyz0123456789';
    expect(readSettings({ DISCORD_TOKEN: token, DISCORD_CLIENT_ID: '123456789012345678', SHARDS: 'auto', RATE_LIMIT: '3/60s' })).toMatchObject({
      discord: { token, clientId: '123456789012345678', guildId: null, apiUrl: 'https://discord.com/api', shards: 'auto' },
      rateLimit: { count: 3, windowSeconds: 60 },
    });
    let caught: unknown;
    try {
      readSettings({ DISCORD_TOKEN: 'hunter2', DISCORD_GUILD_ID: 'my-server', DISCORD_API_URL: 'ftp://x', SHARDS: '0', RATE_LIMIT: 'fast' });
    } catch (error) {
      caught = error;
    }
    const problems = (caught as SettingsError).problems.join('\n');
    expect(problems).toMatch(/DISCORD_GUILD_ID="my-server" is not a Discord id/);
    expect(problems).toMatch(/DISCORD_API_URL="ftp:\/\/x" is not an http\(s\) address/);
    expect(problems).toMatch(/SHARDS="0"/);
    expect(problems).toMatch(/DISCORD_TOKEN does not look like a bot token/);
    expect(problems).toMatch(/RATE_LIMIT="fast"/);
    expect(problems).not.toMatch(/hunter2/);
  });
});

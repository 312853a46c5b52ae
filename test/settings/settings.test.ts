import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CACHE_DIR, readSettings, SettingsError } from '../../src/settings/settings.js';

describe('readSettings', () => {
  it('has defaults for everything', () => {
    expect(readSettings({})).toEqual({
      logLevel: 'info', logFormat: 'auto', corpusPaths: [], cacheDir: DEFAULT_CACHE_DIR, cacheMinArticles: 200, maxArticleBytes: 5 * 1024 * 1024,
      discord: null, rateLimit: { count: 5, windowSeconds: 10 }, runMode: 'auto', health: null, databaseUrl: null, corpusWatch: false, feeds: null,
    });
  });

  it('reads FEEDS, their interval and folder, and refuses what is not an http(s) address', () => {
    expect(readSettings({ FEEDS: 'https://kelvale.test/feed.xml, http://127.0.0.1:8080/atom', CACHE_DIR: '/srv/qw' }).feeds).toEqual({
      urls: ['https://kelvale.test/feed.xml', 'http://127.0.0.1:8080/atom'], intervalSeconds: 300, folder: path.join('/srv/qw', 'feeds'),
    });
    expect(readSettings({ FEEDS: 'https://kelvale.test/feed.xml', FEEDS_INTERVAL: '60', FEEDS_DIR: '/srv/feeds' }).feeds).toMatchObject({ intervalSeconds: 60, folder: '/srv/feeds' });
    expect(() => readSettings({ FEEDS: 'ftp://kelvale.test/feed.xml' })).toThrow(/FEEDS holds "ftp:\/\/kelvale.test\/feed.xml"/);
    expect(() => readSettings({ FEEDS: 'https://kelvale.test/feed.xml', FEEDS_INTERVAL: '0' })).toThrow(/FEEDS_INTERVAL.*at least 1/);
    expect(() => readSettings({ DATABASE_URL: 'postgres://db/x', FEEDS: 'https://kelvale.test/feed.xml' })).toThrow(/FEEDS with DATABASE_URL needs CORPUS_PATHS/);
    expect(readSettings({ DATABASE_URL: 'postgres://db/x', FEEDS: 'https://kelvale.test/feed.xml', CORPUS_PATHS: 'archive' }).feeds).not.toBeNull();
  });

  it('reads CORPUS_WATCH, and refuses it on a database with no corpus named to watch', () => {
    expect(readSettings({ CORPUS_WATCH: 'ON' }).corpusWatch).toBe(true);
    expect(readSettings({ CORPUS_WATCH: 'off' }).corpusWatch).toBe(false);
    expect(() => readSettings({ CORPUS_WATCH: 'yes' })).toThrow(/CORPUS_WATCH/);
    expect(() => readSettings({ CORPUS_WATCH: 'on', DATABASE_URL: 'postgres://db/x' })).toThrow(/CORPUS_WATCH=on needs CORPUS_PATHS/);
    expect(readSettings({ CORPUS_WATCH: 'on', DATABASE_URL: 'postgres://db/x', CORPUS_PATHS: 'archive' }).corpusWatch).toBe(true);
  });

  it('reads the article size limit (MAX_ARTICLE_BYTES) and refuses one that is not a positive whole number', () => {
    expect(readSettings({ MAX_ARTICLE_BYTES: ' 60000000 ' }).maxArticleBytes).toBe(60_000_000);
    expect(() => readSettings({ MAX_ARTICLE_BYTES: '5MB' })).toThrow(/MAX_ARTICLE_BYTES .*is not a whole number/);
    expect(() => readSettings({ MAX_ARTICLE_BYTES: '0' })).toThrow(/MAX_ARTICLE_BYTES.* must be at least 1/);
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
    expect(problems).toMatch(/DISCORD_GUILD_ID is not a Discord id \(17 to 20 digits; it holds 9 characters, not shown\)/);
    expect(problems).toMatch(/DISCORD_API_URL is not an http\(s\) address \(it starts with "ftp:"\)/);
    expect(problems).toMatch(/SHARDS="0"/);
    expect(problems).toMatch(/DISCORD_TOKEN does not look like a bot token/);
    expect(problems).toMatch(/RATE_LIMIT="fast"/);
    expect(problems).not.toMatch(/hunter2/);
  });

  it('never prints a value that could be a secret: a token pasted into the wrong variable is named, not shown', () => {
    const token = 'MTIzNDU2Nzg5MDEyMzQ1Njc4OQ.GabcDE.abcdefghijklmnopqrstuvwxyz0123456789';
    const env = {
      DISCORD_CLIENT_ID: token, DISCORD_GUILD_ID: `${token} `, LOG_LEVEL: token, LOG_FORMAT: 'hunter2secret', RUN_MODE: token,
      SHARDS: token, RATE_LIMIT: token, CACHE_MIN_ARTICLES: token, DISCORD_API_URL: `ftp://acme:${token}@example.test`,
    };
    let caught: unknown;
    try {
      readSettings(env);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(SettingsError);
    const problems = (caught as SettingsError).problems;
    const text = `${problems.join('\n')}\n${(caught as Error).message}`;
    expect(text).not.toContain(token);
    // No piece of it either: neither of its parts, nor the other secret.
    for (const part of [...token.split('.'), 'hunter2secret', 'acme', 'jroe']) expect(text).not.toContain(part);
    expect(() => readSettings({ DISCORD_API_URL: 'jroe:hunter2@example.test' })).toThrow(/^(?![^]*(?:jroe|hunter2))[^]*DISCORD_API_URL is not an http\(s\) address \(it holds 25 characters and no scheme:\/\/, not shown\)/);
    for (const name of Object.keys(env)) expect(text).toMatch(new RegExp(`^${name}\\b`, 'm'));
    expect(problems.find((p) => p.startsWith('DISCORD_CLIENT_ID'))).toMatch(new RegExp(`it holds ${token.length} characters, not shown.*looks like a bot token, which belongs in DISCORD_TOKEN`));
    expect(problems.find((p) => p.startsWith('LOG_LEVEL'))).toMatch(new RegExp(`^LOG_LEVEL \\(a ${token.length}-character value, not shown: it looks like a bot token`));
    expect(problems.find((p) => p.startsWith('LOG_FORMAT'))).toBe('LOG_FORMAT (a 13-character value, not shown) is not one of auto, json, pretty; set it to one of them or remove it (default auto)');
    // Short plain words and numbers are shown, to say what was typed.
    expect(() => readSettings({ SHARDS: '-1', RATE_LIMIT: '5/10m', RUN_MODE: 'always' })).toThrow(/SHARDS="-1"[^]*RATE_LIMIT="5\/10m"[^]*RUN_MODE="always"/);
  });

  it('refuses a DISCORD_TOKEN of only spaces instead of silently running the console; empty still means no token', () => {
    for (const blank of [' ', '   ', '\t \n']) {
      expect(() => readSettings({ DISCORD_TOKEN: blank })).toThrow(/DISCORD_TOKEN holds only spaces; put the bot token there, or leave it empty/);
      expect(() => readSettings({ DISCORD_TOKEN: blank }, { mainJob: { stdin: 'pipe' } })).toThrow(SettingsError);
    }
    expect(readSettings({ DISCORD_TOKEN: '' }).discord).toBeNull();
  });

  it('refuses a main job with neither a token nor input to answer, or with RUN_MODE=bot and no token', () => {
    for (const stdin of ['terminal', 'pipe', 'file'] as const) {
      expect(readSettings({}, { mainJob: { stdin } })).toMatchObject({ discord: null, runMode: 'auto' });
    }
    expect(() => readSettings({ DISCORD_TOKEN: '' }, { mainJob: { stdin: 'none' } })).toThrow(/DISCORD_TOKEN is not set, and the offline console that runs without it has no input/);
    expect(() => readSettings({ RUN_MODE: 'bot' }, { mainJob: { stdin: 'terminal' } })).toThrow(/DISCORD_TOKEN is not set and RUN_MODE is bot/);
    // Only the main job: the CLI and deploy-commands read settings without it.
    expect(readSettings({ RUN_MODE: 'BOT' })).toMatchObject({ discord: null, runMode: 'bot' });
    const token = 'MTIzNDU2Nzg5MDEyMzQ1Njc4OQ.GabcDE.abcdefghijklmnopqrstuvwxyz0123456789';
    expect(readSettings({ DISCORD_TOKEN: token, RUN_MODE: 'bot' }, { mainJob: { stdin: 'none' } }).discord?.token).toBe(token);
  });
});

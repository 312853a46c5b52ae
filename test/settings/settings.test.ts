import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CACHE_DIR, readSettings, SettingsError } from '../../src/settings/settings.js';

describe('readSettings', () => {
  it('has defaults for everything', () => {
    expect(readSettings({})).toEqual({ logLevel: 'info', logFormat: 'auto', corpusPaths: [], cacheDir: DEFAULT_CACHE_DIR, cacheMinArticles: 200 });
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
});

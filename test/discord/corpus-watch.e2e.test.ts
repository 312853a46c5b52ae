/**
 * CORPUS_WATCH=on: the bot answers from an article put into its corpus folder while it runs, without a
 * restart, and says in its log what it took in.
 */
import { mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeDiscord, slashCommand } from './fake-discord.js';
import { spawnBot } from './spawn-bot.js';

const fake = new FakeDiscord();
let corpus: string;

const article = (headline: string, paragraphs: string[]): string => `${headline}\n\n${paragraphs.join('\n\n')}\n`;

beforeAll(async () => {
  await fake.start();
  corpus = mkdtempSync(path.join(tmpdir(), 'qw-watched-'));
  writeFileSync(path.join(corpus, 'harbour.txt'), article('Kelvale harbour to reopen', [
    '"The harbour will reopen in the spring," said Nora Quill, the Kelvale harbour master.',
    'Fishing crews have waited two years for the repairs.',
  ]));
  writeFileSync(path.join(corpus, 'school.txt'), article('Springfield school gets a new roof', [
    '"We found the money at last," said Tom Varga, who chairs the Springfield school board.',
  ]));
});

afterAll(async () => {
  await fake.stop();
  rmSync(corpus, { recursive: true, force: true });
});

/** The text of the bot's reply to a /who-said. */
async function whoSaid(statement: string): Promise<string> {
  const payload = slashCommand('who-said', { statement });
  fake.dispatch('INTERACTION_CREATE', payload);
  const request = await fake.waitFor((r) => r.method === 'POST' && r.path.includes(`/interactions/${payload.id}/`), 15_000);
  return JSON.stringify(request.body);
}

describe('a watched corpus', () => {
  it('answers from an article added while the bot runs, forgets one removed, reads one changed', async () => {
    const bot = spawnBot(fake, { CORPUS_PATHS: corpus, CORPUS_WATCH: 'on' });
    try {
      await bot.waitForLog('connected to Discord as QuoteWire');
      await bot.waitForLog('watching');
      expect(await whoSaid('the ferry timetable will double next year')).not.toContain('Jane Roe');
      writeFileSync(path.join(corpus, 'ferry.txt'), article('Ferry timetable to double', [
        '"The ferry timetable will double next year," said Jane Roe, the Freedonia transport minister.',
        'The minister spoke at the Kelvale pier on Monday.',
      ]));
      await bot.waitForLog('corpus changed: 1 added');
      expect(await whoSaid('the ferry timetable will double next year')).toContain('Jane Roe');
      unlinkSync(path.join(corpus, 'school.txt'));
      await bot.waitForLog('0 added, 0 changed, 1 removed');
      expect(await whoSaid('we found the money at last')).not.toContain('Tom Varga');
      writeFileSync(path.join(corpus, 'harbour.txt'), article('Kelvale harbour to reopen', [
        '"The harbour will reopen in the autumn," said Nora Quill, the Kelvale harbour master.',
      ]));
      await bot.waitForLog('0 added, 1 changed, 0 removed');
      expect(await whoSaid('the harbour will reopen in the autumn')).toContain('Nora Quill');
    } finally {
      const since = Date.now();
      bot.child.kill('SIGTERM');
      await bot.exited(since);
    }
  }, 90_000);
});

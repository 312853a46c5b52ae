/**
 * The Discord-native features with the real discord.js client against the
 * fake Discord, on an invented newsroom: the "Who said this?" message
 * context-menu command, /about, and lists exported as CSV or JSON files.
 */
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBot, type Bot } from '../../src/discord/bot.js';
import { WHO_SAID_THIS } from '../../src/discord/commands/index.js';
import { NO_FILES } from '../../src/discord/handling/execute.js';
import { parseCsv } from '../../src/render/csv.js';
import { NO_CHART } from '../../src/render/discord.js';
import { SnowflakeUtil } from 'discord.js';
import { inventedNewsroomCoverage } from '../commands/invented-newsroom.js';
import { FakeDiscord, messageCommand, slashCommand, type RecordedRequest } from './fake-discord.js';

const TOKEN = 'OTAwMDAwMDAwMDAwMDAwMDAx.GfakeT.abcdefghijklmnopqrstuvwxyz0123456789ABCD';

interface CallbackBody {
  type: number;
  data?: {
    flags?: number;
    content?: string;
    embeds?: { title?: string; description?: string; fields?: { name: string; value: string }[]; footer?: { text: string } }[];
    attachments?: { id: string }[];
    allowed_mentions?: { parse: string[] };
  };
}

const fake = new FakeDiscord();
let bot: Bot;

async function callback(payload: { id: string }): Promise<RecordedRequest> {
  fake.dispatch('INTERACTION_CREATE', payload);
  return fake.waitFor((r) => r.method === 'POST' && r.path.includes(`/interactions/${payload.id}/`));
}

async function interact(payload: { id: string }): Promise<CallbackBody> {
  return (await callback(payload)).body as CallbackBody;
}

const fields = (body: CallbackBody): Record<string, string> => Object.fromEntries((body.data?.embeds?.[0]?.fields ?? []).map((f) => [f.name, f.value]));

beforeAll(async () => {
  await fake.start();
  bot = startBot({
    discord: { token: TOKEN, clientId: null, guildId: null, apiUrl: fake.apiUrl, shards: null },
    rateLimit: null,
    coverage: inventedNewsroomCoverage(),
    log: pino({ level: 'silent' }),
  });
  await bot.ready;
}, 20_000);

afterAll(async () => {
  await bot?.stop();
  await fake.stop();
});

describe('"Who said this?" on a message', () => {
  it('answers with the speaker and the sources, privately, the message stripped of mentions and markdown', async () => {
    const body = await interact(messageCommand(WHO_SAID_THIS, { content: '<@800000000000000002> is this true?? **The ferry to Ostby will run every hour from June** <:ferry:123456789012345678> https://example.com/x' }));
    expect(body.type).toBe(4);
    expect(body.data?.flags).toBe(64);
    expect(body.data?.allowed_mentions).toEqual({ parse: [] });
    const embed = body.data?.embeds?.[0];
    expect(embed?.title).toBe('Who said it');
    expect(embed?.fields?.[0]?.name).toMatch(/^Jane Roe/);
    expect(embed?.fields?.[0]?.value).toMatch(/The ferry to Ostby will run every hour from June/);
    expect(embed?.fields?.[0]?.value).toMatch(/Ostby Post/);
    expect(embed?.footer?.text).not.toMatch(/<@|<:ferry|https:/);
  });

  it('takes a quotation inside the message alone, and looks up a message of embeds by their words', async () => {
    const quoted = await interact(messageCommand(WHO_SAID_THIS, { content: 'lol did someone really say "Nobody asked the fishermen about the ferry timetable" at the meeting' }));
    expect(quoted.data?.embeds?.[0]?.fields?.[0]?.name).toMatch(/^Tom Varga/);
    const feed = await interact(messageCommand(WHO_SAID_THIS, { content: '', embeds: [{ title: 'Council news', description: 'Every school in Springfield will get a nurse by autumn' }] }));
    expect(feed.data?.embeds?.[0]?.fields?.[0]?.name).toMatch(/^Jane Roe/);
  });

  it('says privately when a message has no words to look up', async () => {
    const body = await interact(messageCommand(WHO_SAID_THIS, { content: '<@800000000000000002> <:ferry:123456789012345678> https://example.com/x' }));
    expect(body.data?.flags).toBe(64);
    expect(body.data?.embeds?.[0]?.description).toMatch(/no words to look up/);
  });
});

describe('/about', () => {
  it('shows what the invented coverage holds, the version and the uptime', async () => {
    const body = await interact(slashCommand('about'));
    expect(body.data?.embeds?.[0]?.title).toMatch(/what this bot holds/);
    const shown = fields(body);
    expect(shown.Articles).toBe('15');
    expect(shown.Outlets).toBe('2: Kelvale Ledger, Ostby Post');
    expect(shown.Published).toBe('2026-03-10 to 2026-04-02');
    expect(shown.Statements).toBe('15');
    expect(shown['People quoted']).toBe('2');
    expect(shown.Version).toBe('0.1.0');
    expect(shown.Uptime).toMatch(/^\d+ (?:s|min \d+ s|h \d+ min|d \d+ h)$/);
  });
});

describe('format:csv and format:json', () => {
  it('/quotes format:csv attaches a CSV whose rows parse back to the statements and their sources', async () => {
    const request = await callback(slashCommand('quotes', { speaker: 'Jane Roe', format: 'csv' }));
    const body = request.body as CallbackBody;
    expect(body.data?.embeds?.[0]?.title).toMatch(/Jane Roe/);
    expect(body.data?.content).toMatch(/quotewire-speaker-quotes\.csv: 13 rows under a header row/);
    // discord.js sends the file as files[0] of a multipart body, and names it in payload_json's attachments.
    expect(body.data?.attachments).toEqual([{ id: '0' }]);
    const file = request.files?.[0];
    expect(request.files).toHaveLength(1);
    expect(file).toMatchObject({ field: 'files[0]', name: 'quotewire-speaker-quotes.csv' });
    const rows = parseCsv(file?.text ?? '');
    expect(rows[0]).toEqual(['statement', 'speaker', 'role', 'anonymous', 'kind', 'text', 'outlet', 'headline', 'published', 'url', 'link', 'article_id', 'summary_only']);
    const records = rows.slice(1).map((row) => Object.fromEntries((rows[0] ?? []).map((name, i) => [name, row[i]])));
    expect(records).toHaveLength(13);
    expect(new Set(records.map((r) => r.speaker))).toEqual(new Set(['Jane Roe']));
    expect(records.map((r) => r.text)).toContain('The ferry to Ostby will run every hour from June');
    expect(new Set(records.map((r) => r.outlet))).toEqual(new Set(['Ostby Post', 'Kelvale Ledger']));
    expect(records.every((r) => /^2026-03-\d\d$/.test(r.published ?? ''))).toBe(true);
    expect(records.every((r) => r.summary_only === 'false')).toBe(true);
  });

  it('/sources format:json attaches the whole list as JSON; format:text (the default) attaches nothing', async () => {
    const request = await callback(slashCommand('sources', { format: 'json' }));
    expect(request.files?.[0]?.name).toBe('quotewire-sources.json');
    const json = JSON.parse(request.files?.[0]?.text ?? '') as { intent: string; articles: { id: string; outlet: string }[] };
    expect(json.intent).toBe('sources');
    expect(json.articles).toHaveLength(15);
    const plain = await callback(slashCommand('sources'));
    expect(plain.files).toBeUndefined();
    expect((plain.body as CallbackBody).data?.content).toBeUndefined();
  });

  it('where the bot may not attach files, the answer comes alone and says why', async () => {
    const payload = { ...slashCommand('quotes', { speaker: 'Tom Varga', format: 'csv' }), app_permissions: '16384' };
    const request = await callback(payload);
    expect(request.files).toBeUndefined();
    const body = request.body as CallbackBody;
    expect(body.data?.content).toBe(NO_FILES);
    expect(body.data?.embeds?.[0]?.fields?.[0]?.name).toMatch(/^Tom Varga/);
  });

  it('a deferred answer (a late interaction) carries its file in the edit of the reply', async () => {
    const payload = slashCommand('who-said', { statement: 'the ferry timetable', format: 'csv', private: true });
    const late = SnowflakeUtil.generate({ timestamp: Date.now() - 2500 }).toString();
    const lateInteraction = { ...payload, id: late, token: `token-${late}` };
    const deferred = await interact(lateInteraction);
    expect(deferred).toMatchObject({ type: 5, data: { flags: 64 } });
    const edit = await fake.waitFor((r) => r.method === 'PATCH' && r.path.includes(`/webhooks/`) && r.path.includes(`token-${late}`));
    expect(edit.files?.[0]?.name).toBe('quotewire-who-said.csv');
    const rows = parseCsv(edit.files?.[0]?.text ?? '');
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.slice(1).some((row) => row[5]?.includes('ferry timetable'))).toBe(true);
  });
});

describe('/compare', () => {
  it('answers with a field a version of the statement, its outlet, date and form, and no mention live', async () => {
    const request = await callback(slashCommand('compare', { statement: 'nobody asked the fishermen about the ferry timetable' }));
    const body = request.body as CallbackBody;
    const embed = body.data?.embeds?.[0];
    expect(embed?.title).toBe('How the outlets reported it');
    expect(embed?.description).toMatch(/^Tom Varga: “Nobody asked the fishermen about the ferry timetable” — 1 version in 1 outlet; first carried by Ostby Post/);
    expect(embed?.fields?.[0]?.name).toBe('Ostby Post · 2026-04-02, first · quotation · Tom Varga');
    expect(body.data?.allowed_mentions).toEqual({ parse: [] });
  });
});

describe('/coverage', () => {
  it('answers with the outlets as fields and the chart attached as a PNG, shown as the embed\'s image', async () => {
    const request = await callback(slashCommand('coverage', { topic: 'ferry' }));
    const body = request.body as CallbackBody & { data?: { embeds?: { image?: { url: string } }[] } };
    const embed = body.data?.embeds?.[0];
    expect(embed?.title).toBe('Coverage: ferry');
    expect(embed?.fields?.[0]?.name).toBe('Outlets');
    expect(embed?.image).toEqual({ url: 'attachment://coverage.png' });
    expect(body.data?.attachments).toEqual([{ id: '0' }]);
    expect(request.files).toHaveLength(1);
    expect(request.files?.[0]).toMatchObject({ field: 'files[0]', name: 'coverage.png' });
    expect(request.files?.[0]?.size).toBeGreaterThan(5_000);
    expect(body.data?.allowed_mentions).toEqual({ parse: [] });
  });

  it('where the bot may not attach files, comes without the chart and says so', async () => {
    const payload = { ...slashCommand('coverage', { topic: 'ferry' }), app_permissions: '16384' };
    const request = await callback(payload);
    expect(request.files).toBeUndefined();
    expect((request.body as CallbackBody).data?.content).toBe(NO_CHART);
    expect((request.body as CallbackBody).data?.embeds?.[0]?.fields?.[0]?.name).toBe('Outlets');
  });
});

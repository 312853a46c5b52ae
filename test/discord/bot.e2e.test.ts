/**
 * The real discord.js client against a fake Discord on 127.0.0.1: the gateway
 * handshake, every command, autocomplete, page buttons, a 429 on a reply, an
 * expired interaction, a dropped gateway connection, and mentions that must not ping.
 */
import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadAttributionConfig, loadSynonyms } from '../../src/settings/config-files.js';
import { loadCorpus } from '../../src/corpus/load.js';
import { startBot, type Bot } from '../../src/discord/bot.js';
import { STALE_BUTTON } from '../../src/discord/interactions/pagination.js';
import { buildCorpusCoverage } from '../../src/retrieval/coverage.js';
import { autocomplete, buttonClick, FakeDiscord, slashCommand, USER, type RecordedRequest } from './fake-discord.js';

const TOKEN = 'OTAwMDAwMDAwMDAwMDAwMDAx.GfakeT.abcdefghijklmnopqrstuvwxyz0123456789ABCD';

interface CallbackBody {
  type: number;
  data?: {
    flags?: number;
    choices?: { name: string; value: string }[];
    embeds?: { title?: string; description?: string; fields?: { name: string; value: string }[]; footer?: { text: string } }[];
    components?: { components: { custom_id: string; disabled?: boolean; label: string }[] }[];
    allowed_mentions?: { parse: string[] };
  };
}

const fake = new FakeDiscord();
const logLines: string[] = [];
let bot: Bot;

function embedText(body: CallbackBody): string {
  return (body.data?.embeds ?? []).map((e) => [e.title, e.description, ...(e.fields ?? []).flatMap((f) => [f.name, f.value]), e.footer?.text].join('\n')).join('\n');
}

/** Sends an interaction and waits for the bot's callback to it. */
async function interact(payload: ReturnType<typeof slashCommand>): Promise<CallbackBody> {
  fake.dispatch('INTERACTION_CREATE', payload);
  const request = await fake.waitFor((r) => r.method === 'POST' && r.path.includes(`/interactions/${payload.id}/`));
  return request.body as CallbackBody;
}

beforeAll(async () => {
  await fake.start();
  const coverage = buildCorpusCoverage(loadCorpus(), loadSynonyms(), loadAttributionConfig());
  const log = pino({ level: 'debug', redact: { paths: ['token', '*.token'], censor: '[redacted]' } }, new Writable({ write: (chunk, _enc, done) => { logLines.push(String(chunk)); done(); } }));
  bot = startBot({
    discord: { token: TOKEN, clientId: null, guildId: null, apiUrl: fake.apiUrl, shards: null },
    rateLimit: { count: 5, windowSeconds: 60 },
    coverage,
    log,
  });
  await bot.ready;
}, 20_000);

afterAll(async () => {
  await bot?.stop();
  await fake.stop();
});

describe('the bot against a fake Discord', () => {
  it('identifies over the gateway with the Guilds intent only', () => {
    expect(fake.identifies[0]?.intents).toBe(1);
    expect(fake.requests.some((r) => r.path === '/api/v10/gateway/bot')).toBe(true);
  });

  it('/who-said answers with the speaker, the statement and the outlets as links', async () => {
    const body = await interact(slashCommand('who-said', { statement: 'Daesh must be eliminated everywhere' }));
    expect(body.type).toBe(4);
    expect(body.data?.allowed_mentions).toEqual({ parse: [] });
    const embed = body.data?.embeds?.[0];
    expect(embed?.fields?.[0]?.name).toBe('Francois Hollande (French President)');
    expect(embed?.fields?.[0]?.value).toMatch(/^“Daesh must be eliminated everywhere\. Any stronghold represents a threat\.”/);
    expect(embed?.fields?.[0]?.value).toMatch(/\[RFE\/RL\]\(https:\/\/www\.rferl\.org\/.*#:~:text=Daesh/);
    expect(embed?.fields?.[0]?.value).toMatch(/\[DW\]\(https:\/\/www\.dw\.com\//);
    expect(embed?.footer?.text).toMatch(/1 statement · Q: Who said Daesh must be eliminated everywhere/);
  });

  it('/ask, /sources and /help answer; private:true makes the reply ephemeral', async () => {
    const ask = await interact(slashCommand('ask', { question: 'Who is the Pentagon chief?', private: true }));
    expect(ask.data?.flags).toBe(64);
    expect(ask.data?.embeds?.[0]?.title).toBe('Ash Carter');
    const sources = await interact(slashCommand('sources'));
    expect(sources.data?.embeds?.[0]?.fields?.map((f) => f.name)).toEqual(['RFE/RL', 'Taipei Times', 'Ahram Online', 'DW', 'YourNewsWire']);
    const help = await interact(slashCommand('help'));
    expect(embedText(help)).toMatch(/\/who-said statement:<text>/);
  });

  it('/quotes pages its answer with buttons that work, and a stale button gets a private notice', async () => {
    const first = await interact(slashCommand('quotes', { speaker: 'the Pentagon chief' }));
    const next = first.data?.components?.[0]?.components.find((c) => c.label.startsWith('Next'));
    expect(first.data?.embeds?.[0]?.footer?.text).toMatch(/^Page 1\/\d+ · \d+ statements/);
    expect(next?.custom_id.length).toBeLessThanOrEqual(100);
    const click = buttonClick(next?.custom_id ?? '', first.data ?? {});
    const second = await interact(click);
    expect(second.type).toBe(7);
    expect(second.data?.embeds?.[0]?.footer?.text).toMatch(/^Page 2\//);
    const stale = await interact(buttonClick((next?.custom_id ?? '').replace(/^(qw1:\d+:)[0-9a-f]+/, '$1deadbeef'), first.data ?? {}));
    expect(stale).toMatchObject({ type: 4, data: { flags: 64 } });
    expect(embedText(stale)).toContain(STALE_BUTTON);
  });

  it('/quotes with a topic, and autocomplete that forgives typos', async () => {
    const topic = await interact(slashCommand('quotes', { speaker: 'Carter', topic: 'Russia' }));
    expect(embedText(topic)).toMatch(/Russia is not a participant in our Raqqa plan/);
    const choices = await interact(autocomplete('quotes', 'speaker', 'Hollnde'));
    expect(choices.type).toBe(8);
    expect(choices.data?.choices?.[0]).toEqual({ name: 'Francois Hollande — French President', value: 'Francois Hollande' });
    const empty = await interact(autocomplete('quotes', 'speaker', ''));
    expect(empty.data?.choices?.length).toBeGreaterThan(3);
    expect(empty.data?.choices?.length).toBeLessThanOrEqual(25);
  });

  it('never pings: @everyone in a question is escaped, and allowed_mentions is empty', async () => {
    const body = await interact(slashCommand('ask', { question: '@everyone @here <@123456789012345678> who said the moon is cheese?' }));
    expect(body.data?.allowed_mentions).toEqual({ parse: [] });
    const text = embedText(body);
    expect(text).not.toMatch(/@everyone|@here|<@123456789012345678>/);
    expect(text).toContain('@\u200beveryone');
  });

  it('retries a reply that got a 429 with retry_after, and the reply lands', async () => {
    const payload = slashCommand('who-said', { statement: 'there will be overlap' });
    fake.failNextCallback(payload.id, { kind: 'rate-limit', retryAfter: 0.2 });
    const body = await interact(payload);
    expect(body.type).toBe(4);
    const attempts = fake.requests.filter((r) => r.path.includes(`/interactions/${payload.id}/`));
    expect(attempts.map((r) => r.method)).toEqual(['POST (failed)', 'POST']);
  });

  it('logs and drops an expired interaction (10062), and goes on answering', async () => {
    const expired = slashCommand('who-said', { statement: 'overlap' });
    fake.failNextCallback(expired.id, { kind: 'unknown-interaction' });
    fake.dispatch('INTERACTION_CREATE', expired);
    await fake.waitFor((r) => r.path.includes(`/interactions/${expired.id}/`));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(logLines.join('')).toMatch(new RegExp(`"interactionId":"${expired.id}".*interaction expired before the reply; dropped`));
    expect((await interact(slashCommand('help'))).type).toBe(4);
  });

  it('reconnects or resumes after the gateway closes the connection, and answers the next interaction', async () => {
    const sessions = fake.gatewayOps.filter((o) => o.op === 2 || o.op === 6).length;
    fake.closeGateway(4000);
    await fake.waitForSessions(sessions + 1);
    const body = await interact(slashCommand('who-said', { statement: 'Daesh must be eliminated everywhere' }));
    expect(body.data?.embeds?.[0]?.fields?.[0]?.name).toMatch(/Francois Hollande/);
  });

  it('answers a user who asks too fast politely and privately', async () => {
    const hasty = { ...USER, id: '800000000000000099' };
    const bodies: CallbackBody[] = [];
    for (let i = 0; i < 6; i++) bodies.push(await interact(slashCommand('sources', {}, hasty)));
    expect(bodies.slice(0, 5).every((b) => b.data?.flags === undefined)).toBe(true);
    expect(bodies[5]?.data?.flags).toBe(64);
    expect(embedText(bodies[5] as CallbackBody)).toMatch(/You are asking faster than this bot answers \(5 questions every 60 s\)/);
  });

  it('keeps the token out of every log line', () => {
    expect(logLines.join('')).not.toContain(TOKEN);
  });

  it('answers 100 interactions, timing INTERACTION_CREATE to callback', async () => {
    const latencies: number[] = [];
    const statements = ['Daesh must be eliminated everywhere', 'there will be overlap', 'It will be within weeks', 'the moon is cheese'];
    for (let i = 0; i < 100; i++) {
      const user = { ...USER, id: `8100000000000${String(i).padStart(5, '0')}` };
      const payload = slashCommand('who-said', { statement: statements[i % statements.length] ?? '' }, user);
      const sentAt = fake.dispatch('INTERACTION_CREATE', payload);
      const request: RecordedRequest = await fake.waitFor((r) => r.method === 'POST' && r.path.includes(`/interactions/${payload.id}/`));
      latencies.push(request.at - sentAt);
    }
    latencies.sort((a, b) => a - b);
    const p = (q: number): string => (latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0).toFixed(1);
    process.stdout.write(`\n100 interactions, INTERACTION_CREATE sent to callback received: p50 ${p(0.5)} ms, p99 ${p(0.99)} ms\n`);
    expect(latencies).toHaveLength(100);
  });
});

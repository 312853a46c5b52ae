/**
 * Page buttons with the real discord.js client against the fake Discord, on
 * an invented coverage: the button's custom_id carries the parsed request,
 * so a page is the same request's page, across a restart when the request
 * fits in the id; a forgotten request, an older coverage or an id this bot
 * did not write each get an honest private notice, never another page.
 */
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBot, type Bot } from '../../src/discord/bot.js';
import { FORGOTTEN_BUTTON, STALE_BUTTON, UNREADABLE_BUTTON } from '../../src/discord/interactions/pagination.js';
import type { Coverage } from '../../src/retrieval/coverage.js';
import { inventedArticle, inventedCoverage } from '../answer/invented-coverage.js';
import { buttonClick, FakeDiscord, slashCommand } from './fake-discord.js';

const TOKEN = 'OTAwMDAwMDAwMDAwMDAwMDAx.GfakeT.abcdefghijklmnopqrstuvwxyz0123456789ABCD';

const MAYOR_SAYS = [
  'The ferry to Ostby will run every hour from June',
  'The ferry timetable was drawn up with the fishermen',
  'The ferry crews deserve a proper pay rise this spring',
  'A second ferry will be bought from the yard in Kelvale',
  'The ferry fares will stay as they are until next year',
  'Nobody will lose a job when the ferry goes electric',
];
/** Two words, one of them on every statement: found, and far too long for a custom_id. */
const LONG_TOPIC = 'ferry Überfahrtsgesellschaftsaufsichtsratsvorsitzendenstellvertreterinnenfährverbindungsstraßenbauamtsleiterin';

function newsroom(extra = 0): Coverage {
  const articles = MAYOR_SAYS.map((said, i) => inventedArticle(`m${i}`, i % 2 ? 'Ostby Post' : 'Kelvale Ledger', `"${said}," Jane Roe, the mayor of Springfield, said.`));
  for (let i = 0; i < extra; i++) articles.push(inventedArticle(`v${i}`, 'Ostby Post', `"The harbour wall needs work," said Tom Varga, a councillor.`));
  return inventedCoverage(articles);
}

interface CallbackBody {
  type: number;
  data?: {
    flags?: number;
    embeds?: { title?: string; description?: string; fields?: { name: string; value: string }[]; footer?: { text: string } }[];
    components?: { components: { custom_id: string; disabled?: boolean; label: string }[] }[];
    allowed_mentions?: { parse: string[] };
  };
}

const fake = new FakeDiscord();
let bot: Bot | null = null;

async function start(coverage: Coverage): Promise<void> {
  await bot?.stop();
  bot = startBot({ discord: { token: TOKEN, clientId: null, guildId: null, apiUrl: fake.apiUrl, shards: null }, rateLimit: null, coverage, log: pino({ level: 'silent' }) });
  await bot.ready;
}

async function interact(payload: ReturnType<typeof slashCommand>): Promise<CallbackBody> {
  fake.dispatch('INTERACTION_CREATE', payload);
  const request = await fake.waitFor((r) => r.method === 'POST' && r.path.includes(`/interactions/${payload.id}/`));
  return request.body as CallbackBody;
}

const nextButton = (body: CallbackBody): string => body.data?.components?.[0]?.components.find((c) => c.label.startsWith('Next'))?.custom_id ?? '';
const statements = (body: CallbackBody): string[] => (body.data?.embeds?.[0]?.fields ?? []).map((f) => f.value.split('\n')[0] ?? '');
const notice = (body: CallbackBody): string => body.data?.embeds?.[0]?.description ?? '';

beforeAll(async () => {
  await fake.start();
  await start(newsroom());
}, 20_000);

afterAll(async () => {
  await bot?.stop();
  await fake.stop();
});

describe('page buttons carry the parsed request', () => {
  it('a /quotes button holds the intent, the speaker and the coverage version, and shows page 2 of the same request', async () => {
    const first = await interact(slashCommand('quotes', { speaker: 'Jane Roe' }));
    const next = nextButton(first);
    expect(next).toMatch(/^qw1:2:[0-9a-f]{8}:q\|pJane Roe$/);
    const second = await interact(buttonClick(next, first.data ?? {}));
    expect(second.type).toBe(7);
    expect(second.data?.allowed_mentions).toEqual({ parse: [] });
    expect(second.data?.embeds?.[0]?.footer?.text).toMatch(/^Page 2\/2 · 6 statements · Q: What did Jane Roe say/);
    expect([...statements(first), ...statements(second)].sort()).toEqual(MAYOR_SAYS.map((s) => `“${s}”`).sort());
  });

  it('answers the request, not the footer: a footer edited to another question still pages the first one', async () => {
    const first = await interact(slashCommand('ask', { question: 'what did Jane Roe say?' }));
    const embeds = (first.data?.embeds ?? []).map((e) => ({ ...e, footer: { text: 'Page 1/2 · Q: who said the moon is cheese' } }));
    const second = await interact(buttonClick(nextButton(first), { ...first.data, embeds }));
    expect(second.type).toBe(7);
    expect(statements(second)).toHaveLength(2);
  });

  it('a request too long for the custom_id is remembered: its button works, and after a restart says it has expired', async () => {
    const first = await interact(slashCommand('quotes', { speaker: 'Jane Roe', topic: LONG_TOPIC }));
    const next = nextButton(first);
    expect(next.length).toBeLessThanOrEqual(100);
    expect(next).toMatch(/^qw1:2:[0-9a-f]{8}:~/);
    expect((await interact(buttonClick(next, first.data ?? {}))).data?.embeds?.[0]?.footer?.text).toMatch(/^Page 2\/2/);
    const inline = nextButton(await interact(slashCommand('quotes', { speaker: 'Jane Roe' })));
    await start(newsroom());
    const expired = await interact(buttonClick(next, first.data ?? {}));
    expect(expired).toMatchObject({ type: 4, data: { flags: 64 } });
    expect(notice(expired)).toBe(FORGOTTEN_BUTTON);
    // A request carried in its id still pages after the restart.
    expect((await interact(buttonClick(inline, first.data ?? {}))).type).toBe(7);
  });

  it('a button from before the coverage changed says so, and shows no page', async () => {
    const first = await interact(slashCommand('quotes', { speaker: 'Jane Roe' }));
    await start(newsroom(1));
    const stale = await interact(buttonClick(nextButton(first), first.data ?? {}));
    expect(stale).toMatchObject({ type: 4, data: { flags: 64 } });
    expect(notice(stale)).toBe(STALE_BUTTON);
  });

  it.each(['qw1:2:abcd1234:q|pJane|pRoe', 'qw:pg:2:0123456789:abcd1234', 'qw1:garbage'])('an id it did not write (%s) gets a clear notice', async (id) => {
    const body = await interact(buttonClick(id, {}));
    expect(body).toMatchObject({ type: 4, data: { flags: 64, allowed_mentions: { parse: [] } } });
    expect(notice(body)).toBe(UNREADABLE_BUTTON);
  });
});

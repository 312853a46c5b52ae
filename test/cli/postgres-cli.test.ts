import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { cliWith } from './run-cli.js';
import { ROOT } from '../helpers.js';
import { postgres, postgresSuite, useTestDatabase } from '../helpers/postgres.js';

const run = promisify(execFile);

const cli = cliWith;

describe.skipIf(!postgres.reachable)(postgresSuite('the CLI with DATABASE_URL'), () => {
  const database = useTestDatabase();
  const empty = useTestDatabase();

  it('says plainly that a database never ingested into holds nothing yet', async () => {
    const { code, err } = await cli({ DATABASE_URL: empty.url }, 'ask', 'Who said Daesh must be eliminated?');
    expect(code).toBe(1);
    expect(err).toContain('the database holds no coverage yet: run `npm run cli -- ingest --corpus PATH`');
  });

  it('ingests, then answers ask, sources and quotes from the database alone, as the corpus read directly does', async () => {
    const env = { DATABASE_URL: database.url };
    const ingested = await cli(env, 'ingest', '--json', '--corpus', 'seeds');
    expect(ingested.code, ingested.err).toBe(0);
    expect(JSON.parse(ingested.out)).toMatchObject({ store: 'postgres', articles: 5, added: 5, changed: 0, removed: 0 });
    expect(JSON.parse((await cli(env, 'ingest', '--json', '--corpus', 'seeds')).out)).toMatchObject({ added: 0, unchanged: 5 });
    const question = 'Who said Daesh must be eliminated everywhere?';
    const fromDatabase = await cli(env, 'ask', '--json', question);
    const fromCorpus = await cli({}, 'ask', '--json', question);
    expect(JSON.parse(fromDatabase.out)).toEqual(JSON.parse(fromCorpus.out));
    const sources = JSON.parse((await cli(env, 'sources', '--json')).out) as { count: number; articles: { id: string; origin: string | null }[] };
    expect(sources.count).toBe(5);
    expect(sources.articles[0]).toMatchObject({ id: '000_d563a54a6b87c5ad', outlet: 'RFE/RL', origin: null });
    const quotes = (await cli(env, 'quotes', '--json')).out.trim().split('\n').map((line) => JSON.parse(line) as { speaker: { name: string | null } });
    expect(quotes.length).toBeGreaterThan(50);
    expect(quotes.some((quote) => quote.speaker.name === 'Ash Carter')).toBe(true);
  });

  it('serves two processes at once from the one database, with the same answers', async () => {
    const env = { ...process.env, DATABASE_URL: database.url, LOG_LEVEL: 'silent' };
    const ask = () => run(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'ask', '--json', 'Who said Daesh must be eliminated everywhere?'], { cwd: ROOT, env });
    const [first, second] = await Promise.all([ask(), ask()]);
    const answer = JSON.parse(first.stdout) as { found: boolean; quotes: { speaker: string }[] };
    expect(answer.found).toBe(true);
    expect(answer.quotes[0]?.speaker).toBe('Francois Hollande');
    expect(JSON.parse(second.stdout)).toEqual(answer);
  }, 60_000);

  it('refuses --corpus for a command that answers, saying to ingest first', async () => {
    const { code, err } = await cli({ DATABASE_URL: database.url }, 'ask', '--corpus', 'seeds', 'Who said it?');
    expect(code).toBe(2);
    expect(err).toContain('with DATABASE_URL set, ask answers from the database: ingest the corpus first');
  });
});

describe.skipIf(!postgres.reachable)(postgresSuite('ingest into a database, carefully'), () => {
  const database = useTestDatabase();

  it('refuses to ingest without a corpus named, or with a path that is not there, and keeps what is stored', async () => {
    const env = { DATABASE_URL: database.url };
    expect((await cli(env, 'ingest', '--corpus', 'seeds')).code).toBe(0);
    const bare = await cli(env, 'ingest');
    expect(bare.code).toBe(2);
    expect(bare.err).toContain('with DATABASE_URL set, name the corpus to ingest');
    const missing = await cli(env, 'ingest', '--corpus', 'seeds', '--corpus', 'no-such-folder');
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('no-such-folder does not exist: nothing was ingested');
    expect(JSON.parse((await cli(env, 'sources', '--json')).out).count).toBe(5);
  });
});

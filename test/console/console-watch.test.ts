/** The offline console with CORPUS_WATCH=on: an article added while it runs is answered from, between two questions. */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';
import { postgres, postgresSuite, useTestDatabase } from '../helpers/postgres.js';

/** A corpus folder of one article, made for one run. */
function startingCorpus(): string {
  const corpus = mkdtempSync(path.join(tmpdir(), 'qw-console-watch-'));
  writeFileSync(path.join(corpus, 'harbour.txt'), 'Kelvale harbour to reopen\n\n"The harbour will reopen in the spring," said Nora Quill, the Kelvale harbour master.\n');
  return corpus;
}

/** Resolves once `read()` holds `text`. */
async function until(read: () => string, text: string, ms = 30_000): Promise<void> {
  const end = Date.now() + ms;
  while (!read().includes(text)) {
    if (Date.now() > end) throw new Error(`"${text}" never came; got:\n${read()}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** The console on `corpus` (and `env`) answers a question, takes in an article added meanwhile, and answers from it. */
async function answersFromAddedArticle(corpus: string, env: Record<string, string>): Promise<void> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, CORPUS_PATHS: corpus, CORPUS_WATCH: 'on', LOG_LEVEL: 'info', LOG_FORMAT: 'json', ...env };
  delete childEnv.DISCORD_TOKEN;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], { cwd: ROOT, env: childEnv, stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += String(chunk)));
  child.stderr.on('data', (chunk: Buffer) => (stderr += String(chunk)));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  try {
    await until(() => stderr, 'watching');
    child.stdin.write('/who-said statement:the tram line will close for the summer\n');
    await until(() => stdout, 'the tram line');
    expect(stdout).not.toContain('Tom Varga');
    writeFileSync(path.join(corpus, 'tram.txt'), 'Tram line to close\n\n"The tram line will close for the summer," said Tom Varga, the Springfield transit chief.\n');
    await until(() => stderr, 'corpus changed: 1 added');
    const before = stdout.length;
    child.stdin.end('/who-said statement:the tram line will close for the summer\n');
    expect(await exited).toBe(0);
    expect(stdout.slice(before)).toContain('Tom Varga');
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
  }
}

describe('the console watching its corpus', () => {
  let corpus: string;
  beforeAll(() => void (corpus = startingCorpus()));
  afterAll(() => rmSync(corpus, { recursive: true, force: true }));

  it('answers from an article added while it runs', () => answersFromAddedArticle(corpus, {}), 60_000);
});

describe.skipIf(!postgres.reachable)(postgresSuite('the console watching its corpus, on PostgreSQL'), () => {
  const database = useTestDatabase({ migrated: false });
  let corpus: string;
  beforeAll(() => void (corpus = startingCorpus()));
  afterAll(() => rmSync(corpus, { recursive: true, force: true }));

  it('ingests an article added while it runs and answers from it', () => answersFromAddedArticle(corpus, { DATABASE_URL: database.url }), 60_000);
});

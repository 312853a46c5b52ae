/** The offline console with CORPUS_WATCH=on: an article added while it runs is answered from, between two questions. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgres, postgresSuite, useTestDatabase } from '../helpers/postgres.js';
import { spawnConsole } from './spawn-console.js';

/** A corpus folder of one article, made for one run. */
function startingCorpus(): string {
  const corpus = mkdtempSync(path.join(tmpdir(), 'qw-console-watch-'));
  writeFileSync(path.join(corpus, 'harbour.txt'), 'Kelvale harbour to reopen\n\n"The harbour will reopen in the spring," said Nora Quill, the Kelvale harbour master.\n');
  return corpus;
}

/** The console on `corpus` (and `env`) answers a question, takes in an article added meanwhile, and answers from it. */
async function answersFromAddedArticle(corpus: string, env: Record<string, string>): Promise<void> {
  const run = spawnConsole({ CORPUS_PATHS: corpus, CORPUS_WATCH: 'on', ...env });
  try {
    await run.until(run.stderr, 'watching');
    run.child.stdin.write('/who-said statement:the tram line will close for the summer\n');
    await run.until(run.stdout, 'the tram line');
    expect(run.stdout()).not.toContain('Tom Varga');
    writeFileSync(path.join(corpus, 'tram.txt'), 'Tram line to close\n\n"The tram line will close for the summer," said Tom Varga, the Springfield transit chief.\n');
    await run.until(run.stderr, 'corpus changed: 1 added');
    const before = run.stdout().length;
    run.child.stdin.end('/who-said statement:the tram line will close for the summer\n');
    expect(await run.exited).toBe(0);
    expect(run.stdout().slice(before)).toContain('Tom Varga');
  } finally {
    if (run.child.exitCode === null) run.child.kill('SIGKILL');
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

import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runConsole } from '../../src/console/console.js';
import type { Coverage } from '../../src/retrieval/coverage.js';
import { DataPending } from '../../src/retrieval/pending.js';
import { inventedArticle, inventedCoverage } from '../answer/invented-coverage.js';

describe('the console when an answer fails', () => {
  it('says so and answers the lines after it', async () => {
    const coverage = inventedCoverage([inventedArticle('a1', 'Ostby Post', 'Ferry news\n\n"The ferry will run all winter," said Jane Roe.')]);
    // A store whose statement search never arrives: a database gone away.
    const failing: Coverage = { ...coverage, searchStatements: () => { throw new DataPending(() => Promise.reject(new Error('connection refused')), 'a search'); } };
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = '';
    output.on('data', (chunk: Buffer) => (printed += chunk.toString()));
    const session = runConsole({ coverage: failing, input, output, notices: new PassThrough(), interactive: false });
    input.end('/who-said statement:the ferry will run\n/about\n');
    await session.done;
    expect(printed).toContain('Could not answer that: connection refused');
    expect(printed).toMatch(/article/);
  });
});

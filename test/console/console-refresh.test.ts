import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runConsole } from '../../src/console/console.js';
import type { Coverage } from '../../src/retrieval/coverage.js';
import { CoverageChangedError } from '../../src/retrieval/postgres/postgres-coverage.js';
import { inventedNewsroomCoverage } from '../commands/invented-newsroom.js';

/** A coverage whose every look-up fails as one an ingest changed under it would. */
function changedUnder(coverage: Coverage): Coverage {
  return new Proxy(coverage, {
    get: (target, key, receiver) => {
      const value: unknown = Reflect.get(target, key, receiver);
      return typeof value === 'function' ? () => { throw new CoverageChangedError(); } : value;
    },
  });
}

describe('the console, its coverage read again while it answers', () => {
  it('answers a line that read across an ingest once more, from the new coverage', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let written = '';
    output.on('data', (chunk: Buffer) => (written += String(chunk)));
    const fresh = inventedNewsroomCoverage();
    const session = runConsole({ coverage: changedUnder(fresh), input, output, notices: new PassThrough(), interactive: false, followed: true });
    input.write('/quotes speaker:Jane Roe\n');
    await new Promise((resolve) => setTimeout(resolve, 100));
    session.setCoverage(fresh);
    input.end();
    await session.done;
    expect(written).toMatch(/^13 statements found/);
    expect(written).not.toContain('Could not answer');
  });
});

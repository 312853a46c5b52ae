import { describe, expect, it } from 'vitest';
import { inTurn } from '../../../src/retrieval/postgres/in-turn.js';
import type { Queryable } from '../../../src/retrieval/postgres/term-lookups.js';

/** A connection that records when each statement starts and ends, each taking a few turns of the event loop. */
function recordingConnection(): { client: Queryable & { name: string }; events: string[] } {
  const events: string[] = [];
  let running = 0;
  const query = async (text: string): Promise<{ rows: never[] }> => {
    running++;
    events.push(`start ${text}${running > 1 ? ' (overlapping)' : ''}`);
    for (let turn = 0; turn < 3; turn++) await new Promise((resolve) => setImmediate(resolve));
    running--;
    if (text === 'FAIL') throw new Error('refused');
    events.push(`end ${text}`);
    return { rows: [] };
  };
  return { client: { query, name: 'kelvale' } as unknown as Queryable & { name: string }, events };
}

describe('inTurn', () => {
  it('sends statements asked for at once one after another, in the order asked, and keeps the rest of the client', async () => {
    const { client, events } = recordingConnection();
    const writer = inTurn(client);
    await Promise.all([writer.query('A'), writer.query('B'), writer.query('C')]);
    expect(events).toEqual(['start A', 'end A', 'start B', 'end B', 'start C', 'end C']);
    expect(writer.name).toBe('kelvale');
  });

  it('gives each caller its own failure and runs the statements after it', async () => {
    const { client, events } = recordingConnection();
    const writer = inTurn(client);
    const results = await Promise.allSettled([writer.query('A'), writer.query('FAIL'), writer.query('C')]);
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(events.filter((event) => event.startsWith('start'))).toEqual(['start A', 'start FAIL', 'start C']);
  });
});

import { describe, expect, it } from 'vitest';
import { parseQuestion } from '../../src/answer/intent.js';
import { CUSTOM_ID_MAX, describeRequest, pageId, PageRequestMemory, readPageId, type PageRequest } from '../../src/discord/interactions/page-id.js';

const VERSION = 'abcd1234';

function roundTrip(request: PageRequest, page: number, memory = new PageRequestMemory()): ReturnType<typeof readPageId> & { id: string } {
  const id = pageId(request, page, VERSION, memory);
  return { ...readPageId(id, memory), id };
}

describe('page button ids', () => {
  it.each<PageRequest>([
    { intent: 'speaker-quotes', speaker: 'Jane Roe' },
    { intent: 'speaker-quotes', speaker: 'the mayor', topic: 'ferry | harbour 100%', outlet: 'Ostby Post' },
    { intent: 'who-said', statement: 'the ferry will run every hour' },
    { intent: 'which-outlets', statement: 'the bridge will reopen', outlet: 'Kelvale Ledger', published: { year: 2026, month: 3 } },
    { intent: 'how-many', statement: 'Tom Varga', published: { month: 3, day: 14 } },
    { intent: 'top-voices', topic: 'the tram line' },
    { intent: 'speaker-quotes', speaker: 'roe', addressee: 'the council' },
    { intent: 'sources' },
    { intent: 'search', statement: '%7C%25 literally' },
  ])('carries the parsed request inline and reads it back: %j', (request) => {
    const read = roundTrip(request, 3);
    expect(read.id.length).toBeLessThanOrEqual(CUSTOM_ID_MAX);
    expect(read.id).not.toContain('~');
    expect(read).toMatchObject({ ok: true, button: { request, page: 3, version: VERSION } });
  });

  it('keeps a request too long for 100 characters (a long unicode topic) in memory, and reads it back by key', () => {
    const memory = new PageRequestMemory();
    const request: PageRequest = { intent: 'speaker-quotes', speaker: 'Ólafur Lindgren-Ostby', topic: `Fähre nach Östby 🚢 ${'überfahrt '.repeat(20)}` };
    const read = roundTrip(request, 2, memory);
    expect(read.id.length).toBeLessThanOrEqual(CUSTOM_ID_MAX);
    expect(read.id).toMatch(/^qw1:2:abcd1234:~[\w-]{16}$/);
    expect(read).toMatchObject({ ok: true, button: { request, page: 2 } });
    // The same request gets the same key: its two buttons do not fill the memory twice.
    expect(pageId(request, 3, VERSION, memory)).toMatch(new RegExp(`~${read.id.split('~')[1] ?? ''}$`));
    expect(memory.size).toBe(1);
  });

  it('says a forgotten request is forgotten (after a restart, or once the memory is full), with the version it was for', () => {
    const memory = new PageRequestMemory(2);
    const ids = ['a', 'b', 'c'].map((x) => pageId({ intent: 'who-said', statement: `${x} ${'ü'.repeat(120)}` }, 2, VERSION, memory));
    expect(readPageId(ids[0] ?? '', memory)).toEqual({ ok: false, reason: 'forgotten', version: VERSION });
    expect(readPageId(ids[2] ?? '', memory).ok).toBe(true);
    expect(readPageId(ids[2] ?? '', new PageRequestMemory())).toEqual({ ok: false, reason: 'forgotten', version: VERSION });
  });

  it('reads the coverage version, so a button from another coverage can be told apart', () => {
    const read = roundTrip({ intent: 'who-said', statement: 'x' }, 1);
    expect(read.ok && read.button.version).toBe(VERSION);
    expect(readPageId(read.id.replace(VERSION, '0badf00d'), new PageRequestMemory())).toMatchObject({ ok: true, button: { version: '0badf00d' } });
  });

  it.each([
    'qw:pg:2:0123456789:abcd1234', // the older format, which re-read the question from the footer
    'qw1:', 'qw1:2', 'qw1:2:abcd1234', 'qw1:x:abcd1234:q|pJane', 'qw1:2:ABCD:q|pJane', 'qw1:2:abcd1234:z|pJane',
    'qw1:2:abcd1234:q|pJane|pRoe', 'qw1:2:abcd1234:q|kJane', 'qw1:2:abcd1234:q|p100%', 'qw1:2:abcd1234:q|d2026-13-',
    'qw1:2:abcd1234:~short', `qw1:2:abcd1234:q|p${'x'.repeat(90)}`, 'garbage', '',
  ])('rejects %j as unreadable', (id) => {
    expect(readPageId(id, new PageRequestMemory())).toEqual({ ok: false, reason: 'unreadable' });
  });

  it('bounds the page a button names, and reads back the ends the disabled buttons point at', () => {
    expect(roundTrip({ intent: 'sources' }, 0)).toMatchObject({ ok: true, button: { page: 0 } });
    expect(roundTrip({ intent: 'sources' }, 123456)).toMatchObject({ ok: true, button: { page: 9999 } });
  });

  it('keeps a request with a field it does not know in memory rather than lose the field', () => {
    const memory = new PageRequestMemory();
    const request = { intent: 'who-said', statement: 'x', sinceWeek: 3 } as PageRequest;
    const id = pageId(request, 2, VERSION, memory);
    expect(id).toContain('~');
    expect(readPageId(id, memory)).toMatchObject({ ok: true, button: { request } });
  });

  it('describes a request as a question when the footer no longer shows it', () => {
    expect(describeRequest({ intent: 'speaker-quotes', speaker: 'Jane Roe', topic: 'the ferry' })).toBe('What did Jane Roe say about the ferry');
  });

  it('describes a question about a quantity so that it reads back as the same question', () => {
    for (const question of ['How many nations met in Kelvale', 'How far is the fleet from Ostby', 'How long will the bridge stay closed', 'What was the death toll in Freedonia']) {
      const parsed = parseQuestion(question);
      expect(parseQuestion(describeRequest(parsed))).toEqual(parsed);
    }
  });
});

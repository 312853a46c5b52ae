import { describe, expect, it } from 'vitest';
import { ConsoleSession } from '../../src/console/console.js';
import { parseConsoleLine } from '../../src/console/parse.js';
import { renderText } from '../../src/render/text.js';
import { runCommand } from '../../src/commands/run.js';
import { inventedNewsroomCoverage } from '../commands/invented-newsroom.js';

describe('console paging', () => {
  it('reads page:<n> on any line, and /more', () => {
    expect(parseConsoleLine('/quotes speaker:Jane Roe page:2')).toEqual({ name: 'quotes', values: { speaker: 'Jane Roe' }, page: 2 });
    expect(parseConsoleLine('what did Jane Roe say page:3')).toEqual({ name: 'ask', values: { question: 'what did Jane Roe say' }, page: 3 });
    expect(parseConsoleLine('/quotes page:2 speaker:Jane Roe topic:ferry')).toEqual({ name: 'quotes', values: { speaker: 'Jane Roe', topic: 'ferry' }, page: 2 });
    expect(parseConsoleLine('/more')).toEqual({ more: true });
    expect(parseConsoleLine('/quotes speaker:Jane Roe page:0')).toEqual({ error: 'Pages are numbered from 1: page:1 is the first.' });
  });

  it('does not page an answer over a coverage read again since (CORPUS_WATCH)', () => {
    const session = new ConsoleSession(inventedNewsroomCoverage());
    session.answer('/quotes speaker:Jane Roe');
    session.setCoverage(inventedNewsroomCoverage());
    expect(session.answer('/more')).toBe('The articles changed since that answer (the corpus was read again): ask again, then /more pages the new answer.\n');
    expect(session.answer('/quotes speaker:Jane Roe')).toMatch(/^13 statements found \(page 1 of 2/);
    expect(session.answer('/more')).toMatch(/^13 statements found \(page 2 of 2/);
  });

  it('says how to see the rest in the console’s own syntax, never --json', () => {
    const session = new ConsoleSession(inventedNewsroomCoverage());
    const first = session.answer('/quotes speaker:Jane Roe');
    expect(first).toMatch(/^13 statements found \(page 1 of 2: 1–10\)\./);
    expect(first).toContain('… and 3 more: type /more, or ask again with page:2.');
    expect(first).not.toContain('--json');
    const second = session.answer('/more');
    expect(second).toMatch(/^13 statements found \(page 2 of 2: 11–13\)\./);
    expect(second).toContain('The night buses will carry on through the summer festival');
    expect(second).not.toContain('The ferry to Ostby will run every hour');
    expect(session.answer('/more')).toBe('That was the last page: this answer has 2 pages.\n');
    expect(session.answer('/quotes speaker:Jane Roe page:2')).toBe(second);
  });

  it('answers /more before any question with what to do', () => {
    expect(new ConsoleSession(inventedNewsroomCoverage()).answer('/more')).toMatch(/^Nothing to page yet: ask a question first/);
  });

  it('pages the list of sources too', () => {
    const session = new ConsoleSession(inventedNewsroomCoverage());
    expect(session.answer('/sources')).toMatch(/^15 articles in this coverage:\n- Ostby Post: Springfield news \(2026-03-10\)/);
  });

  it('keeps the CLI hint, which is true there', () => {
    const result = runCommand(inventedNewsroomCoverage(), 'quotes', { speaker: 'Jane Roe' });
    if (result.kind !== 'answer') throw new Error('no answer');
    expect(renderText(result.answer)).toContain('… and 3 more: use --json for all.');
  });
});

import { describe, expect, it } from 'vitest';
import { aboutFor, formatUptime, OUTLETS_NAMED, summarise } from '../../src/commands/about.js';
import { ConsoleSession } from '../../src/console/console.js';
import { parseConsoleLine } from '../../src/console/parse.js';
import { parseCsv } from '../../src/render/csv.js';
import { inventedArticle, inventedCoverage } from '../answer/invented-coverage.js';
import { inventedNewsroomCoverage } from './invented-newsroom.js';

describe('/about', () => {
  it('counts what an invented coverage holds', () => {
    expect(summarise(inventedNewsroomCoverage())).toEqual({
      articles: 15,
      outlets: { count: 2, names: ['Kelvale Ledger', 'Ostby Post'] },
      withoutOutlet: 0,
      published: { from: '2026-03-10', to: '2026-04-02', dated: 15 },
      statements: 15,
      people: 2,
    });
  });

  it('counts outlets without naming them when there are many, and says what has no date', () => {
    const articles = Array.from({ length: OUTLETS_NAMED + 1 }, (_, i) => inventedArticle(`a${i}`, `Acme Gazette ${i}`, `"The ferry will run," Jane Roe said.`));
    const summary = summarise(inventedCoverage(articles));
    expect(summary.outlets).toEqual({ count: OUTLETS_NAMED + 1, names: null });
    expect(summary.published).toBeNull();
  });

  it('gives the version and the uptime', () => {
    const about = aboutFor(inventedNewsroomCoverage(), 7384);
    expect(about.version).toBe('0.1.0');
    expect(formatUptime(about.uptimeSeconds)).toBe('2 h 3 min');
    expect(formatUptime(12)).toBe('12 s');
    expect(formatUptime(3 * 86_400 + 4 * 3600)).toBe('3 d 4 h');
  });

  it('is a console command too', () => {
    const text = new ConsoleSession(inventedNewsroomCoverage()).answer('/about');
    expect(text).toMatch(/^ {2}Articles: +15$/m);
    expect(text).toMatch(/^ {2}Outlets: +2: Kelvale Ledger, Ostby Post$/m);
    expect(text).toMatch(/^ {2}Published: +2026-03-10 to 2026-04-02$/m);
    expect(text).toMatch(/^ {2}People quoted: +2$/m);
    expect(text).toMatch(/^ {2}Version: +0\.1\.0$/m);
  });
});

describe('format in the console', () => {
  it('prints the list as the file would hold it', () => {
    const session = new ConsoleSession(inventedNewsroomCoverage());
    const rows = parseCsv(session.answer('/quotes speaker:Tom Varga format:csv'));
    expect(rows[0]?.[0]).toBe('statement');
    expect(rows.slice(1).map((r) => r[1])).toEqual(['Tom Varga', 'Tom Varga']);
    const json = JSON.parse(session.answer('/sources format:JSON')) as { articles: unknown[] };
    expect(json.articles).toHaveLength(15);
  });

  it('names the formats when given another', () => {
    expect(parseConsoleLine('/sources format:xls')).toEqual({ error: 'format: is one of text, csv, json' });
  });
});

import { describe, expect, it } from 'vitest';
import { runCommand } from '../../src/commands/run.js';
import { parseCsv } from '../../src/render/csv.js';
import { describeExport, exportCsv, exportJson, exportTable } from '../../src/render/export.js';
import type { Answer } from '../../src/answer/types.js';
import { inventedNewsroomCoverage } from '../commands/invented-newsroom.js';

const coverage = inventedNewsroomCoverage();

function answerOf(name: 'quotes' | 'sources' | 'who-said', values: Record<string, string>): Answer {
  const result = runCommand(coverage, name, values);
  if (result.kind !== 'answer') throw new Error('not an answer');
  return result.answer;
}

describe('lists as files', () => {
  it('a speaker\'s statements: one row per statement and outlet, under a header', () => {
    const answer = answerOf('quotes', { speaker: 'Jane Roe' });
    const file = exportCsv(answer);
    expect(file).toMatchObject({ name: 'quotewire-speaker-quotes.csv', rows: 13, total: 13, cut: null });
    const rows = parseCsv(file.data.toString('utf8'));
    expect(rows).toHaveLength(14);
    expect(rows.slice(1).map((r) => r[0])).toEqual(answer.quotes.map((_, i) => String(i + 1)));
    expect(describeExport(file, 'csv')).toBe('The whole list is attached as quotewire-speaker-quotes.csv: 13 rows under a header row.');
  });

  it('the sources: one row per article', () => {
    const table = exportTable(answerOf('sources', {}));
    expect(table.header).toEqual(['article_id', 'outlet', 'headline', 'published', 'url', 'wires', 'statements', 'summary_only', 'shares_text']);
    expect(table.rows).toHaveLength(15);
  });

  it('cuts at the row limit and at the byte limit, and says which', () => {
    const answer = answerOf('quotes', { speaker: 'Jane Roe' });
    const byRows = exportCsv(answer, { maxRows: 5 });
    expect(byRows).toMatchObject({ rows: 5, total: 13, cut: 'rows' });
    expect(parseCsv(byRows.data.toString('utf8'))).toHaveLength(6);
    const full = exportCsv(answer);
    const byBytes = exportCsv(answer, { maxBytes: Math.floor(full.data.length / 2) });
    expect(byBytes.cut).toBe('bytes');
    expect(byBytes.data.length).toBeLessThanOrEqual(Math.floor(full.data.length / 2));
    expect(byBytes.rows).toBeGreaterThan(0);
    expect(describeExport(byBytes, 'csv')).toMatch(/cut to its first \d+ rows of 13: Discord limits the size of a file/);
  });

  it('JSON: the CLI\'s contract with every statement; cut to fit, it says how many it kept', () => {
    const answer = answerOf('quotes', { speaker: 'Jane Roe' });
    const full = exportJson(answer);
    const json = JSON.parse(full.data.toString('utf8')) as { intent: string; quotes: unknown[]; truncated?: unknown };
    expect(json.intent).toBe('speaker-quotes');
    expect(json.quotes).toHaveLength(13);
    expect(json.truncated).toBeUndefined();
    const half = exportJson(answer, { maxBytes: Math.floor(full.data.length / 2) });
    expect(half.data.length).toBeLessThanOrEqual(Math.floor(full.data.length / 2));
    const cut = JSON.parse(half.data.toString('utf8')) as { quotes: unknown[]; truncated: { kept: number; of: number; by: string } };
    expect(cut.truncated).toEqual({ kept: cut.quotes.length, of: 13, by: 'bytes' });
  });
});

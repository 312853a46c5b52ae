/** The list of sources says what each article shares with others, in every renderer (an invented coverage of copies). */
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answer.js';
import { parseCsv } from '../../src/render/csv.js';
import { renderDiscord } from '../../src/render/discord.js';
import { exportCsv } from '../../src/render/export.js';
import { renderJson } from '../../src/render/json.js';
import { renderText } from '../../src/render/text.js';
import { copiesCoverage } from '../answer/invented-copies.js';

const answer = answerQuestion(copiesCoverage(), 'List the sources');

describe('shared text in the list of sources', () => {
  it('text: a line under each article that shares some', () => {
    const text = renderText(answer);
    expect(text).toContain('- Springfield Gazette: Winter ferry news\n    same article as gazette-1-saved (Springfield Gazette); ');
    expect(text).toContain('- Ostby Post: Winter ferry news\n    carries Freedonia Press\'s text, as Kelvale Courier does; ');
    expect(text).toMatch(/- Ostby Post: Winter ferry news\n$/);
  });

  it('Discord: the field of each article says it after the headline', () => {
    const fields = renderDiscord(answer, 1).embeds[0]?.fields ?? [];
    expect(fields[2]?.value).toMatch(/statements?\ncarries Freedonia Press's text, as Kelvale Courier does; /);
    expect(fields[5]?.value).not.toContain('\n');
  });

  it('JSON: each article carries its shares', () => {
    const articles = renderJson(answer).articles as { id: string; shares?: { id: string; sameArticle: boolean }[] }[];
    expect(articles[1]?.shares?.[0]).toMatchObject({ id: 'gazette-1', sameArticle: true });
    expect(articles[5]?.shares).toBeUndefined();
  });

  it('CSV: a column of what each article shares', () => {
    const rows = parseCsv(exportCsv(answer).data.toString('utf8'));
    const column = rows[0]?.indexOf('shares_text') ?? -1;
    expect(rows[5]?.[column]).toMatch(/^shares 66% of its text with Kelvale Courier \(courier-3\)/);
    expect(rows[6]?.[column]).toBe('');
  });
});

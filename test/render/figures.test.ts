/** Each outlet's figures, in every renderer (an invented coverage). */
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answer.js';
import { embedLength, renderDiscord } from '../../src/render/discord.js';
import { LIMITS } from '../../src/render/discord-text.js';
import { parseCsv } from '../../src/render/csv.js';
import { exportCsv } from '../../src/render/export.js';
import { renderJson } from '../../src/render/json.js';
import { renderText } from '../../src/render/text.js';
import { figuresCoverage } from '../answer/invented-figures.js';

const answer = answerQuestion(figuresCoverage(), 'How many countries met in Kelvale?');

describe('figures by outlet', () => {
  it('text: the answer, then each outlet with its figures, sentence and link', () => {
    const text = renderText(answer);
    expect(text.split('\n')[0]).toMatch(/^The outlets differ: /);
    expect(text).toContain('  Springfield Gazette: 12 nations\n    “Defence ministers of 12 nations met in Kelvale on Tuesday to plan the advance.”\n    article gazette-1 (no link on record)');
    expect(text).toContain('  Ostby Post: 11 other ministers\n');
  });

  it('Discord: the answer as the description, a field per outlet with the figures in bold', () => {
    const embed = renderDiscord(answer, 1).embeds[0];
    expect(embed?.title).toBe('Figures by outlet');
    expect(embed?.description).toMatch(/^The outlets differ: /);
    expect(embed?.fields?.map((f) => f.name).sort()).toEqual(['Kelvale Courier', 'Ostby Post', 'Springfield Gazette']);
    expect(embed?.fields?.find((f) => f.name === 'Kelvale Courier')?.value).toMatch(/^\*\*40-nation\*\* — The 40-nation alliance met in Kelvale/);
    expect(embed && embedLength(embed)).toBeLessThanOrEqual(LIMITS.embedTotal);
    expect(embed?.footer?.text).toMatch(/^3 outlets · /);
  });

  it('JSON: the figures, each with its sentence and source', () => {
    const figures = renderJson(answer).figures as { outlet: string; figures: string[]; values: string[]; sentence: { text: string; source: { id: string } } }[];
    expect(figures.find((f) => f.outlet === 'Ostby Post')).toMatchObject({ figures: ['11 other ministers'], values: ['11 others'], sentence: { source: { id: 'post-1' } } });
  });

  it('CSV: a row per outlet\'s sentence', () => {
    const rows = parseCsv(exportCsv(answer).data.toString('utf8'));
    expect(rows[0]).toEqual(['outlet', 'figures', 'values', 'sentence', 'link', 'article_id']);
    expect(rows.slice(1).find((r) => r[0] === 'Kelvale Courier')?.slice(1, 3)).toEqual(['40-nation', '40']);
  });
});

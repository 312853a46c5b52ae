/** A long list of sources, carried a window at a time and shown a page at a time (an invented archive). */
import { describe, expect, it } from 'vitest';
import { answerParsed, answerQuestion } from '../../src/answer/answer.js';
import { parseQuestion } from '../../src/answer/intent.js';
import { windowOfPage } from '../../src/answer/types.js';
import { runCommand } from '../../src/commands/run.js';
import { ConsoleSession } from '../../src/console/console.js';
import { discordWindow, renderDiscord } from '../../src/render/discord.js';
import { EXPORT_WINDOW, exportCsv } from '../../src/render/export.js';
import { renderJson } from '../../src/render/json.js';
import { prepareArticle } from '../../src/corpus/prepare.js';
import { inventedCoverage } from './invented-coverage.js';

const ARTICLES = 130;
/** Article n (from 1) is headlined "Berth n reopens". */
const coverage = inventedCoverage(Array.from({ length: ARTICLES }, (_, at) => prepareArticle({
  id: `harbour-${at + 1}`, origin: `harbour-${at + 1}.txt`, headlineInText: true,
  text: `Berth ${at + 1} reopens\n\n"Berth ${at + 1} is open again," said Nora Quill.`, known: { outlet: at % 2 ? 'Ostby Post' : 'Springfield Gazette' },
})));
const headlines = (first: number, last: number): string[] => Array.from({ length: last - first + 1 }, (_, n) => `Berth ${first + n} reopens`);
const sources = parseQuestion('List the sources');

describe('a list of sources longer than a page', () => {
  it('carries its first articles and says how many there are in all', () => {
    const answer = answerQuestion(coverage, 'List the sources');
    expect(answer.articles).toHaveLength(100);
    expect(answer.articleWindow).toEqual({ from: 0, total: ARTICLES });
    expect(answer.answer).toMatch(/^130 articles in this coverage:\n- Springfield Gazette: Berth 1 reopens \[harbour-1\]/);
    expect(answer.answer).toContain('… and 105 more.');
    expect(renderJson(answer)).toMatchObject({ articleWindow: { from: 0, total: ARTICLES } });
  });

  it('carries the window asked for, with each article\'s statements counted, and the last one for a window past the end', () => {
    const third = answerParsed(coverage, 'List the sources', sources, windowOfPage(3, 10));
    expect(third.articles?.map((a) => a.id)).toEqual(Array.from({ length: 10 }, (_, n) => `harbour-${21 + n}`));
    expect(third.articles?.every((a) => a.statements === 1)).toBe(true);
    expect(third.articleWindow).toEqual({ from: 20, total: ARTICLES });
    const past = answerParsed(coverage, 'List the sources', sources, windowOfPage(99, 10));
    expect(past.articleWindow).toEqual({ from: 120, total: ARTICLES });
    expect(past.articles?.map((a) => a.id)).toEqual(Array.from({ length: 10 }, (_, n) => `harbour-${121 + n}`));
  });

  it('carries a window that starts inside the list from where it was asked, not from the start of the last page', () => {
    const tail = answerParsed(coverage, 'List the sources', sources, { from: 125, count: 10 });
    expect(tail.articleWindow).toEqual({ from: 125, total: ARTICLES });
    expect(tail.articles?.map((a) => a.id)).toEqual(Array.from({ length: 5 }, (_, n) => `harbour-${126 + n}`));
    const odd = answerParsed(coverage, 'List the sources', sources, { from: 7, count: 3 });
    expect(odd.articles?.map((a) => a.id)).toEqual(['harbour-8', 'harbour-9', 'harbour-10']);
  });

  it('shows a Discord page from the window of that page', () => {
    const message = renderDiscord(answerParsed(coverage, 'List the sources', sources, discordWindow(3)), 3);
    const embed = message.embeds[0];
    expect(embed?.description).toBe('130 articles in this coverage.');
    expect(embed?.fields?.map((field) => field.value.split(' · ')[0])).toEqual(headlines(21, 30));
    expect(embed?.footer?.text).toContain('Page 3/13 · 130 articles');
  });

  it('shows a console page from the window of that page', () => {
    const page = new ConsoleSession(coverage).answer('/sources page:5');
    expect(page).toMatch(/^130 articles in this coverage \(page 5 of 6: 101–125\):\n/);
    expect(page.split('\n').filter((line) => line.startsWith('- ')).map((line) => line.replace(/^- [^:]+: /, ''))).toEqual(headlines(101, 125));
  });

  it('makes a file of every article when asked for a file\'s window, and says a file of a smaller window was cut', () => {
    const whole = runCommand(coverage, 'sources', {}, EXPORT_WINDOW);
    if (whole.kind !== 'answer') throw new Error('no answer');
    expect(exportCsv(whole.answer)).toMatchObject({ rows: ARTICLES, total: ARTICLES, cut: null });
    expect(exportCsv(answerQuestion(coverage, 'List the sources'))).toMatchObject({ rows: 100, total: ARTICLES, cut: 'rows' });
  });
});

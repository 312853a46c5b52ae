/** A comparison as users see it: in the console, in Discord within its limits, and as JSON. */
import { describe, expect, it } from 'vitest';
import { answerParsed } from '../../src/answer/answer.js';
import { renderDiscord, embedLength } from '../../src/render/discord.js';
import { LIMITS } from '../../src/render/discord-text.js';
import { renderJson } from '../../src/render/json.js';
import { renderText } from '../../src/render/text.js';
import { inventedArticle as article, inventedCoverage } from '../answer/invented-coverage.js';

const story = (quote: string) => [
  'The Kelvale harbour board met on Monday to settle the future of the old ferry pier, closed to foot traffic since a storm in March damaged its timber deck.',
  quote,
  'Engineers from Acme Marine inspected the deck last week and found rot in most of the supports that hold up the western end of the pier.',
].join('\n\n');
const coverage = inventedCoverage([
  article('post-1', 'Ostby Post', story('"We will hire 40 new workers for the repairs," said Mayor Jane Roe.'), '2026-03-02'),
  article('courier-1', 'Kelvale Courier', story('"We will hire 45 new workers for the @everyone repairs," said Mayor Jane Roe.'), '2026-03-03'),
]);
const answer = answerParsed(coverage, 'How did the outlets report that we will hire new workers?', { intent: 'compare', statement: 'we will hire new workers for the repairs' });

describe('a comparison rendered', () => {
  it('lists each version with its outlet, date, form and speaker in the console, the words only it has in brackets, then the differences', () => {
    const text = renderText(answer);
    expect(text).toContain('Ostby Post · 2026-03-02, first · quotation · Jane Roe');
    expect(text).toContain('Kelvale Courier · 2026-03-03 · quotation · Jane Roe');
    expect(text).toContain('[everyone]');
    expect(text).toMatch(/Differences:\n {2}number: The figures differ: 40 new \(Ostby Post\); 45 new \(Kelvale Courier\)\./);
  });

  it('gives Discord the differences first, then a field a version, the words only it has in bold, no mention live, within the limits', () => {
    const message = renderDiscord(answer, 1);
    const embed = message.embeds[0];
    expect(embed?.fields?.map((f) => f.name)).toEqual(['Differences', 'Ostby Post · 2026-03-02, first · quotation · Jane Roe', 'Kelvale Courier · 2026-03-03 · quotation · Jane Roe']);
    expect(embed?.fields?.[2]?.value).toContain('@\u200b**everyone**');
    expect(message.allowed_mentions).toEqual({ parse: [] });
    expect(embedLength(embed ?? {})).toBeLessThanOrEqual(LIMITS.embedTotal);
  });

  it('keeps the differences and says how many versions did not fit, when many long versions would pass the limits', () => {
    const long = 'The pier works will take the whole summer and the ferry will call at the south quay until they are done, '.repeat(5);
    const many = inventedCoverage(Array.from({ length: 12 }, (_, k) => article(`a${k}`, `Outlet ${k}`, story(`"${long}We will hire ${40 + k} new workers," said Mayor Jane Roe.`), `2026-03-${String(k + 1).padStart(2, '0')}`)));
    const big = answerParsed(many, 'q', { intent: 'compare', statement: 'we will hire new workers' });
    const embed = renderDiscord(big, 1).embeds[0];
    expect(embed?.fields?.[0]?.name).toBe('Differences');
    expect(embed?.fields?.at(-1)?.name).toMatch(/^\d+ more versions?$/);
    expect(embedLength(embed ?? {})).toBeLessThanOrEqual(LIMITS.embedTotal);
  });

  it('carries the whole comparison in JSON', () => {
    const json = renderJson(answer) as { comparison?: { versions: unknown[]; differences: { kind: string }[] } };
    expect(json.comparison?.versions).toHaveLength(2);
    expect(json.comparison?.differences.map((d) => d.kind)).toEqual(['number', 'wording']);
  });
});

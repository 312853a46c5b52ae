import { describe, expect, it } from 'vitest';
import type { Answer, TopicCoverage } from '../../src/answer/types.js';
import { LIMITS } from '../../src/render/discord-text.js';
import { CHART_FILE, embedLength, NO_CHART, renderDiscord, withChart } from '../../src/render/discord.js';

const OUTLETS = ['Ostby Post', 'Kelvale Courier', 'Springfield Gazette'];

function coverage(dated: boolean, outlets = OUTLETS, people = 2): TopicCoverage {
  return {
    topic: 'the Kelvale harbour',
    counted: { articles: 7, outlets: outlets.length, copies: 1 },
    outlets: outlets.map((outlet, rank) => ({
      outlet, articles: outlets.length - rank,
      voices: Array.from({ length: people }, (_, i) => ({ speaker: i % 2 ? `Nora Quill ${i}` : `Jane Roe ${i}`, statements: people - i })),
    })),
    singleOutlet: [{ speaker: 'Jane Roe', outlet: 'Ostby Post', text: 'Fishermen cannot pay twice', articleId: 'a4' }],
    singleOutletTotal: 1,
    timeline: dated
      ? { bucket: 'day', periods: [{ start: '2026-03-02', label: 'Mar 2', byOutlet: { 'Ostby Post': 2 } }, { start: '2026-03-03', label: 'Mar 3', byOutlet: { 'Kelvale Courier': 1 } }], undated: 1 }
      : { bucket: 'day', periods: [], undated: 7 },
  };
}

function answer(covered: TopicCoverage): Answer {
  return { question: 'How was the Kelvale harbour covered?', intent: 'coverage', found: true, answer: 'covered', quotes: [], closest: [], coverage: covered, understood: { topic: covered.topic } };
}

describe('a coverage answer on Discord', () => {
  it('shows the outlets and their articles, whom each quoted, and what one outlet alone carried, as fields', () => {
    const [embed] = renderDiscord(answer(coverage(true)), 1).embeds;
    expect(embed?.title).toBe('Coverage: the Kelvale harbour');
    expect(embed?.fields?.map((f) => f.name)).toEqual(['Outlets', 'Quoted by Ostby Post', 'Quoted by Kelvale Courier', 'Quoted by Springfield Gazette', 'Carried by one outlet only']);
    expect(embed?.fields?.[0]?.value).toBe('**Ostby Post**: 3 articles · 2 people quoted\n**Kelvale Courier**: 2 articles · 2 people quoted\n**Springfield Gazette**: 1 article · 2 people quoted');
    expect(embed?.fields?.[1]?.value).toBe('Jane Roe 0 (2)\nNora Quill 1 (1)');
    expect(embed?.fields?.[4]?.value).toBe('Jane Roe, only in Ostby Post: “Fishermen cannot pay twice”');
    expect(embed?.description).toContain('1 article without a date is not on it.');
  });

  it('attaches the chart as a PNG and shows it as the embed\'s image', () => {
    const covered = answer(coverage(true));
    const message = withChart(renderDiscord(covered, 1), covered);
    expect(message.embeds[0]?.image).toEqual({ url: `attachment://${CHART_FILE}` });
    expect(message.files?.map((f) => f.name)).toEqual([CHART_FILE]);
    expect([...(message.files?.[0]?.attachment ?? Buffer.alloc(0)).subarray(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
    expect(message.allowed_mentions).toEqual({ parse: [] });
  });

  it('attaches no chart when no article is dated, and says why', () => {
    const covered = answer(coverage(false));
    const message = withChart(renderDiscord(covered, 1), covered);
    expect(message.files).toBeUndefined();
    expect(message.embeds[0]?.image).toBeUndefined();
    expect(message.embeds[0]?.description).toContain('no chart of it over time');
  });

  it('says the chart is left out where the bot may not attach files', () => {
    const covered = answer(coverage(true));
    const message = withChart(renderDiscord(covered, 1), covered, false);
    expect(message.files).toBeUndefined();
    expect(message.content).toBe(NO_CHART);
  });

  it('stays within Discord\'s limits however many outlets and people', () => {
    const many = Array.from({ length: 60 }, (_, i) => `Outlet ${i} ${'x'.repeat(60)}`);
    const [embed] = renderDiscord(answer(coverage(true, many, 200)), 1).embeds;
    expect(embedLength(embed ?? {})).toBeLessThanOrEqual(LIMITS.embedTotal);
    expect(embed?.fields?.length ?? 0).toBeLessThanOrEqual(LIMITS.fields);
    for (const field of embed?.fields ?? []) expect(field.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
    expect(embed?.fields?.[0]?.value).toMatch(/… and \d+ more outlets$/);
    expect(embed?.fields?.[1]?.value).toMatch(/… and \d+ more$/);
  });
});

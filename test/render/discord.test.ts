import { describe, expect, it } from 'vitest';
import type { Answer, AnswerQuote } from '../../src/answer/types.js';
import { breakMentions, LIMITS, safeText, unbreakMentions } from '../../src/render/discord-text.js';
import { pageId, PageRequestMemory } from '../../src/discord/interactions/page-id.js';
import { embedLength, questionFromFooter, renderDiscord, renderHelpDiscord, type PageIdFor } from '../../src/render/discord.js';

const memory = new PageRequestMemory();
const ids: PageIdFor = (page) => pageId({ intent: 'who-said', statement: 'it' }, page, 'abcd1234', memory);

function quote(text: string, outlets: number): AnswerQuote {
  return {
    speaker: `Speaker ${'X'.repeat(300)}`, role: 'Role', anonymous: false, entity: 'person:x', text, kind: 'direct',
    sources: Array.from({ length: outlets }, (_, i) => ({
      id: `a${i}`, outlet: `Outlet ${i}`, headline: null, published: null, url: `https://example.com/${i}`,
      link: `https://example.com/${i}#:~:text=${'w'.repeat(150)}`, start: 0, end: 1, kind: 'direct' as const, summaryOnly: false,
    })),
  };
}

function answer(quotes: AnswerQuote[], question = 'Who said it?'): Answer {
  return { question, intent: 'who-said', found: true, answer: 'x', quotes, closest: [], understood: {} };
}

describe('Discord rendering', () => {
  it('keeps every page within Discord limits, however long the statements and however many outlets', () => {
    const many = answer(Array.from({ length: 30 }, (_, i) => quote(`${i} ${'long words '.repeat(400)}`, 12)), `@everyone ${'q'.repeat(390)}`);
    for (let page = 1; page <= 8; page++) {
      const message = renderDiscord(many, page, ids);
      const [embed] = message.embeds;
      expect(message.allowed_mentions).toEqual({ parse: [] });
      expect(embedLength(embed ?? {})).toBeLessThanOrEqual(LIMITS.embedTotal);
      expect(embed?.title?.length ?? 0).toBeLessThanOrEqual(LIMITS.embedTitle);
      expect(embed?.fields?.length ?? 0).toBeLessThanOrEqual(LIMITS.fields);
      for (const field of embed?.fields ?? []) {
        expect(field.name.length).toBeLessThanOrEqual(LIMITS.fieldName);
        expect(field.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
      }
      expect(embed?.footer?.text.length ?? 0).toBeLessThanOrEqual(LIMITS.footer);
      for (const row of message.components) for (const button of row.components) expect(('custom_id' in button ? button.custom_id : '').length).toBeLessThanOrEqual(LIMITS.customId);
    }
    expect(renderDiscord(many, 1, ids).embeds[0]?.footer?.text).toMatch(/^Page 1\/8 · 30 statements · Q: @\u200beveryone/);
  });

  it('writes the button ids the transport gives, and none without them', () => {
    const many = answer(Array.from({ length: 9 }, (_, i) => quote(`statement ${i}`, 1)));
    const ids = renderDiscord(many, 2, (page) => `id-${page}`).components[0]?.components.map((b) => ('custom_id' in b ? b.custom_id : ''));
    expect(ids).toEqual(['id-1', 'id-3']);
    expect(renderDiscord(many, 1).components).toEqual([]);
  });

  it('reads the question shown in the footer back, mentions unbroken', () => {
    expect(questionFromFooter('Page 1/2 · 5 statements · Q: @\u200beveryone said <\u200b@1>')).toBe('@everyone said <@1>');
  });

  it('escapes markdown and breaks mentions in any text', () => {
    expect(safeText('**bold** _it_ @everyone @here <@123> <@&456> <#789>')).toBe('\\*\\*bold\\*\\* \\_it\\_ @\u200beveryone @\u200bhere <\u200b@\u200b123> <\u200b@\u200b&456> <\u200b#789>');
    expect(unbreakMentions(breakMentions('a @b <@1> <#2>'))).toBe('a @b <@1> <#2>');
  });
});

describe('Discord help', () => {
  it('keeps corpus examples inside their code spans, unpinging and within the field limit', () => {
    const examples = ['/quotes speaker:@everyone `rm` <@123>', ...Array.from({ length: 40 }, (_, i) => `/who-said statement:${i} ${'word '.repeat(20)}`)];
    const help = renderHelpDiscord({ title: 'Help', intro: 'Intro', commands: [{ usage: '/help', what: 'This help.' }], examples, note: 'Note' });
    const field = help.embeds[0]?.fields?.find((f) => f.name === 'Examples');
    expect(field?.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
    expect(field?.value.split('\n')[0]).toBe("`/quotes speaker:@\u200beveryone 'rm' <\u200b@\u200b123>`");
    expect(field?.value.split('\n').every((line) => /^`[^`]*`$/.test(line))).toBe(true);
    expect(help.allowed_mentions).toEqual({ parse: [] });
  });
});

describe('Discord sources', () => {
  it('names an article without an outlet as an article, with its headline beside it, never a bare id as if it were an outlet', () => {
    const listing = (id: string, outlet: string | null, headline: string | null): NonNullable<Answer['articles']>[number] => ({ id, outlet, headline, url: null, published: null, wires: [], summaryOnly: false, statements: 1 });
    const sources: Answer = { question: 'List the sources', intent: 'sources', found: true, answer: '', quotes: [], closest: [], understood: {}, articles: [listing('tech/101', null, 'Acme ships a phone'), listing('tech/102', null, null), listing('x', 'Ostby Post', 'Ferry')] };
    const fields = renderDiscord(sources, 1).embeds[0]?.fields ?? [];
    expect(fields.map((f) => f.name)).toEqual(['article tech/101', 'article tech/102', 'Ostby Post']);
    expect(fields[0]?.value).toMatch(/^Acme ships a phone · 1 statement$/);
  });
});

describe('Discord statements from a corpus with no links', () => {
  it('tells apart two articles with one headline by their ids', () => {
    const source = (id: string) => ({ id, outlet: null, headline: 'Ferry to run all winter', published: null, url: null, link: null, start: 0, end: 1, kind: 'direct' as const, summaryOnly: false });
    const said: AnswerQuote = { speaker: 'Jane Roe', role: null, anonymous: false, entity: 'person:jane roe', text: 'The ferry will run', kind: 'direct', sources: [source('local/001'), source('local/002')] };
    const value = renderDiscord(answer([said]), 1, ids).embeds[0]?.fields?.[0]?.value ?? '';
    expect(value).toContain('“Ferry to run all winter” (local/001) · “Ferry to run all winter” (local/002)');
  });
});

describe('Discord titles', () => {
  it('name the words asked about when the statements are of several people', () => {
    const of = (speaker: string): AnswerQuote => ({ speaker, role: null, anonymous: false, entity: `person:${speaker}`, text: 'The ferry will run', kind: 'direct', sources: [] });
    const group: Answer = { ...answer([of('Jane Roe'), of('Tom Varga')]), intent: 'speaker-quotes', understood: { speaker: 'the freedonians' } };
    expect(renderDiscord(group, 1, ids).embeds[0]?.title).toBe('The freedonians: statements');
    expect(renderDiscord({ ...group, quotes: [of('Jane Roe')] }, 1, ids).embeds[0]?.title).toBe('Jane Roe: statements');
  });
});

describe('Discord field names', () => {
  const hostile = '**@everyone** _x_ <@123>';
  const escaped = '\\*\\*@\u200beveryone\\*\\* \\_x\\_ <\u200b@\u200b123>';

  it('escape an outlet name: markdown does not format and mentions do not ping', () => {
    const listing: NonNullable<Answer['articles']>[number] = { id: 'x', outlet: hostile, headline: 'Ferry', url: null, published: null, wires: [], summaryOnly: false, statements: 1 };
    const sources: Answer = { question: 'List the sources', intent: 'sources', found: true, answer: '', quotes: [], closest: [], understood: {}, articles: [listing] };
    expect(renderDiscord(sources, 1).embeds[0]?.fields?.[0]?.name).toBe(escaped);
  });

  it('escape the outlet of a sentence shown for context, and speakers and roles', () => {
    const source = { id: 'a1', outlet: hostile, headline: 'Ferry', published: null, url: 'https://example.com/1', link: null, start: 0, end: 1, kind: 'direct' as const, summaryOnly: false };
    const said: AnswerQuote = { speaker: '*Jane* Roe', role: 'head_of_ferries', anonymous: false, entity: 'person:jane roe', text: 'The ferry will run', kind: 'direct', sources: [source] };
    const withContext: Answer = { ...answer([said]), opposite: [said], closest: [said], context: [{ text: 'The ferry runs.', source }] };
    const names = renderDiscord(withContext, 1, ids).embeds[0]?.fields?.map((f) => f.name) ?? [];
    expect(names).toHaveLength(4);
    expect(names.at(-1)).toBe(`In ${escaped}`);
    for (const name of names.slice(0, 3)) {
      expect(name).toContain('\\*Jane\\* Roe');
      expect(name).not.toMatch(/(?<!\\)[*_]/);
    }
  });
});


import { describe, expect, it } from 'vitest';
import { cutSensibly, plainWords, statementOfMessage } from '../../src/discord/interactions/message-text.js';

describe('the words of a message, for "Who said this?"', () => {
  it('strips mentions, emoji, timestamps, links and markdown', () => {
    expect(plainWords('<@800000000000000002> <@!1> <@&2> <#3> @everyone **bold** __under__ ~~gone~~ ||spoiler|| *it* `code` <:ferry:12345> <a:wave:678> <t:1700000000:R> https://example.com/a')).toBe('bold under gone spoiler it code');
    expect(plainWords('> quoted line\n# Heading\n- item')).toBe('quoted line\nHeading\nitem');
    expect(plainWords('see [the Ostby Post](https://example.com/x) today')).toBe('see the Ostby Post today');
    expect(plainWords('```\nthe ferry runs\n```')).toBe('the ferry runs');
  });

  it('takes a quotation of a few words alone', () => {
    expect(statementOfMessage('lol did she say "the ferry will run every hour" today')).toBe('the ferry will run every hour');
    expect(statementOfMessage('she said “the harbour needs a new breakwater” at noon')).toBe('the harbour needs a new breakwater');
    expect(statementOfMessage('a "short" word')).toBe('a "short" word');
  });

  it('is empty for a message with no words', () => {
    expect(statementOfMessage('<@1> <:e:2> https://example.com')).toBe('');
    expect(statementOfMessage('   ')).toBe('');
  });

  it('cuts a long message at a sentence end, else at a word', () => {
    const sentence = 'The ferry to Ostby will run every hour from June. ';
    const long = sentence.repeat(20);
    const cut = cutSensibly(long.trim(), 400);
    expect(cut.length).toBeLessThanOrEqual(400);
    expect(cut.endsWith('June.')).toBe(true);
    const words = 'ferry '.repeat(100).trim();
    const byWord = cutSensibly(words, 400);
    expect(byWord.length).toBeLessThanOrEqual(400);
    expect(byWord.endsWith('ferry')).toBe(true);
    expect(statementOfMessage(long).length).toBeLessThanOrEqual(400);
  });
});

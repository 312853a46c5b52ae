/**
 * /compare on invented variants of one article: each planted difference (a
 * reworded quotation, a changed figure, a dropped sentence, another
 * attribution) is reported, and nothing else.
 */
import { describe, expect, it } from 'vitest';
import { answerParsed, answerQuestion } from '../../src/answer/answer.js';
import { figuresIn, clauseHolding } from '../../src/answer/compare.js';
import { parseQuestion } from '../../src/answer/intent.js';
import { inventedArticle as article, inventedCoverage } from './invented-coverage.js';

const PARAGRAPHS = [
  'The Kelvale harbour board met on Monday to settle the future of the old ferry pier, which has been closed to foot traffic since a storm in March damaged its timber deck.',
  '"The pier will reopen in time for the summer season, and we will not raise the fares," said Mayor Jane Roe after the meeting.',
  'Engineers from Acme Marine inspected the deck last week and found rot in most of the supports that hold up the western end.',
  '"We will hire 40 new workers for the repairs and most of them will come from Kelvale," Roe said.',
  'The board also heard from fishermen who have moored at the pier for decades and who asked for a longer season.',
  '"The fishing fleet will keep its berths free of charge until the works are done," Roe told reporters.',
  'Ferry services to Ostby will run from the south quay while the works go on, the board said in a statement.',
  '"Nobody will lose a sailing because of the repairs to the old pier," Roe added.',
];

const original = PARAGRAPHS.join('\n\n');
const variant = [
  PARAGRAPHS[0],
  // Reworded: the same remark, other words.
  '"The pier will be open again for the summer season, and fares will not go up," said Mayor Jane Roe after the meeting.',
  PARAGRAPHS[2],
  // A figure changed.
  '"We will hire 45 new workers for the repairs and most of them will come from Kelvale," Roe said.',
  PARAGRAPHS[4],
  // The fleet remark dropped.
  PARAGRAPHS[6],
  // Another attribution: an unnamed official.
  '"Nobody will lose a sailing because of the repairs to the old pier," a harbour official said.',
].join('\n\n');

/** The original (Ostby Post) and `text` as the Kelvale Courier's version of it, a day later. */
const againstVariant = (text: string) => inventedCoverage([article('post-1', 'Ostby Post', original, '2026-03-02'), article('courier-1', 'Kelvale Courier', text, '2026-03-03')]);
const coverage = againstVariant(variant);
const compare = (statement: string) => answerParsed(coverage, `How did the outlets report that ${statement}?`, { intent: 'compare', statement });
const kinds = (statement: string) => compare(statement).comparison?.differences.map((d) => d.kind);

describe('comparing the versions of a statement in two outlets', () => {
  it('reports a reworded quotation as a wording difference, with the words only each version has, and nothing else', () => {
    const answer = compare('the pier will reopen in time for the summer season');
    expect(answer.found).toBe(true);
    const versions = answer.comparison?.versions ?? [];
    expect(versions.map((v) => v.outlet)).toEqual(['Ostby Post', 'Kelvale Courier']);
    expect(versions.map((v) => v.order)).toEqual([1, 2]);
    expect(versions[0]?.onlyHere).toEqual(expect.arrayContaining(['reopen', 'raise']));
    expect(versions[1]?.onlyHere).toEqual(expect.arrayContaining(['open', 'go']));
    expect(kinds('the pier will reopen in time for the summer season')).toEqual(['wording']);
  });

  it('takes a tense or a number changed in reporting ("faces", "faced") for no other wording', () => {
    const told = inventedCoverage([
      article('gazette-1', 'Ostby Post', '"The council faces a hard choice on the ferry fares this winter," said Mayor Jane Roe.', '2026-03-02'),
      article('courier-2', 'Kelvale Courier', 'Mayor Jane Roe said the council faced a hard choice on the ferry fares this winter.', '2026-03-02'),
    ]);
    const answer = answerParsed(told, 'compare the council faces a hard choice', { intent: 'compare', statement: 'the council faces a hard choice on the ferry fares' });
    expect(answer.comparison?.versions.map((v) => v.onlyHere)).toEqual([[], []]);
    expect(answer.comparison?.differences).toEqual([]);
  });

  it('reports a changed figure as a number difference, with each outlet\'s figure, and nothing else', () => {
    const answer = compare('we will hire new workers for the repairs');
    expect(kinds('we will hire new workers for the repairs')).toEqual(['number']);
    const number = answer.comparison?.differences[0];
    expect(number?.detail).toContain('40 new (Ostby Post)');
    expect(number?.detail).toContain('45 new (Kelvale Courier)');
    expect(number?.ids.sort()).toEqual(['courier-1', 'post-1']);
  });

  it('reports a dropped sentence as an omission by the article that shares the text, and nothing else', () => {
    const answer = compare('the fishing fleet will keep its berths free of charge');
    expect(answer.comparison?.versions.map((v) => v.outlet)).toEqual(['Ostby Post']);
    expect(answer.comparison?.differences).toEqual([expect.objectContaining({ kind: 'omission', ids: ['courier-1'] })]);
  });

  it('reports another attribution of the same words, and nothing else', () => {
    const answer = compare('nobody will lose a sailing because of the repairs');
    expect(kinds('nobody will lose a sailing because of the repairs')).toEqual(['attribution']);
    expect(answer.comparison?.differences[0]?.detail).toMatch(/Jane Roe by Ostby Post; an unnamed source .*harbour official.* by Kelvale Courier/);
  });

  it('reads "one of" as words, not a figure', () => {
    const oneOf = variant.replace('"We will hire 45 new workers for the repairs and most of them will come from Kelvale," Roe said.', '"We will hire 40 new workers for the repairs and most of them will come from Kelvale, one of the biggest crews," Roe said.');
    const two = againstVariant(oneOf);
    const answer = answerParsed(two, 'q', { intent: 'compare', statement: 'we will hire new workers for the repairs' });
    expect(answer.comparison?.differences.map((d) => d.kind)).toEqual(['wording']);
  });

  it('reports nothing for a statement both carry word for word', () => {
    const same = inventedCoverage([article('post-1', 'Ostby Post', original, '2026-03-02'), article('copy-1', 'Kelvale Courier', original, '2026-03-02')]);
    const answer = answerParsed(same, 'q', { intent: 'compare', statement: 'nobody will lose a sailing' });
    expect(answer.comparison?.versions).toHaveLength(2);
    expect(answer.comparison?.differences).toEqual([]);
    expect(answer.comparison?.versions.map((v) => v.order)).toEqual([1, 1]);
  });

  it('says honestly when nothing matches', () => {
    const answer = compare('the moon is made of cheese');
    expect(answer.found).toBe(false);
    expect(answer.comparison).toBeUndefined();
  });
});

describe('a remark in another article where the speaker is quoted', () => {
  const gazette = (third: string) => inventedCoverage([
    article('post-1', 'Ostby Post', original, '2026-03-02'),
    article('courier-1', 'Kelvale Courier', variant, '2026-03-03'),
    article('gazette-1', 'Springfield Gazette', [
      'Kelvale will repaint its lighthouse this spring, and the works start in April.',
      '"The lighthouse is our pride and it deserves care," said Mayor Jane Roe.',
      third,
    ].join('\n\n'), '2026-03-04'),
  ]);
  const versionIn = (third: string) => answerParsed(gazette(third), 'q', { intent: 'compare', statement: 'the pier will reopen in time for the summer season' })
    .comparison?.versions.find((v) => v.id === 'gazette-1');

  it('is a version where a sentence names the speaker saying it', () => {
    expect(versionIn('Roe also repeated at the quay that the pier will reopen for the summer season with the fares as they are.')).toMatchObject({ speaker: 'Jane Roe' });
  });

  it('is no version in narration that names no one saying it, though the sentence before quotes the speaker', () => {
    expect(versionIn('On the quay, the pier and the summer season fares were all anyone spoke about, while the painters set up.')).toBeUndefined();
  });
});

describe('what is not a version', () => {
  it('is not a sentence of another speaker\'s statement, though the speaker is quoted in that article', () => {
    const post = article('post-1', 'Ostby Post', 'Ferry plans\n\n"The northern ferry will sail through the winter months without a break," said Mayor Jane Roe.', '2026-03-02');
    const courier = article('courier-1', 'Kelvale Courier', [
      '"Parking fees at the quay will stay as they are," said Mayor Jane Roe.',
      'Tom Varga said it was false that the northern ferry would sail through the winter months without a break.',
    ].join('\n\n'), '2026-03-03');
    const answer = answerParsed(inventedCoverage([post, courier]), 'q', { intent: 'compare', statement: 'the northern ferry will sail through the winter' });
    expect(answer.comparison?.versions.map((v) => v.id)).toEqual(['post-1']);
  });

  it('is an omission still when a copy holds the words only in doubt ("nobody knows whether ...")', () => {
    const doubted = variant.replace('Ferry services to Ostby will run from the south quay', 'Nobody knows whether the fishing fleet will keep its berths free of charge until the works are done. Ferry services to Ostby will run from the south quay');
    const two = againstVariant(doubted);
    const answer = answerParsed(two, 'q', { intent: 'compare', statement: 'the fishing fleet will keep its berths free of charge' });
    expect(answer.comparison?.differences.map((d) => d.kind)).toEqual(['omission']);
  });

  it('is not an omission when a copy carries the words with no one named: that is an attribution difference', () => {
    const bare = variant.replace('"Nobody will lose a sailing because of the repairs to the old pier," a harbour official said.', 'Nobody will lose a sailing because of the repairs to the old pier.');
    const two = againstVariant(bare);
    const answer = answerParsed(two, 'q', { intent: 'compare', statement: 'nobody will lose a sailing because of the repairs' });
    expect(answer.comparison?.differences.map((d) => d.kind)).toEqual(['attribution']);
    expect(answer.comparison?.differences[0]?.detail).toBe('Attributed to Jane Roe by Ostby Post; no one named by Kelvale Courier.');
  });
});

describe('a coverage too large to read every article for copies', () => {
  it('compares without reading every article, says copies were not looked for, and tells no omission', () => {
    const large = { ...coverage, articleCount: 60_000, articles: () => { throw new Error('every article read'); } };
    const answer = answerParsed(large, 'q', { intent: 'compare', statement: 'the fishing fleet will keep its berths free of charge' });
    expect(answer.comparison?.copiesLooked).toBe(false);
    expect(answer.comparison?.differences).toEqual([]);
    expect(answer.answer).toContain('copies of the articles that leave it out are not looked for');
  });
});

describe('asking for a comparison', () => {
  it('reads "how did the outlets report that ..." and "compare ..." as a comparison, and "report on ..." as coverage', () => {
    expect(parseQuestion('how did the outlets report that the pier will reopen')).toMatchObject({ intent: 'compare', statement: 'the pier will reopen' });
    expect(parseQuestion('How did the media report the fares remark?')).toMatchObject({ intent: 'compare', statement: 'fares' });
    expect(parseQuestion('compare the statement that nobody will lose a sailing')).toMatchObject({ intent: 'compare', statement: 'nobody will lose a sailing' });
    expect(parseQuestion('how did the media report on the pier')).toMatchObject({ intent: 'coverage' });
    expect(answerQuestion(coverage, 'how did the outlets report that we will not raise the fares').comparison?.versions).toHaveLength(2);
  });
});

describe('figures and clauses', () => {
  it('finds figures as written, ranges and their words included', () => {
    expect(figuresIn('within five or six kilometers (three to four miles) of Kelvale')).toEqual(['five or six kilometers', 'three to four miles']);
    expect(figuresIn('a 40-nation alliance met')).toEqual(['40-nation']);
  });

  it('keeps the clause of a sentence that holds the remark\'s word', () => {
    const text = 'According to Roe the board agreed that the works would start soon and confirmed earlier reports that the pier will close in May';
    const clause = clauseHolding(text, (word) => word === 'pier');
    expect(text.slice(clause.start, clause.end)).toBe('the pier will close in May');
  });
});

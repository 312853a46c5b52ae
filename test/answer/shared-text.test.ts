/** What a listed article shares with others: one file twice, a wire's text, a rewrite (an invented coverage). */
import { describe, expect, it } from 'vitest';
import { answerParsed, answerQuestion } from '../../src/answer/answer.js';
import { parseQuestion } from '../../src/answer/intent.js';
import { sharesWith } from '../../src/answer/shared-text.js';
import { templates } from '../../src/answer/templates.js';
import type { ArticleListing } from '../../src/answer/types.js';
import { copiesCoverage } from './invented-copies.js';

const answer = answerQuestion(copiesCoverage(), 'List the sources');
const listed = (id: string): ArticleListing | undefined => answer.articles?.find((a) => a.id === id);

describe('the sources, with the text they share', () => {
  it('says two files of one article are the same article', () => {
    expect(listed('gazette-1')?.shares?.[0]).toEqual({ id: 'gazette-1-saved', outlet: 'Springfield Gazette', share: 1, sameArticle: true, wire: null });
    expect(templates.sharedText(listed('gazette-1')?.shares ?? [])).toMatch(/^same article as gazette-1-saved \(Springfield Gazette\); /);
  });

  it('says an outlet carries a wire\'s text, as another outlet crediting that wire does', () => {
    const shares = listed('post-7')?.shares ?? [];
    expect(shares.find((s) => s.id === 'courier-3')).toMatchObject({ wire: 'Freedonia Press', share: 1 });
    expect(templates.sharedText(shares)).toMatch(/^carries Freedonia Press's text, as Kelvale Courier does; /);
  });

  it('says how much of its text a rewrite shares, counted exactly', () => {
    const shares = listed('herald-2')?.shares ?? [];
    expect(shares.map((s) => s.id).sort()).toEqual(['courier-3', 'gazette-1', 'gazette-1-saved', 'post-7']);
    expect(shares.every((s) => !s.sameArticle && s.wire === null && s.share > 0.6 && s.share < 0.7)).toBe(true);
    expect(templates.sharedText(shares)).toBe('shares 66% of its text with Kelvale Courier (courier-3); shares 66% of its text with Springfield Gazette (gazette-1); shares 66% of its text with Springfield Gazette (gazette-1-saved); shares 66% of its text with Ostby Post (post-7)');
  });

  it('lists nothing for an article of its own, and says it in the answer text', () => {
    expect(listed('post-8')?.shares).toBeUndefined();
    expect(answer.answer).toContain('- Acme Herald: Winter ferry news [herald-2] — shares 66% of its text with Kelvale Courier (courier-3)');
  });

  it('finds the shares of a page\'s articles among the whole coverage, not the page alone', () => {
    const page = answerParsed(copiesCoverage(), 'List the sources', parseQuestion('List the sources'), { from: 4, count: 1 });
    expect(page.articles?.map((a) => a.id)).toEqual(['herald-2']);
    expect(page.articles?.[0]?.shares).toHaveLength(4);
  });
});

describe('sharesWith', () => {
  const wire = 'The harbour board said the Kelvale ferry will run all winter for the first time, and that crews will work two shifts each day until the ice on the northern crossing melts in the spring.';
  it('keeps a pair sharing half the shorter text, and no pair of two stories', () => {
    const own = 'Tom Varga said the Ostby bridge will close for repairs in May and that drivers will use the old road by the river for the summer months.';
    expect(sharesWith({ id: 'a', outlet: 'Ostby Post', wires: [], text: wire }, [{ id: 'b', outlet: 'Acme Herald', wires: [], text: own }])).toEqual([]);
    const longer = `${wire} ${own}`;
    expect(sharesWith({ id: 'a', outlet: 'Ostby Post', wires: ['AP'], text: wire }, [{ id: 'b', outlet: 'Acme Herald', wires: ['AP'], text: longer }])).toEqual([{ id: 'b', outlet: 'Acme Herald', share: 1, sameArticle: false, wire: 'AP' }]);
  });

  it('names a shared wire only between two outlets', () => {
    expect(sharesWith({ id: 'a', outlet: 'Ostby Post', wires: ['AP'], text: wire }, [{ id: 'b', outlet: 'Ostby Post', wires: ['AP'], text: wire }])[0]).toMatchObject({ sameArticle: true, wire: null });
  });
});

describe('templates.sharedText', () => {
  it('names a few and says how many more', () => {
    const shares = Array.from({ length: 7 }, (_, n) => ({ id: `c${n}`, outlet: 'Kelvale Courier', share: 0.8, sameArticle: false, wire: null }));
    expect(templates.sharedText(shares)).toMatch(/shares 80% of its text with Kelvale Courier \(c3\); and with 3 more$/);
  });
});

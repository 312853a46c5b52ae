import { describe, expect, it } from 'vitest';
import { coverage, indexNames } from '../../src/attribution/name-index.js';
import { prepareArticle } from '../../src/corpus/prepare.js';

function names(text: string, quoted: { start: number; end: number }[] = []) {
  const article = prepareArticle({ id: 'x', origin: 'x.txt', text: `A story from Springfield\n\n${text}`, headlineInText: true });
  const offset = article.original.indexOf(text);
  return indexNames(article, quoted.map((q) => ({ start: q.start + offset, end: q.end + offset })));
}

describe('the name index', () => {
  it('separates titles, courtesy words and premodifiers from the name', () => {
    const [mayor, lund] = names('Mayor Jane Roe met Mr. Ed Lund, the club\'s manager, on Monday.');
    expect(mayor).toMatchObject({ name: 'Jane Roe', titles: ['mayor'], titled: true, oblique: false });
    expect(lund).toMatchObject({ name: 'Ed Lund', gender: 'm', titled: true });
    expect(lund?.titles).toContain("club's manager");
  });

  it('keeps a hyphenated word that ends a name as part of it, and drops one that describes the name after it', () => {
    expect(names('Freedonia envoy Han Ji-woo met reporters on Monday.').map((o) => o.name)).toContain('Han Ji-woo');
    expect(names('The Springfield-based Acme Widgets grew.').map((o) => o.name)).toContain('Acme Widgets');
    expect(names('Sales of South Freedonian-made cars rose.').map((o) => o.name)).not.toContain('South Freedonian-made');
  });

  it('ends a name at a full stop, and starts it at a given name after other capitals', () => {
    expect(names('They met in Ill. But Green said no.').map((o) => o.name)).toEqual(['Ill', 'Green']);
    expect(names('The Springfield Herald Jane Roe column ran on Monday.').map((o) => o.name)).toContain('Jane Roe');
  });

  it('marks names after a preposition or "the", names of bodies, and names inside quotations', () => {
    const text = 'The letter from Jane Roe reached the Springfield Water Board. "Tom Varga will decide," it said.';
    const found = names(text, [{ start: text.indexOf('"'), end: text.lastIndexOf('"') + 1 }]);
    expect(found.find((o) => o.name === 'Jane Roe')).toMatchObject({ oblique: true });
    expect(found.find((o) => o.name === 'Springfield Water Board')).toMatchObject({ body: true, determined: true });
    expect(found.find((o) => o.name === 'Tom Varga')).toMatchObject({ quoted: true });
  });

  it('keeps a joined particle at the end of a name', () => {
    expect(names('Commander Ali al-Rashid spoke on Monday.').map((o) => o.name)).toEqual(['Ali al-Rashid']);
  });
});

describe('coverage', () => {
  it('answers whether an offset lies in any span', () => {
    const covers = coverage([{ start: 10, end: 20 }, { start: 15, end: 30 }, { start: 50, end: 60 }]);
    expect([9, 10, 25, 30, 55, 60].map(covers)).toEqual([false, true, true, false, true, false]);
  });
});

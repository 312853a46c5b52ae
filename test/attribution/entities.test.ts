import { describe, expect, it } from 'vitest';
import { EMPTY_CONFIG } from '../../src/attribution/config.js';
import { attributeArticle, attributeCorpus, extendAttributions, mergeAttributions, movesBareSurnames } from '../../src/attribution/index.js';
import { prepareArticle } from '../../src/corpus/prepare.js';

const article = (id: string, body: string) =>
  prepareArticle({ id, origin: `${id}.txt`, text: `Headline of the story\n\n${body}`, headlineInText: true });

describe('speaker entities', () => {
  it('list every article a person spoke in, with ids compared as written', () => {
    const { entities } = attributeCorpus([
      article('report.1', '"The bridge opens in May," Jane Roe said.'),
      article('report1', '"The bridge will be late," Jane Roe said.'),
    ], EMPTY_CONFIG);
    expect(entities.find((e) => e.name === 'Jane Roe')?.articles).toEqual(['report.1', 'report1']);
  });
});

describe('entities extended with more articles', () => {
  const resolvedOf = (id: string, body: string) => attributeArticle(article(id, body), EMPTY_CONFIG);

  it('joins a surname to the earlier full name, keeps earlier entities in place and adds new ones after them', () => {
    const earlier = mergeAttributions([
      resolvedOf('a', '"The ferry runs all winter," said Tom Varga, the mayor.'),
      resolvedOf('b', '"Tickets will cost less," said Jane Roe, the harbour master.'),
    ]).entities;
    const more = [resolvedOf('c', '"The bridge opens in May," Mr Varga said. "It is late," said Lena Ostby, a councillor.')];
    const { entities, grown, statements } = extendAttributions(earlier, more, EMPTY_CONFIG);
    expect(entities.slice(0, earlier.length).map((e) => e.id)).toEqual(earlier.map((e) => e.id));
    expect([...grown]).toEqual(['person:tom varga']);
    expect(entities.find((e) => e.id === 'person:tom varga')?.articles).toEqual(['a', 'c']);
    expect(entities.slice(earlier.length).map((e) => e.name)).toEqual(['Lena Ostby']);
    expect(statements.map((s) => s.speaker.entity)).toEqual(['person:tom varga', 'person:lena ostby']);
    // The same as merging all three at once.
    const all = mergeAttributions([resolvedOf('a', '"The ferry runs all winter," said Tom Varga, the mayor.'), resolvedOf('b', '"Tickets will cost less," said Jane Roe, the harbour master.'), ...more]);
    expect(all.statements.slice(2).map((s) => s.speaker.entity)).toEqual(statements.map((s) => s.speaker.entity));
  });

  it('merges nothing with no earlier entities: the same as merging the articles alone', () => {
    const resolved = [resolvedOf('a', '"We will win," said Ana Lindgren.'), resolvedOf('b', '"Not this year," Lindgren said.')];
    expect(extendAttributions([], resolved, EMPTY_CONFIG).entities).toEqual(mergeAttributions(resolved).entities);
  });

  it('lets an earlier entity no article names any more make no surname ambiguous', () => {
    const earlier = mergeAttributions([
      resolvedOf('a', '"The ferry runs all winter," said Jane Roe, the harbour master.'),
      resolvedOf('b', '"The regatta moves this year," said Mark Roe, a sailor.'),
    ]).entities.map((entity) => (entity.id === 'person:mark roe' ? { ...entity, articles: [] } : entity));
    const { statements } = extendAttributions(earlier, [resolvedOf('c', '"The quay lights stay on," said Ms Roe.')], EMPTY_CONFIG);
    expect(statements.map((s) => s.speaker.entity)).toEqual(['person:jane roe']);
  });
});

describe('bare surnames that more articles would move', () => {
  const resolvedOf = (id: string, body: string) => attributeArticle(article(id, body), EMPTY_CONFIG);
  const earlier = mergeAttributions([
    resolvedOf('a', '"The ferry runs all winter," said Tom Varga, the mayor.'),
    resolvedOf('b', '"The clock will be repaired," said Mr Varga.'),
    resolvedOf('c', '"Tickets will cost less," said Jane Roe, the harbour master.'),
  ]).entities;

  it('are moved by a new person of a surname an earlier one was called by alone', () => {
    expect(movesBareSurnames(earlier, [], [resolvedOf('d', '"The choir sings," said Ida Varga, a teacher.').entities], EMPTY_CONFIG)).toBe(true);
  });

  it('are not moved by the same person again, or by a namesake of someone never called by surname alone', () => {
    expect(movesBareSurnames(earlier, [], [resolvedOf('d', '"The bridge opens," said Tom Varga.').entities], EMPTY_CONFIG)).toBe(false);
    expect(movesBareSurnames(earlier, [], [resolvedOf('d', '"Fares rise," said Ann Roe, a driver.').entities], EMPTY_CONFIG)).toBe(false);
  });

  it('are moved when one of two namesakes goes while the bare surname stands alone', () => {
    const both = mergeAttributions([
      resolvedOf('a', '"The ferry runs all winter," said Tom Varga, the mayor.'),
      resolvedOf('b', '"The choir sings," said Ida Varga, a teacher.'),
      resolvedOf('c', '"The clock will be repaired," said Mr Varga.'),
    ]).entities;
    const [ida, left] = [both.filter((e) => e.name === 'Ida Varga'), both.filter((e) => e.name !== 'Ida Varga')];
    expect(left.some((e) => e.name === 'Varga')).toBe(true);
    expect(movesBareSurnames(left, ida, [], EMPTY_CONFIG)).toBe(true);
    expect(movesBareSurnames(left, [], [], EMPTY_CONFIG)).toBe(false);
  });
});

describe('bare surnames and namesakes already known', () => {
  const resolvedOf = (id: string, body: string) => attributeArticle(article(id, body), EMPTY_CONFIG);
  it('are not moved by an article naming again one of two namesakes known, or a third', () => {
    const earlier = mergeAttributions([
      resolvedOf('a', '"The ferry runs all winter," said Tom Varga, the mayor. Varga said it would be late.'),
      resolvedOf('b', '"The choir sings," said Ida Varga, a teacher.'),
    ]).entities;
    expect(movesBareSurnames(earlier, [], [resolvedOf('c', '"The school opens," said Ida Varga.').entities], EMPTY_CONFIG)).toBe(false);
    expect(movesBareSurnames(earlier, [], [resolvedOf('c', '"Fares rise," said Piet Varga, a driver.').entities], EMPTY_CONFIG)).toBe(false);
  });
});

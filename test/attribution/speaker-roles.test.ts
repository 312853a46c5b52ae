import { describe, expect, it } from 'vitest';
import { EMPTY_CONFIG } from '../../src/attribution/config.js';
import { attributeCorpus } from '../../src/attribution/index.js';
import { samePerson } from '../../src/attribution/names.js';
import { prepareArticle } from '../../src/corpus/prepare.js';

const article = (id: string, paragraphs: string[]) =>
  prepareArticle({ id, origin: `${id}.txt`, text: `A story from Springfield\n\n${paragraphs.join('\n\n')}`, headlineInText: true });

/** The roles of each named speaker of invented articles, by name. */
function rolesOf(...articles: string[][]): Record<string, string[]> {
  const { entities } = attributeCorpus(articles.map((paragraphs, index) => article(`story${index}`, paragraphs)), EMPTY_CONFIG);
  return Object.fromEntries(entities.filter((e) => e.name !== null).map((e) => [e.name, e.roles]));
}

describe('the roles recorded with a named speaker', () => {
  it('take a body named before the title and the lower-case words between', () => {
    expect(rolesOf(['Acme finance director Jane Roe said the plant would close.'])['Jane Roe']).toEqual(['Acme finance director']);
    expect(rolesOf(['Speaking in Ostby, FRC regional sales director Tom Varga told reporters: "We will sell more."'])['Tom Varga']).toEqual(['FRC regional sales director']);
  });

  it('keep a lone title word when no body is named before it', () => {
    expect(rolesOf(['In Springfield the water chief Tom Varga said the pipes were old.'])['Tom Varga']).toEqual(['chief']);
  });

  it('take an appositive opened by a role noun in lower case, before or after the verb', () => {
    expect(rolesOf(['Tom Varga, spokesman for ferry firm Ostby Lines, said: "We sail at noon."'])['Tom Varga']).toEqual(['spokesman for ferry firm Ostby Lines']);
    expect(rolesOf(['"We sail at noon," said Ann Lund, head of research at Ostby Lines.'])['Ann Lund']).toEqual(['head of research at Ostby Lines']);
  });

  it('keep a title written before the name and add the appositive after it', () => {
    expect(rolesOf(['Major Jane Roe, a spokeswoman for the Freedonian army, said the road was open.'])['Jane Roe']).toEqual(['Major', 'a spokeswoman for the Freedonian army']);
    expect(rolesOf(['"It is late," said Captain Ann Lund, the harbour master at Kelvale.'])['Ann Lund']).toEqual(['Captain', 'the harbour master at Kelvale']);
  });

  it('leave out an appositive cut short by the name of the title it ends with', () => {
    expect(rolesOf(['"We wait," said Jane Roe, adviser to Acme\'s chair, Tom Varga.'])['Jane Roe']).toEqual([]);
    expect(rolesOf(['"We go," said Ann Lund, a lawyer with Ostby, Lindgren and Co.'])['Ann Lund']).toEqual(['a lawyer with Ostby']);
  });

  it('never take a clause after the comma, nor a small word of a title, as a role', () => {
    expect(rolesOf(['According to Jane Roe of Ostby Magazine, the new law will help the ferries.'])['Jane Roe']).toEqual(['of Ostby Magazine']);
    expect(rolesOf(['Tom Varga, of brokers Acme, said the bid was fair.'])['Tom Varga']).toEqual([]);
    expect(rolesOf(['Ed Ruiz, a banker who has advised Acme, said the bid was fair.'])['Ed Ruiz']).toEqual(['a banker who has advised Acme']);
  });

  it('take a title set after the full name between commas where the person does not speak', () => {
    expect(rolesOf(['Jane Roe, the mayor of Springfield, opened the bridge on Monday.', 'Crowds cheered.', '"It is a great day," Roe said.'])['Jane Roe']).toEqual(['mayor of Springfield']);
    expect(rolesOf(['The pitch suited United boss Tom Varga on Monday.', '"It is a great day," Varga said.'])['Tom Varga']).toEqual([]);
  });

  it('are not joined across a given name and another one letter longer', () => {
    expect(samePerson('Paul Roe', 'Paula Roe')).toBe(false);
    expect(samePerson('Tom Roe', 'Tommaso Roe')).toBe(true);
    const roles = rolesOf(['"Profits rose," Time Lindgren said.'], ['Tim Lindgren, spokesman for Acme, said: "The flaw is fixed."']);
    expect(roles['Tim Lindgren']).toEqual(['spokesman for Acme']);
  });
});

import { describe, expect, it } from 'vitest';
import { fieldsFound, fieldText, fieldValue } from '../../src/corpus/field-names.js';
import { recordArticle } from '../../src/corpus/record-article.js';
import type { LoadWarning } from '../../src/corpus/types.js';

describe('fieldText and fieldValue', () => {
  it('take the first name of a kind that holds a value, our own first', () => {
    expect(fieldText({ content: 'second', body: 'first' }, 'body')).toBe('first');
    expect(fieldText({ body: '  ', maintext: 'Roe said so.' }, 'body')).toBe('Roe said so.');
  });

  it('keep a body as written, and trim other values', () => {
    expect(fieldText({ text: ' Roe said so.\n' }, 'body')).toBe(' Roe said so.\n');
    expect(fieldValue({ title: '  Ferry fares stay ' }, 'headline')).toBe('Ferry fares stay');
  });

  it('read a name in any case, a list of names, an object by its name and a number', () => {
    expect(fieldValue({ Title: 'Ferry' }, 'headline')).toBe('Ferry');
    expect(fieldValue({ authors: ['Mira Holt', ' ', 'Tom Orme'] }, 'byline')).toBe('Mira Holt, Tom Orme');
    expect(fieldValue({ source: { id: null, name: 'Ostby Herald' } }, 'outlet')).toBe('Ostby Herald');
    expect(fieldValue({ id: 77 }, 'id')).toBe('77');
  });

  it('list the fields that hold something', () => {
    expect(fieldsFound({ title: 'x', summary: 'y', empty: '', url: 'z', nothing: null })).toBe('title, summary, url');
    expect(fieldsFound({})).toBe('none');
  });
});

describe('recordArticle', () => {
  const place = { file: 'x.csv', fileId: 'x', line: 7, unit: 'row' } as const;

  it('gives a record with no id the file\'s and its line', () => {
    expect(recordArticle({ title: 'Roe visits', maintext: 'Roe said so.' }, place, [])).toMatchObject({ id: 'x#7', origin: 'x.csv:7', text: 'Roe said so.', known: { headline: 'Roe visits' } });
  });

  it('marks a NewsAPI content cut short as a summary, its marker left out; text that only mentions chars is kept', () => {
    expect(recordArticle({ content: 'Roe said so. More … [+1873 chars]' }, place, [])).toMatchObject({ text: 'Roe said so. More', known: { summaryOnly: true } });
    expect(recordArticle({ content: 'The sign read [+5 chars] in red.' }, place, [])?.known?.summaryOnly).toBeUndefined();
  });

  it('warns of a record with no body, naming its fields', () => {
    const warnings: LoadWarning[] = [];
    expect(recordArticle({ id: 'a4', title: 'x', summary: 'y', url: 'z' }, place, warnings)).toBeNull();
    expect(warnings).toEqual([{ file: 'x.csv', line: 7, message: 'article "a4": no body text (body, text, content, maintext or article); fields found: id, title, summary, url; row skipped' }]);
  });

  it('reads an explicit summaryOnly flag', () => {
    expect(recordArticle({ body: 'Roe said so.', summaryOnly: true }, place, [])?.known?.summaryOnly).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { kinOf, singular } from '../../src/language/kin-nouns.js';
import { amountsIn, countsIn, distancesIn, durationsIn } from '../../src/language/quantities.js';

const countries = kinOf('countries', 'how many countries met');
const counted = (sentence: string, nouns = countries): { text: string; value: string }[] => countsIn(sentence, nouns).map(({ text, value }) => ({ text, value }));

describe('singular and kinOf', () => {
  it('makes the common plurals singular', () => {
    expect(['countries', 'nations', 'churches', 'people', 'boss', 'bus'].map(singular)).toEqual(['country', 'nation', 'church', 'person', 'boss', 'bus']);
  });

  it('gives a noun its kin, or itself alone', () => {
    expect(kinOf('countries').has('nation')).toBe(true);
    expect(kinOf('states').has('country')).toBe(true);
    expect([...kinOf('ferries')]).toEqual(['ferry']);
  });
});

describe('countsIn', () => {
  it('finds a number before the noun or its kin, a few lower-case words apart', () => {
    expect(counted('Ministers of 12 nations met in Springfield.')).toEqual([{ text: '12 nations', value: '12' }]);
    expect(counted('Jane Roe met 11 other ministers on Monday.')).toEqual([{ text: '11 other ministers', value: '11 others' }]);
    expect(counted('Ministers of five or six countries came.')).toEqual([{ text: 'five or six countries', value: '5-6' }]);
    expect(counted('A dozen nations signed.')).toEqual([{ text: 'A dozen nations', value: '12' }]);
  });

  it('reads a number joined to its noun, with a hyphen or with none left', () => {
    expect(counted('The 40-nation alliance met in Kelvale.')).toEqual([{ text: '40-nation', value: '40' }]);
    expect(counted('the 13state coalition that met in Ostby')).toEqual([{ text: '13-state', value: '13' }]);
  });

  it('counts nothing else: other nouns, a name between, a year', () => {
    expect(counted('The 12 ferries left Kelvale.')).toEqual([]);
    expect(counted('Some 12 Freedonian nations.')).toEqual([]);
    expect(counted('In 2016 countries met in Ostby.')).toEqual([]);
  });

  it('reads a death toll from its verb', () => {
    expect(counted('At least 30 people were killed in Kelvale.', kinOf('dead'))).toEqual([{ text: '30 people were killed', value: '30' }]);
  });
});

describe('distances, amounts and durations', () => {
  it('reads distances with their unit, ranges included', () => {
    expect(distancesIn('within five or six kilometers (three to four miles) of Kelvale, 6 kilometres away, 12km off').map((q) => q.value)).toEqual(['5-6 km', '3-4 mile', '6 km', '12 km']);
  });

  it('reads amounts of money and durations', () => {
    expect(amountsIn('a $1.2 billion plan and 500 million euros, €40m').map((q) => q.value)).toEqual(['$1.2 billion', '500 million euro', '€40 million']);
    expect(durationsIn('for three weeks, two to three months, a 10-day closure').map((q) => q.value)).toEqual(['3 week', '2-3 month', '10 day']);
  });
});

describe('counts that are names, and kin that meet', () => {
  it('reads no count in a number word with a capital inside a sentence ("the Group of Seven statement")', () => {
    expect(countsIn('Ministers backed the Group of Seven statement on Monday.', new Set(['statement']))).toEqual([]);
    const people = new Set(['person']);
    for (const sentence of ['"Five people died," he said.', 'He said: "Twelve people died."', '(Ten people were hurt.)']) expect(countsIn(sentence, people), sentence).toHaveLength(1);
  });

  it('lets representatives stand for countries only where the question asks about countries meeting', () => {
    expect(kinOf('countries', 'how many countries met in Ostby').has('minister')).toBe(true);
    expect(kinOf('countries', 'how many countries belong to the alliance').has('minister')).toBe(false);
    expect(kinOf('countries', 'how many countries belong to the alliance').has('nation')).toBe(true);
  });
});

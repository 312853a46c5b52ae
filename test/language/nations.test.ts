/** The list of nations: a country, its adjective and its people, every form leading to all of them. */
import { describe, expect, it } from 'vitest';
import { nationForms } from '../../src/language/nations.js';

describe('nationForms', () => {
  it.each([
    ['norwegians', 'norway'],
    ['Dutch', 'netherlands'],
    ['Swiss', 'switzerland'],
    ['south koreans', 'south korea'],
    ['New Zealanders', 'new zealand'],
    ["Norway's", 'norwegian'],
    ['U.S.', 'american'],
    ['Britons', 'british'],
  ])('leads %s to %s', (form, other) => {
    expect(nationForms(form)?.has(other)).toBe(true);
  });

  it('knows no nation in a word that is none', () => {
    expect(nationForms('ministers')).toBeNull();
    expect(nationForms('freedonians')).toBeNull();
  });

  it('keeps apart nations that share no form', () => {
    expect(nationForms('austrians')?.has('australia')).toBe(false);
    expect(nationForms('nigerians')?.has('niger')).toBe(false);
  });
});

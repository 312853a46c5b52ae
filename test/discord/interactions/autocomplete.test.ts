import { describe, expect, it } from 'vitest';
import { speakerChoices } from '../../../src/discord/interactions/autocomplete.js';
import { inventedArticle as article, inventedCoverage } from '../../answer/invented-coverage.js';

const coverage = inventedCoverage([
  article('k1', 'Ostby Post', '"Tolls stay," said Jane Roe, the mayor of Springfield.\n\n"The pier is safe," said Tom Varga, a councillor.'),
  article('k2', 'Springfield Gazette', '"Fares rise in spring," said Jane Roe.\n\n"Ferries run," said Nora Quill.\n\n"Roads close at dusk," an official said.'),
  article('k3', 'Kelvale Courier', '"The museum opens in May," said Émile Zola, a curator.\n\n"Boats wait," said Ana Brek.'),
]);

describe('the speaker autocomplete box', () => {
  it('offers, empty, the named speakers quoted most, ties in the speakers\' order (a merge lists them by name), and no anonymous source', () => {
    expect(speakerChoices(coverage, '').map((choice) => choice.value)).toEqual(['Jane Roe', 'Ana Brek', 'Émile Zola', 'Nora Quill', 'Tom Varga']);
    expect(speakerChoices(coverage, '')[0]?.name).toBe('Jane Roe — the mayor of Springfield');
  });

  it('offers the speakers a typed name finds', () => {
    expect(speakerChoices(coverage, 'Vargo').map((choice) => choice.value)).toEqual(['Tom Varga']);
  });
});

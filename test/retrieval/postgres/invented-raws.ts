/**
 * Invented articles as a corpus reader gives them (RawArticle): made-up
 * people, places and outlets, with statements shared across articles so the
 * corpus-wide merge has something to merge.
 */
import type { RawArticle } from '../../../src/corpus/prepare.js';

export function inventedRaw(id: string, outlet: string, body: string, published = '2026-03-01'): RawArticle {
  return { id, origin: `${id}.txt`, text: `Springfield news\n\n${body}`, headlineInText: true, known: { outlet, published, url: `https://example.org/${id}` } };
}

export const INVENTED: readonly RawArticle[] = [
  inventedRaw('harbour', 'Kelvale Ledger', [
    '"The harbour wall needs work before the winter storms," Jane Roe, the mayor of Springfield, said on Monday.',
    'Tom Varga, a councillor, disagreed. "We cannot pay for it this year," he told reporters.',
  ].join('\n\n')),
  inventedRaw('budget', 'Ostby Post', [
    'The mayor of Springfield defended the plan. "The harbour wall needs work before the winter storms," said Jane Roe.',
    'A senior official at Acme said the company would bid for the contract.',
  ].join('\n\n'), '2026-03-02'),
  inventedRaw('freedonia', 'Lindgren Times', [
    'Freedonia will send engineers, its ambassador said.',
    '"We are ready to help our neighbours," Thomas Varga said at a meeting in Kelvale.',
  ].join('\n\n'), '2026-03-03'),
  inventedRaw('quiet', 'Kelvale Ledger', 'The council met on Tuesday. Nothing was decided.'),
];

/** The same story with other words: a changed article. */
export const HARBOUR_CHANGED = inventedRaw('harbour', 'Kelvale Ledger', [
  '"The harbour wall must be rebuilt," Jane Roe, the mayor of Springfield, said on Monday.',
  'Tom Varga, a councillor, disagreed.',
].join('\n\n'));

export const OSTBY = inventedRaw('ostby', 'Ostby Post', '"Ostby stands with Springfield," Jane Roe said in a statement.', '2026-03-04');
export const ACME = inventedRaw('acme', 'Acme Wire', 'Acme said in a statement that it would not bid. "The terms are unfair," a spokeswoman for Acme said.', '2026-03-05');
export const NEW_ARTICLES: readonly RawArticle[] = [OSTBY, ACME];

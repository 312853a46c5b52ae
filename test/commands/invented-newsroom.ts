/**
 * An invented newsroom for the transport tests: a mayor quoted often (enough
 * for several pages), a councillor quoted less, two outlets.
 */
import type { Article } from '../../src/corpus/types.js';
import type { Coverage } from '../../src/retrieval/coverage.js';
import { inventedArticle, inventedCoverage } from '../answer/invented-coverage.js';

const MAYOR_SAYS = [
  'The ferry to Ostby will run every hour from June',
  'Our harbour needs a new breakwater before the winter storms',
  'The library on Elm Street will stay open on Sundays',
  'Bus fares for pupils will be frozen for two more years',
  'The ferry timetable was drawn up with the fishermen',
  'Springfield will plant four hundred oak trees along the river',
  'Council tax will not rise while I am mayor',
  'The old cannery will become a market hall with forty stalls',
  'The ferry crews deserve a proper pay rise this spring',
  'Every school in Springfield will get a nurse by autumn',
  'The tram line to Kelvale is a promise I intend to keep',
  'We found the money for the bridge repairs in the reserves',
  'The night buses will carry on through the summer festival',
];

const COUNCILLOR_SAYS = [
  'The breakwater plan is far too expensive for a town this size',
  'Nobody asked the fishermen about the ferry timetable',
];

export function inventedNewsroom(): Article[] {
  const articles: Article[] = [];
  MAYOR_SAYS.forEach((statement, i) => {
    const outlet = i % 2 === 0 ? 'Ostby Post' : 'Kelvale Ledger';
    articles.push(inventedArticle(`mayor-${i}`, outlet, `"${statement}," Jane Roe, the mayor of Springfield, said on Tuesday.`, `2026-03-${String(10 + i).padStart(2, '0')}`));
  });
  COUNCILLOR_SAYS.forEach((statement, i) => {
    articles.push(inventedArticle(`councillor-${i}`, 'Ostby Post', `"${statement}," said Tom Varga, a councillor in Springfield.`, `2026-04-0${i + 1}`));
  });
  return articles;
}

export function inventedNewsroomCoverage(): Coverage {
  return inventedCoverage(inventedNewsroom());
}

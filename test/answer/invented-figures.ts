/** An invented coverage of a meeting and an advance, whose outlets give different figures. */
import type { Coverage } from '../../src/retrieval/coverage.js';
import { inventedArticle, inventedCoverage } from './invented-coverage.js';

export function figuresCoverage(): Coverage {
  return inventedCoverage([
    inventedArticle('gazette-1', 'Springfield Gazette', 'Defence ministers of 12 nations met in Kelvale on Tuesday to plan the advance.\n\nThe talks lasted all day, Jane Roe said.'),
    inventedArticle('post-1', 'Ostby Post', 'Jane Roe met 11 other ministers in Kelvale on Tuesday.\n\nThe Freedonian army is 6 kilometres from Ostby, officials said.', '2026-03-04'),
    inventedArticle('courier-1', 'Kelvale Courier', 'The 40-nation alliance met in Kelvale to plan the next steps.\n\nTom Varga said the talks went well.'),
    inventedArticle('herald-1', 'Acme Herald', '"We have advanced to within five or six kilometers (three to four miles) of Ostby," said Nora Quill of the Freedonian army.'),
    inventedArticle('herald-2', 'Acme Herald', 'Ferries sailed from Springfield twice a day, and 30 ferries were ready.'),
  ]);
}

/** Two outlets that give one distance. */
export function agreeingCoverage(): Coverage {
  return inventedCoverage([
    inventedArticle('post-2', 'Ostby Post', 'The Freedonian army is 6 kilometres from Ostby, officials said.'),
    inventedArticle('courier-2', 'Kelvale Courier', 'Freedonian troops stood six km from Ostby on Monday.'),
  ]);
}

/**
 * An invented coverage of copies: one file saved twice, a wire story two
 * outlets carry (both crediting the wire), an outlet that rewrote a little
 * of it without a credit, and a story of its own.
 */
import { prepareArticle } from '../../src/corpus/prepare.js';
import type { Coverage } from '../../src/retrieval/coverage.js';
import { inventedCoverage } from './invented-coverage.js';

const FERRY = [
  'The Kelvale ferry will run all winter for the first time in a decade, the harbour board said on Tuesday.',
  'Board chair Nora Quill said the new hull could break thin ice on the northern crossing without help.',
  '"The crossing stays open every day of the year," said Nora Quill, who has led the board since the spring.',
  'Crews will work in two shifts and the first sailing will leave Kelvale at six in the morning.',
  'Fares stay the same until March, when the board will look again at the cost of fuel and wages.',
  'Residents of the islands had asked for a winter service for years, and a petition gathered many names.',
  'The board expects about four hundred passengers a day in the coldest weeks of January and February.',
  'A second boat will stand by in the Springfield yard in case the first one needs repairs.',
];

/** The ferry story with its last three sentences told in other words: about two thirds of it is the wire's. */
const REWRITTEN = [
  ...FERRY.slice(0, 5),
  'Islanders have long pressed for boats in the cold months, and signed a petition to that end.',
  'Officials think roughly 400 people will travel daily during the harshest part of the season.',
  'A spare vessel is being kept ready at a nearby shipyard should repairs be needed.',
];

const BRIDGE = [
  'The Ostby bridge will close for repairs on May 3, the city engineer Tom Varga said on Monday.',
  'Drivers will be sent over the old road by the river, which adds about ten minutes to a trip.',
  '"We have waited long enough to fix the deck," said Tom Varga at a meeting of the council.',
  'The work is paid for by the state and should be done before the school year starts in autumn.',
  'Shops near the bridge said they feared losing customers during the summer months of the repairs.',
];

function article(id: string, outlet: string, sentences: readonly string[], wires: string[] = []): ReturnType<typeof prepareArticle> {
  return prepareArticle({ id, origin: `${id}.txt`, headlineInText: true, text: `Winter ferry news\n\n${sentences.join(' ')}`, known: { outlet, wires } });
}

/** gazette-1 and gazette-1-saved: one file twice; post-7 and courier-3: the wire's text, both crediting Freedonia Press; herald-2 rewrote some; post-8 is its own. */
export function copiesCoverage(): Coverage {
  return inventedCoverage([
    article('gazette-1', 'Springfield Gazette', FERRY),
    article('gazette-1-saved', 'Springfield Gazette', FERRY),
    article('post-7', 'Ostby Post', FERRY.slice(0, 7), ['Freedonia Press']),
    article('courier-3', 'Kelvale Courier', FERRY.slice(0, 7), ['Freedonia Press']),
    article('herald-2', 'Acme Herald', REWRITTEN),
    article('post-8', 'Ostby Post', BRIDGE),
  ]);
}

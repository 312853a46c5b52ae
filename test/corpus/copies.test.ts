import { describe, expect, it } from 'vitest';
import { COPY_AGREEMENT, sharedPairs, storiesOf } from '../../src/corpus/copies.js';
import { decodeSignature, encodeSignature, signatureAgreement, storySignature, textSignature } from '../../src/corpus/text-signature.js';

const WIRE = [
  'KELVALE, March 2 - The Kelvale harbour will reopen to fishing boats in the spring after two years of repairs, the harbour authority said on Monday.',
  '"We have rebuilt the north wall and dredged the channel, and the crews can come home," said Nora Quill, who runs the harbour.',
  'The storm of two winters ago tore a hole in the breakwater and sank three trawlers at their moorings.',
  'Since then the fleet has landed its catch at Springfield, forty kilometres along the coast.',
  'The repairs cost 14 million crowns, two thirds of it from the Freedonia fisheries fund.',
  'Tom Varga, the Kelvale mayor, said the town had lost a fish market, two cafes and a chandler while the harbour was shut.',
  '"Every shop on the quay felt it," he said.',
  'The authority expects the first boats to tie up in April, once the new pontoons are bolted in place.',
  'Crews who moved to Springfield will be offered their old berths at last year\'s fees.',
  'Environmental groups said they would watch the dredging closely for damage to the seagrass beds at the harbour mouth.',
];

const OTHER = [
  'Kelvale council voted on Tuesday to sell the old fish market on the harbour front to a hotel group.',
  'Tom Varga, the mayor, said the sale would pay for a new lifeboat station and a playground.',
  '"The market has stood empty since the storm, and the town cannot keep an empty building," he told the council.',
  'Nora Quill of the harbour authority said fishing crews wanted a market of their own back.',
  'The hotel group plans sixty rooms and a restaurant, and hopes to open in two years.',
  'Opponents said the quay would lose its working character.',
];

const story = (sentences: readonly string[]): string => sentences.join(' ');

describe('textSignature', () => {
  it('agrees on most slots for a trimmed, retitled copy, and on almost none for another story on the topic', () => {
    const original = textSignature(story(WIRE));
    const trimmed = textSignature(`Harbour to reopen in spring. ${story([...WIRE.slice(0, 6), ...WIRE.slice(8)])} (Reporting by the Kelvale Courier)`);
    expect(signatureAgreement(original, trimmed)).toBeGreaterThanOrEqual(COPY_AGREEMENT);
    expect(signatureAgreement(original, textSignature(story(OTHER)))).toBeLessThan(0.2);
  });

  it('is stored in 344 characters and compares as before', () => {
    const [original, copy, other] = [story(WIRE), story(WIRE.slice(0, 8)), story(OTHER)].map(textSignature) as [number[], number[], number[]];
    const stored = encodeSignature(original);
    expect(stored).toHaveLength(344);
    expect(signatureAgreement(decodeSignature(stored), decodeSignature(encodeSignature(copy)))).toBe(signatureAgreement(original, copy));
    expect(signatureAgreement(decodeSignature(stored), decodeSignature(encodeSignature(other)))).toBeLessThan(0.2);
    expect(decodeSignature('not a signature')).toEqual([]);
  });

  it('signs a story of forty words or more, not a brief', () => {
    expect(storySignature(story(WIRE))).toBe(encodeSignature(textSignature(story(WIRE))));
    expect(storySignature('"The ferry will run all winter," Jane Roe said on Monday in Kelvale.')).toBeNull();
  });

  it('reads a letter beyond U+FFFF as part of its word', () => {
    // Were the two halves of each letter read apart, "𠀀𠀁" would be two words, as "𠀀 𠀁" is.
    expect(textSignature('Jane Roe said 𠀀𠀁 will run all winter')).not.toEqual(textSignature('Jane Roe said 𠀀 𠀁 will run all winter'));
  });

  it('ignores case, punctuation and line breaks', () => {
    expect(signatureAgreement(textSignature(story(WIRE)), textSignature(story(WIRE).toUpperCase().replace(/[.,"]/g, '').replace(/ /g, '\n')))).toBe(1);
  });
});

describe('storiesOf', () => {
  it('counts a wire story carried by three outlets, and a file saved twice, once each', () => {
    const articles = [
      { id: 'courier/harbour', signature: textSignature(story(WIRE)) },
      { id: 'post/council', signature: textSignature(story(OTHER)) },
      { id: 'gazette/harbour-reopens', signature: textSignature(story(WIRE.slice(0, 8))) },
      { id: 'post/council-copy', signature: textSignature(story(OTHER)) },
      { id: 'times/fishing', signature: textSignature(`Fishing returns to Kelvale. ${story(WIRE.slice(1))}`) },
      { id: 'unsigned', signature: null },
    ];
    expect(storiesOf(articles)).toEqual([['courier/harbour', 'gazette/harbour-reopens', 'times/fishing'], ['post/council', 'post/council-copy'], ['unsigned']]);
  });

  it('keeps apart two reports written to one template, with other names and figures', () => {
    const report = (issuer: string, amount: number, manager: string, set: string, paid: string): string =>
      `${issuer} is issuing ${amount} mln Freedonian crowns of convertible notes due June 30, 2031, paying an indicated 1-1/2 pct, lead manager ${manager} said. ` +
      `Terms will be set on ${set} with payment due ${paid}. The notes can be converted into shares from July 1. Listing will be in Kelvale. The notes will be sold in denominations of 5,000 and 100,000 crowns. Fees total 2-1/4 pct.`;
    const articles = [
      { id: 'notes-1', signature: textSignature(report('Acme Holdings Ltd', 120, 'Springfield Securities', 'April 9', 'April 30')) },
      { id: 'notes-2', signature: textSignature(report('Kelvale Shipping Corp', 75, 'Quill and Varga Bank', 'May 14', 'June 2')) },
    ];
    expect(storiesOf(articles)).toEqual([['notes-1'], ['notes-2']]);
  });

  it('keeps different stories apart, however many share a topic', () => {
    const articles = WIRE.map((_, at) => ({ id: `brief-${at}`, signature: textSignature(`${WIRE[at]} ${OTHER[at % OTHER.length]}`) }));
    expect(storiesOf(articles)).toHaveLength(WIRE.length);
  });
});

/** Invented prose of `count` words, the same for the same seed (a long story, or a brief, to nest in one another). */
function prose(count: number, seed: number): string {
  const words = ['harbour', 'ferry', 'council', 'Kelvale', 'Ostby', 'winter', 'crews', 'market', 'bridge', 'tolls', 'mayor', 'said', 'would', 'spring', 'boats', 'pier', 'repairs', 'fund', 'vote', 'town', 'quay', 'storm', 'wall', 'channel', 'fleet', 'catch', 'shops', 'hotel', 'station', 'tram'];
  let state = seed;
  return Array.from({ length: count }, () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return words[Math.floor(state / 65536) % words.length];
  }).join(' ');
}

describe('sharedPairs', () => {
  it('finds a brief found whole inside a long article, and one sharing two thirds of its text with another', () => {
    const brief = prose(300, 7);
    const long = `${prose(700, 11)} ${brief} ${prose(700, 13)}`;
    const twoThirds = `${prose(200, 7)} ${prose(100, 29)}`;
    const other = prose(600, 31);
    const pairs = sharedPairs([{ id: 'long', text: long }, { id: 'brief', text: brief }, { id: 'other', text: other }, { id: 'twoThirds', text: twoThirds }]);
    const found = new Map(pairs.map((pair) => [`${pair.a}|${pair.b}`, pair.shared]));
    expect(found.get('long|brief')).toBe(1);
    expect(found.get('brief|twoThirds')).toBeGreaterThan(0.6);
    expect([...found.keys()].some((key) => key.includes('other'))).toBe(false);
  });
});

describe('storiesOf, thousands of copies of one story', () => {
  it('joins them as one story', () => {
    const signature = textSignature(story(WIRE));
    const copies = Array.from({ length: 3000 }, (_, at) => ({ id: `copy-${at}`, signature }));
    const stories = storiesOf([...copies, { id: 'other', signature: textSignature(story(OTHER)) }]);
    expect(stories.map((group) => group.length)).toEqual([3000, 1]);
  });
});

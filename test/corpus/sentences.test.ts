import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import { MAX_SENTENCE_LENGTH, splitSentences } from '../../src/corpus/sentences.js';

function split(text: string): string[] {
  return splitSentences(text, { start: 0, end: text.length }).map((s) => text.slice(s.start, s.end));
}

const seeds = new Map(loadCorpus().articles.map((article) => [article.id.slice(0, 3), article]));
const sentencesOf = (seed: string): string[] => seeds.get(seed)?.sentences.map((s) => s.text) ?? [];

describe('splitSentences on punctuated text', () => {
  it('does not split after abbreviations, initials or dotted acronyms mid-sentence', () => {
    expect(split('U.S. Defense Secretary Ash Carter met Gen. Smith on Oct. 16 in Washington. He left.')).toEqual([
      'U.S. Defense Secretary Ash Carter met Gen. Smith on Oct. 16 in Washington.',
      'He left.',
    ]);
    expect(split('George W. Bush spoke to Mr. Jones. Then Dr. Who arrived.')).toEqual([
      'George W. Bush spoke to Mr. Jones.',
      'Then Dr. Who arrived.',
    ]);
  });

  it('splits after a dotted acronym when a new sentence clearly starts', () => {
    expect(split('The troops came home to the U.S. The war was over.')).toEqual([
      'The troops came home to the U.S.',
      'The war was over.',
    ]);
  });

  it('keeps decimals and amounts whole', () => {
    expect(split('Profits rose to £4.5bn. Wells Fargo had net income of $6.2bn.')).toEqual([
      'Profits rose to £4.5bn.',
      'Wells Fargo had net income of $6.2bn.',
    ]);
  });

  it('puts closing quotation marks with the sentence they close', () => {
    expect(split('"It will be within weeks." Carter said so. “We will win!” he added.')).toEqual([
      '"It will be within weeks."',
      'Carter said so.',
      '“We will win!” he added.',
    ]);
  });

  it('does not split before a lower-case attribution after a quoted question', () => {
    expect(split('"Why now?" he asked. Nobody answered.')).toEqual(['"Why now?" he asked.', 'Nobody answered.']);
  });

  it('does not split after a unit written short unless a capital follows', () => {
    expect(split('Jane Roe, who lost 9 lbs. “and a belt size” in a year, says it worked. She lost 9 lbs. Then she stopped.')).toEqual([
      'Jane Roe, who lost 9 lbs. “and a belt size” in a year, says it worked.',
      'She lost 9 lbs.',
      'Then she stopped.',
    ]);
  });

  it('splits a year run into the next sentence', () => {
    expect(split('October 25, 2016The siege went on. It was long.')).toEqual([
      'October 25, 2016',
      'The siege went on.',
      'It was long.',
    ]);
  });
});

describe('sentences of the seed articles', () => {
  it('separates the run-together date in 003 and starts at "The siege"', () => {
    const dw = seeds.get('003');
    expect(dw?.furniture.find((f) => f.kind === 'dateline')).toBeDefined();
    expect(sentencesOf('003')[0]).toMatch(/^The siege against Mosul will likely overlap/);
  });

  it('keeps "U.S.-led" and "Oct. 16" inside their sentences', () => {
    expect(sentencesOf('000')[0]).toBe(
      'The U.S.-led coalition against the Islamic State (IS) militant group has announced that it is preparing for the start of an operation to take the Syrian city of Raqqa.',
    );
    expect(sentencesOf('001')).toContain(
      'The Iraqi military, supported by US and coalition air power and military advisers, began the push to retake Mosul on Oct. 16.',
    );
  });

  it('marks sentences that continue a quotation opened earlier', () => {
    const dw = seeds.get('003');
    const continued = dw?.sentences.filter((s) => s.insideQuote).map((s) => s.text) ?? [];
    expect(continued).toContain('Any stronghold represents a threat," he added, referring to the group by its Arabic acronym.');
    // The quotation left open at the end of 003 carries on over its last two sentences.
    expect(continued).toContain('Just like in Aleppo, humanitarian corridors have been set up.');
    expect(dw?.sentences.find((s) => s.text.startsWith('Iraqi forces were'))?.insideQuote).toBe(false);
  });

  it('finds sentence boundaries in 004, which has no punctuation at all', () => {
    const sentences = sentencesOf('004');
    expect(sentences.length).toBeGreaterThanOrEqual(15);
    for (const sentence of sentences) expect(sentence.length).toBeLessThanOrEqual(MAX_SENTENCE_LENGTH);
    expect(sentences).toContain('In an interview with NBC Carter said the assault will start in the next few weeks');
    expect(sentences.some((s) => s.endsWith('said Carter'))).toBe(true);
    expect(sentences.some((s) => s.startsWith('The Kurds another major faction'))).toBe(true);
    expect(sentences.some((s) => s.startsWith('Carter stated that the bulk'))).toBe(true);
    expect(sentences.some((s) => s.startsWith('We do deconflict'))).toBe(true);
  });

  it('never strands a speech verb and its speaker as a sentence of their own in 004', () => {
    for (const sentence of sentencesOf('004')) expect(sentence.split(' ').length).toBeGreaterThanOrEqual(4);
  });
});

describe('unpunctuated text of any length', () => {
  it('cuts a long run with no punctuation into pieces no longer than the limit', () => {
    const words = Array.from({ length: 20_000 }, (_, i) => (i % 7 === 0 ? 'and' : `word${i}`));
    const text = words.join(' ');
    const pieces = splitSentences(text, { start: 0, end: text.length });
    expect(pieces.every((p) => p.end - p.start <= MAX_SENTENCE_LENGTH)).toBe(true);
    expect(pieces.map((p) => text.slice(p.start, p.end)).join(' ')).toBe(text);
  });
});

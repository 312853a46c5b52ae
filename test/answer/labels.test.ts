/** Speaker labels and source names that read well on a corpus with no outlets on record. */
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answer.js';
import { otherNames, profileRoles, speakerLabel, thatClause } from '../../src/answer/templates.js';
import { prepareArticle } from '../../src/corpus/prepare.js';
import { renderText } from '../../src/render/text.js';
import { inventedCoverage } from './invented-coverage.js';

describe('speakerLabel', () => {
  it('puts a role that leads into a name before it, not after it as a fragment', () => {
    expect(speakerLabel({ speaker: 'Acme Ferries', role: 'a spokeswoman for', anonymous: false })).toBe('a spokeswoman for Acme Ferries');
    expect(speakerLabel({ speaker: 'Ostby', role: 'head of', anonymous: false })).toBe('head of Ostby');
    expect(speakerLabel({ speaker: 'Jane Roe', role: 'Springfield Mayor', anonymous: false })).toBe('Jane Roe (Springfield Mayor)');
  });
});

// As a folder of .txt files without sources.json loads: a headline from the first line, no outlet, no link.
const article = (id: string, headline: string, body: string) => prepareArticle({ id, origin: `${id}.txt`, text: `${headline}\n\n${body}`, headlineInText: true, known: {} });

describe('a folder with no outlets on record', () => {
  const coverage = inventedCoverage([
    article('local/001', 'Ferry to run all winter', '"The ferry will run all winter," Jane Roe said.'),
    article('local/002', 'Council backs ferry', '"The ferry will run all winter," said Jane Roe.'),
  ]);

  it('counts articles, never ids as outlets', () => {
    const answer = answerQuestion(coverage, 'how many articles quoted jane roe');
    expect(answer.counted).toEqual({ articles: 2, outlets: 0, copies: 0 });
    expect(answer.answer).toBe('Jane Roe is quoted in 2 articles (no outlets on record).');
  });

  it('names each source by its headline and says where to find it', () => {
    const text = renderText(answerQuestion(coverage, 'who said the ferry will run all winter'));
    expect(text).toContain('“Ferry to run all winter”: article local/001 (no link on record)');
    expect(text).not.toMatch(/^\s*local\/001:/m);
  });

  it('lists the articles by headline and id, never the id as the outlet', () => {
    const answer = answerQuestion(coverage, 'sources');
    expect(answer.answer).toContain('- Ferry to run all winter [local/001]');
  });
});

describe('thatClause', () => {
  it('reads as one clause after "that": no "that that", no capital on a common word, names and "I" kept', () => {
    expect(thatClause('that the ferry will run')).toBe('the ferry will run');
    expect(thatClause('The ferry will run')).toBe('the ferry will run');
    expect(thatClause('It was time to act')).toBe('it was time to act');
    expect(thatClause('Springfield will rebuild the bridge')).toBe('Springfield will rebuild the bridge');
    expect(thatClause('I was right')).toBe('I was right');
  });
});

describe('who is', () => {
  it('gives each role once, no fragment, and only names that are not the name repeated with a title', () => {
    expect(profileRoles(['Mayor', 'the mayor', 'Springfield Mayor', 'a spokesman for Mr', 'harbour master'])).toEqual(['Mayor', 'harbour master']);
    expect(otherNames('Tom Varga', ['Mr Varga', 'Varga', 'Mayor Tom Varga', 'the mayor', 'Thomas Varga', 'Tom Varga'])).toEqual(['Thomas Varga']);
  });

  it('lists the role the statements are shown with most first, and counts outlets instead of listing headlines', () => {
    const coverage = inventedCoverage([
      article('local/001', 'Pier plan', 'Former mayor Jane Roe said the new pier would open in May.'),
      article('local/002', 'Ferry to run', 'Council leader Jane Roe said the ferry would run all winter.'),
      article('local/003', 'Tolls stay', 'Council leader Jane Roe said tolls on the bridge would stay the same.'),
    ]);
    const answer = answerQuestion(coverage, 'who is jane roe');
    expect(answer.speaker?.roles[0]).toBe('Council leader');
    expect(answer.answer).toBe('Jane Roe: Council leader; Former mayor. Quoted 3 times in 3 articles.');
  });
});

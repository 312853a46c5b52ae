/**
 * Speakers named in ways that look like something else: a surname that is a
 * weekday or a modal, a firm's "and Co", a title that is a given name, a
 * role written after the name, a source that only relays, a description
 * opened by two roles. Each on an invented article.
 */
import { describe, expect, it } from 'vitest';
import { EMPTY_CONFIG } from '../../src/attribution/config.js';
import { attributeCorpus } from '../../src/attribution/index.js';
import { inventedArticle, statementsOf } from './invented.js';

/** Each statement of an invented article as [text, shown name]. */
function statements(paragraphs: string[]): [string, string | null][] {
  return statementsOf(paragraphs).map(([text, name]) => [text, name]);
}

/** Each statement's shown name, role and whether it is anonymous. */
function speakers(paragraphs: string[]): [string | null, string | null, boolean][] {
  return attributeCorpus([inventedArticle(paragraphs.join('\n\n'))], EMPTY_CONFIG).statements.map((s) => [s.speaker.name, s.speaker.role, s.speaker.anonymous]);
}

/** The shown name of each statement. */
function names(paragraphs: string[]): (string | null)[] {
  return statementsOf(paragraphs).map(([, name]) => name);
}

describe('names that look like other words', () => {
  it('a weekday right after a given name is a surname ("coach Tom Friday")', () => {
    expect(names(['"We can win the cup," said Springfield rugby coach Tom Friday.'])).toEqual(['Tom Friday']);
    expect(names(['"We are ready," Tom Varga said Friday.'])).toEqual(['Tom Varga']);
  });

  it('a capitalised modal that is a given name is the speaker ("May said")', () => {
    expect(statements(['"The plant is old," said Springfield analyst Tom May.', '"It is doomed," said Jane Roe.', '"It simply has no future," May said.']))
      .toEqual([['The plant is old', 'Tom May'], ['It is doomed', 'Jane Roe'], ['It simply has no future', 'Tom May']]);
  });

  it('a role noun opening the sentence in capitals is no part of the name ("Prosecutor Jane Roe")', () => {
    expect(names(['Prosecutor Jane Ostby Lindgren said the case was weak.', '"We will appeal," Lindgren said.']))
      .toEqual(['Jane Ostby Lindgren', 'Jane Ostby Lindgren']);
  });

  it('a title word that is a given name, in an appositive after the role, is the given name ("Dean Varga")', () => {
    expect(names(['A spokesman for the Springfield Water Board, Dean Varga, said the pipes were safe.', '"We are sure," Mr Varga said.']))
      .toEqual(['Dean Varga', 'Dean Varga']);
  });

  it('a capitalised word with a number is a body\'s name, and "the radio station" is the radio that spoke', () => {
    expect(names(['Channel 9 said the show would end.'])).toEqual(['Channel 9']);
    expect(names(['Springfield Radio said the show would end.', '"It is a sad day," said the radio station.']))
      .toEqual(['Springfield Radio', 'Springfield Radio']);
  });

  it('"and Co" ends a firm\'s name: one speaker, not two', () => {
    expect(statements(['"The deal is not essential," Tom Ostby and Co analyst Tom Varga said.']))
      .toEqual([['The deal is not essential', 'Tom Varga']]);
  });

  it('a name followed by its role in lower case, with no comma ("Dr Jane Roe head of exploration")', () => {
    expect(names(['Acme said the field was larger.', '"This area needs more drilling," Dr Jane Roe head of exploration said.']))
      .toEqual(['Acme', 'Jane Roe']);
  });

  it('a name with a middle initial is introduced in full, even inside what others said', () => {
    expect(names(['Critics noted that Acme chairman Tom F. Varga was more upbeat than a year ago.', '"There are some encouraging signs in our business," Varga said.']).at(-1))
      .toEqual('Tom F. Varga');
  });
});

describe('roles written with the name', () => {
  it('a lower-case title before the name is part of the role ("Conservative shadow chancellor Jane Roe")', () => {
    expect(speakers(['Conservative shadow chancellor Jane Roe said: "The budget has a black hole in it."']))
      .toEqual([['Jane Roe', 'Conservative shadow chancellor', false]]);
  });

  it('a body\'s name ending in a number owns the role ("Channel 9\'s controller, Tom Varga,")', () => {
    expect(speakers(['The show is on Channel 9.', 'Channel 9\'s controller, Tom Varga, said: "We believe in it."']))
      .toEqual([['Tom Varga', 'Channel 9\'s controller', false]]);
  });

  it('a plural role noun opening the sentence in capitals names nobody ("Analysts said")', () => {
    expect(speakers(['Analysts said the shares were cheap.', 'Prosecutors said the men had made money.']))
      .toEqual([[null, 'analysts', true], [null, 'prosecutors', false]]);
    expect(names(['Democrats said the plan was bad.'])).toEqual(['Democrats']);
  });
});

describe('descriptions that stand for the person named before', () => {
  it('a description after the verb ends in its own lower-case noun ("the two-time Springfield Cup winner")', () => {
    expect(names(['Tom Varga was in Springfield for the launch.', 'Varga said the film had a message.', '"Christmas is special," added the two-time Springfield Cup winner.', '"I believe in it," he said.']))
      .toEqual(['Tom Varga', 'Tom Varga', 'Tom Varga']);
    expect(names(['"It is fine," said the Acme Corp yesterday.'])).toEqual(['Acme Corp']);
  });

  it('a description whose head is a compound ("the former sergeant-at-arms of the House") is one person', () => {
    expect(speakers(['Tom Varga, who became ambassador to Freedonia, is considering a move into politics.', 'The former sergeant-at-arms of the House of Commons said Monday he is thinking about a run for the leadership.']))
      .toEqual([['Tom Varga', 'former sergeant-at-arms', false]]);
  });

  it('two roles joined by "and" open the sentence as one description', () => {
    expect(names(['The council must close the farm, Jane Roe has said.', 'The former head of the farm board and Springfield mayor told reporters the plan for the farm would fail.', '"It would be very sad," she said.']))
      .toEqual(['Jane Roe', 'Jane Roe', 'Jane Roe']);
  });

  it('"she" after "Mrs Roe"\'s family is the woman, though "Mr Roe" is named after her', () => {
    expect(names([
      'Tom Roe denies the charges.',
      'His mother Ann Roe told the Gazette her son was innocent.',
      'Describing Mr Roe as a good son, she said: "I know his character."',
      '"He loves children," she said.',
    ]).slice(-2)).toEqual(['Ann Roe', 'Ann Roe']);
  });

  it('a body after a preposition and a nation\'s title is no person for "he"', () => {
    expect(names(['A spokesman for US Housing, Tom Varga, said the plan was fine.', 'The plan would cost $5m.', 'He told reporters: "It is a good plan."']))
      .toEqual(['Tom Varga', 'Tom Varga']);
  });
});

describe('who speaks when a clause has two sources', () => {
  it('"According to the Gazette, Jane Roe said ...": the speaker says the clause, the paper relays all of it', () => {
    expect(statements(['According to the Springfield Gazette, chief executive Tom Varga said that Acme is "looking at all the options".']))
      .toEqual([
        ['chief executive Tom Varga said that Acme is "looking at all the options"', 'Springfield Gazette'],
        ['Acme is "looking at all the options"', 'Tom Varga'],
      ]);
    expect(names(['According to the Springfield Gazette, Acme is looking at all the options.'])).toEqual(['Springfield Gazette']);
  });

  it('"X claimed ... but Y told ... and added: ...": Y speaks the clause after "but", and what Y added', () => {
    expect(statements(['Acme claimed Mr Roe was one of the leaders but his lawyer, Tom Varga, told the Gazette it was a silly idea and added: "He was living on benefits and had no computer."']))
      .toEqual([['Mr Roe was one of the leaders', 'Acme'], ['it was a silly idea', 'Tom Varga'], ['He was living on benefits and had no computer.', 'Tom Varga']]);
  });
});

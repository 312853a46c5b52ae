import { describe, expect, it } from 'vitest';
import { findCues } from '../../src/attribution/cues.js';
import { locateSpeaker, skipAddressee } from '../../src/attribution/speaker-location.js';
import { firstCue, statementsOf } from './invented.js';

/** Where the speaker of the sentence's `which`th cue stands. */
function located(text: string, which = 0): { mention: string; preposed: boolean; detached: boolean; antecedent: string | null } | null {
  const { article, view, quotations } = firstCue(text);
  const cue = findCues(view.tokens, (token) => quotations.covers(token.start))[which];
  if (!cue) throw new Error('no such cue');
  const found = locateSpeaker(article.original, view.tokens, cue);
  if (!found) return null;
  return { mention: found.mention.text, preposed: found.preposed, detached: found.detached === true, antecedent: found.antecedent?.text ?? null };
}

describe('locateSpeaker', () => {
  it('finds the subject before the verb', () => {
    expect(located('Mayor Jane Roe said the bridge would reopen in May.')).toMatchObject({ mention: 'Mayor Jane Roe', preposed: true });
  });

  it('finds a subject past an appositive set off by dashes, not the clause\'s subject after the verb', () => {
    expect(located('Tom Varga -- an aide to the mayor of Springfield -- said the candidate tended to promise too much.')).toMatchObject({ mention: 'Tom Varga', preposed: true });
    expect(located('Tom Varga — an aide to the mayor — said the candidate tended to promise too much.')).toMatchObject({ mention: 'Tom Varga', preposed: true });
  });

  it('never takes the subject of the reported clause after the verb ("said Roe was wrong")', () => {
    expect(located('Nearly half said Jane Roe was wrong to close the bridge.')).toBeNull();
  });

  it('finds the subject past "has long" and of a verb joined by "but has"', () => {
    expect(located('Tom Varga has long said that he qualifies for the pension.')).toMatchObject({ mention: 'Tom Varga', preposed: true });
    expect(located('Jane Roe, like the mayor, has urged residents to save water but has said she will hold firm.', 1)).toMatchObject({ mention: 'Jane Roe', detached: true });
  });

  it('finds the subject past "are", "all", a contracted auxiliary and a verb that hands on its subject ("continues to")', () => {
    expect(located('Fellow councillors are urging Jane Roe to run again.')).toMatchObject({ mention: 'Fellow councillors', preposed: true });
    expect(located('Residents all said the bridge should stay open.')).toMatchObject({ mention: 'Residents', preposed: true });
    expect(located('He’s claiming that the vote was rigged.')).toMatchObject({ mention: 'He', preposed: true });
    expect(located('The nominee continues to insist that he will release his taxes.', 1)).toMatchObject({ mention: 'The nominee', preposed: true });
    expect(located('Tom Varga went on to explain how the cuts hurt the army.')).toMatchObject({ mention: 'Tom Varga', preposed: true });
  });

  it('reads a plural with a word of quantity before it as the speaker', () => {
    expect(located('Some local groups acknowledge that the plan worked.')).toMatchObject({ mention: 'Some local groups', preposed: true });
  });

  it('reads "a narrator in the ad" whole, and gives no speaker to an infinitive someone else asked for', () => {
    expect(located('"Why did Roe not pay?" a narrator in the council ad asks.')).toMatchObject({ mention: 'a narrator in the council ad', preposed: true });
    expect(located('Tom Varga urged his supporters at a rally in Springfield to ask why the bridge was shut.', 1)).toBeNull();
  });

  it('gives a passive cue its agent after "by", and its subject never ("has barely been mentioned")', () => {
    expect(located('The flood plan has barely been mentioned in the campaign so far.')).toBeNull();
    expect(located('Tom Varga was told that the bridge would close.')).toBeNull();
    expect(located('The sale was first reported by the Springfield Gazette on Monday.')).toMatchObject({ mention: 'the Springfield Gazette', preposed: false });
    expect(located('Tom Varga, whose retirement was announced by the mayor in May, will leave in June.')).toBeNull();
    expect(located('The two men are held in Springfield, where they are expected to be questioned by police.')).toBeNull();
    expect(located('Tom Varga had said that the bridge would close.')).toMatchObject({ mention: 'Tom Varga', preposed: true });
  });

  it('never takes an opening gerund with its own object for a name ("Realising his error, ...")', () => {
    expect(located('Realising his error, Tom Varga wrote to the board, but suggesting the chair would laugh it off.', 1)).toMatchObject({ mention: 'Tom Varga' });
  });

  it('gives a participle after the object of the subject\'s verb to the subject ("gave an interview noting ...")', () => {
    expect(located('On Monday, Tom Varga, the head of the water board, gave an interview noting his doubts about the dam.')).toMatchObject({ mention: 'Tom Varga', preposed: true });
  });

  it('finds an inverted speaker after the verb at the end of the clause', () => {
    expect(located('The bridge will reopen in May, said Jane Roe.')).toMatchObject({ mention: 'Jane Roe', preposed: false });
  });

  it('prefers a phrase after "said" over a weak one before it, but not over a name', () => {
    expect(located('The collapse of the dam is not imminent, said a senior Springfield official.')).toMatchObject({ mention: 'a senior Springfield official', preposed: false });
    expect(located('Jane Roe said the council would meet on Friday.')).toMatchObject({ mention: 'Jane Roe', preposed: true });
  });

  it('reads a longer description after a quotation ("said the longtime owner of the bakery")', () => {
    expect(located('"We only sell local bread," said the longtime owner of the bakery.')).toMatchObject({ mention: 'the longtime owner of the bakery', preposed: false });
  });

  it('reads any description after a quotation and "said the"', () => {
    expect(located('"I will smile about it one day," said the rookie defenceman, younger brother of Tom Varga.')).toMatchObject({ mention: 'the rookie defenceman', preposed: false });
    expect(located('"We were lucky," said a retired welder who lives by the bridge.')).toMatchObject({ mention: 'a retired welder', preposed: false });
    expect(located('"No, that is the mom," says my two-year-old.')).toMatchObject({ mention: 'my two-year-old', preposed: false });
  });

  it('reads the speaker after "according to"', () => {
    expect(located('The dam is safe, according to the Springfield water board.')).toMatchObject({ mention: 'the Springfield water board', preposed: false });
    expect(located('According to exit polls, Jane Roe had a clear lead among older voters.')).toMatchObject({ mention: 'exit polls', preposed: false });
  });

  it('takes the subject past an opening phrase and a lone word set off by commas for "..., promising"', () => {
    expect(located('On Monday, however, Jane Roe spoke to the Ostby ferry owners, promising to lift the old rules.')).toMatchObject({ mention: 'Jane Roe', detached: true });
  });

  it('takes the sentence subject for "..., saying"', () => {
    expect(located('Jane Roe closed the bridge on Monday, saying it was unsafe.')).toMatchObject({ mention: 'Jane Roe', detached: true });
  });

  it('takes the subject after an opening participle or adverb, not the opening word, for "..., saying"', () => {
    expect(located('Rattled by the polls, and by a bad week in the press, Jane Roe dropped the toll, promising to build a cheaper bridge.'))
      .toMatchObject({ mention: 'Jane Roe', detached: true });
    expect(located('Lately, though, Tom Varga has softened his line, calling for talks with the river board.'))
      .toMatchObject({ mention: 'Tom Varga', detached: true });
    expect(located('Beverly Roe closed the bridge on Monday, saying it was unsafe.')).toMatchObject({ mention: 'Beverly Roe', detached: true });
    expect(located('Speaking to reporters, the mayor closed the bridge, saying it was unsafe.')).toMatchObject({ mention: 'the mayor', detached: true });
    expect(located('Frustrated by the delays, the council closed the bridge, saying it was unsafe.')).toMatchObject({ mention: 'the council', detached: true });
  });

  it('gives the antecedent of a relative "who"', () => {
    expect(located('The bridge is closed, said Jane Roe, who said repairs would take a year.', 1)).toEqual({
      mention: 'who', preposed: true, detached: false, antecedent: 'Jane Roe',
    });
  });

  it('reads a subject that ends like an adverb ("family") and never takes who was called on', () => {
    expect(located('The family has called on police to release the videos.')).toMatchObject({ mention: 'The family', preposed: true });
    expect(located('Yesterday called on police to act.')).toBeNull();
  });

  it('never takes the name given after "called" for the speaker', () => {
    expect(located('The rescue plan, called Bridge Forward, pays for a new span over ten years.')).toBeNull();
  });

  it('never takes the object of an infinitive or a gerund for the speaker ("to confirm Jane Roe", "of criticizing Jane Roe")', () => {
    expect(located('The council will need six votes to confirm Jane Roe as the new treasurer of Springfield.')).toBeNull();
    expect(located('The union has stopped short of criticizing Jane Roe over the bridge tolls.')).toBeNull();
    // After "by" the gerund is the subject's own act: the council asks, never Tom Varga.
    expect(located('The council hopes to save money by asking Tom Varga to rebuild the old bridge.')?.mention).not.toBe('Tom Varga');
  });

  it('finds no statement in "everything Jane Roe says": what she said is the quantifier', () => {
    expect(located('Everything Jane Roe says is false until the council checks it.')).toBeNull();
    expect(statementsOf(['Everything Jane Roe says is false until the council checks it.'])).toEqual([]);
  });

  it('finds no speaker in a quality or an act ("her steadiness", "the diagnosis"), but one in a body', () => {
    expect(located("Jane Roe's steadiness at the council hearing confirms she is ready to lead Springfield.")).toBeNull();
    expect(located('The diagnosis from the county hospital confirmed Tom Varga would need a month of rest.')).toBeNull();
    expect(located('The alliance said the bridge would reopen in May.')).toMatchObject({ mention: 'The alliance', preposed: true });
    expect(located('The business said the bridge would reopen in May.')).toMatchObject({ mention: 'The business', preposed: true });
    expect(located('A witness said the bridge shook before it fell.')).toMatchObject({ mention: 'A witness', preposed: true });
  });

  it('finds no speaker for a noun-like form with no subject', () => {
    expect(located('The claims about the dam were false.')).toBeNull();
  });
});

describe('skipAddressee', () => {
  it('steps over the one told ("told the Springfield Gazette")', () => {
    const { view, cue } = firstCue('Jane Roe told the Springfield Gazette that the bridge would reopen.');
    const after = skipAddressee(view.tokens, cue.last + 1);
    expect(view.tokens[after]?.lower).toBe('that');
  });
});

describe('a second verb in a clause opening the sentence', () => {
  it('has the clause\'s subject, after its conjunction', () => {
    expect(statementsOf(['Though Jane Roe praised the plan and called for a full inquiry into the flood, she voted against it.'])).toEqual([
      ['a full inquiry into the flood', 'Jane Roe', 'called for'],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { EMPTY_CONFIG } from '../../src/attribution/config.js';
import { attributeCorpus, type Statement } from '../../src/attribution/index.js';
import { prepareArticle } from '../../src/corpus/prepare.js';

/** Statements of a made-up article nobody tuned the rules for. */
function statementsOf(text: string): Statement[] {
  const article = prepareArticle({ id: 'sample', origin: 'sample.txt', text: `Headline of the story\n\n${text}`, headlineInText: true });
  return attributeCorpus([article]).statements;
}

function summary(statements: Statement[]): [string, string, string | null][] {
  return statements.map((s) => [s.kind, s.text, s.speaker.anonymous ? '(anonymous)' : s.speaker.name]);
}

describe('direct quotations', () => {
  it('attributes a quotation before "X said" and after "X said:"', () => {
    expect(summary(statementsOf('"The bridge will reopen in May," Mayor Anna Lindqvist said.\n\nThe engineer, Tom Varga, said: "Repairs are going well."'))).toEqual([
      ['direct', 'The bridge will reopen in May', 'Anna Lindqvist'],
      ['direct', 'Repairs are going well.', 'Tom Varga'],
    ]);
  });

  it('handles curly marks, inverted "said X" and a quotation split by its attribution', () => {
    expect(summary(statementsOf('“We are not leaving,” said Maria Okafor, a union leader. “Not today, not tomorrow.”'))).toEqual([
      ['direct', 'We are not leaving', 'Maria Okafor'],
      ['direct', 'Not today, not tomorrow.', 'Maria Okafor'],
    ]);
  });

  it('follows a quotation over paragraphs that reopen it, and one left unclosed', () => {
    const text = [
      'Coach Dana Reyes said the season had been hard.',
      '"We lost players to injury early on.',
      '"But the young ones stepped up, and I am proud of them."',
      'Captain Li Wei added: "We will be back next year.',
    ].join('\n\n');
    const found = summary(statementsOf(text));
    expect(found).toContainEqual(['direct', 'We lost players to injury early on.', 'Dana Reyes']);
    expect(found).toContainEqual(['direct', 'But the young ones stepped up, and I am proud of them.', 'Dana Reyes']);
    expect(found).toContainEqual(['direct', 'We will be back next year.', 'Li Wei']);
  });

  it('gives a paragraph that is only a quotation to the speaker before it', () => {
    const text = 'Health Minister Omar Haddad said hospitals were ready.\n\n"We have enough beds for the winter and more staff than last year."';
    expect(summary(statementsOf(text))[1]).toEqual(['direct', 'We have enough beds for the winter and more staff than last year.', 'Omar Haddad']);
  });

  it('ignores short scare quotes that nobody is said to have said', () => {
    expect(statementsOf('The so-called "smart" meters were installed last year across the region.')).toEqual([]);
  });
});

describe('indirect and mixed speech', () => {
  it('reads "X said (that) ...", "..., X said" and "according to X"', () => {
    const text = [
      'Finance Minister Sara Costa said that the deficit would shrink next year.',
      'Tax revenue rose by four percent in March, the ministry said.',
      'According to the central bank, inflation will fall below two percent.',
    ].join(' ');
    expect(summary(statementsOf(text))).toEqual([
      ['indirect', 'the deficit would shrink next year', 'Sara Costa'],
      ['indirect', 'Tax revenue rose by four percent in March', null],
      ['indirect', 'inflation will fall below two percent', null],
    ]);
  });

  it('marks a reported clause with a quoted fragment as mixed', () => {
    const [statement] = statementsOf('She said the plan was "dead on arrival" and should be withdrawn.');
    expect(statement?.kind).toBe('mixed');
    expect(statement?.text).toBe('the plan was "dead on arrival" and should be withdrawn');
  });

  it('knows more reporting verbs than "said"', () => {
    const text = 'Senator Paul Brandt warned that the bill would fail. He insisted the votes were not there. The union called for an immediate strike.';
    expect(summary(statementsOf(text))).toEqual([
      ['indirect', 'the bill would fail', 'Paul Brandt'],
      ['indirect', 'the votes were not there', 'Paul Brandt'],
      ['indirect', 'an immediate strike', null],
    ]);
  });

  it('does not take verbs used as nouns or with no clause for statements', () => {
    expect(statementsOf('His claims were rejected. The minister called the meeting for Friday.')).toEqual([]);
  });
});

describe('speakers', () => {
  it('splits a title from the name and keeps it as the role', () => {
    const [statement] = statementsOf('French President Francois Hollande said the talks had failed.');
    expect(statement?.speaker).toMatchObject({ name: 'Francois Hollande', role: 'French President', anonymous: false });
    expect(statement?.speaker.mention?.text).toBe('French President Francois Hollande');
  });

  it('resolves a surname, an honorific and a pronoun to the full name', () => {
    const text = 'Prime Minister Ingrid Solberg said taxes would not rise. Ms. Solberg added that spending would be cut. She said the budget was balanced.';
    expect(statementsOf(text).map((s) => [s.speaker.mention?.text, s.speaker.name])).toEqual([
      ['Prime Minister Ingrid Solberg', 'Ingrid Solberg'],
      ['Ms. Solberg', 'Ingrid Solberg'],
      ['She', 'Ingrid Solberg'],
    ]);
  });

  it('keeps unnamed sources anonymous and follows "the official" back to them', () => {
    const text = 'A senior defence official said the drills would continue. The official said more ships would arrive next week.';
    const statements = statementsOf(text);
    expect(statements.map((s) => s.speaker.anonymous)).toEqual([true, true]);
    expect(statements.map((s) => s.speaker.name)).toEqual([null, null]);
    expect(new Set(statements.map((s) => s.speaker.entity)).size).toBe(1);
  });

  it('takes countries and organisations as speakers', () => {
    const text = 'Iraq insisted that Turkey had no role in the operation. The UN reported that 3,000 people had fled.';
    expect(statementsOf(text).map((s) => s.speaker.name)).toEqual(['Iraq', 'UN']);
  });

  it('merges one person across articles under the most used full name', () => {
    const make = (id: string, text: string) => prepareArticle({ id, origin: `${id}.txt`, text, headlineInText: false });
    const { statements, entities } = attributeCorpus(
      [
        make('a', 'Defense Secretary Ash Carter said the offensive would begin soon.'),
        make('b', 'US Defence Secretary Ashton Carter said the allies agreed.'),
        make('c', 'Pentagon chief Ash Carter said that talks went well. Carter added that more was needed.'),
      ],
      { ...EMPTY_CONFIG, nicknames: [['Ash', 'Ashton']] },
    );
    expect(new Set(statements.map((s) => s.speaker.entity))).toEqual(new Set(['person:ash carter']));
    expect(entities.find((e) => e.id === 'person:ash carter')?.aliases).toEqual(expect.arrayContaining(['Ashton Carter', 'Carter']));
  });
});

describe('offsets', () => {
  it('points statement, speaker mention and cue into the original text', () => {
    const text = 'Intro line\n\n“It’s over,” the coach, Ana Ruiz, told reporters on Sunday.';
    const article = prepareArticle({ id: 'x', origin: 'x.txt', text, headlineInText: true });
    const [statement] = attributeCorpus([article]).statements;
    expect(statement).toBeDefined();
    if (!statement) return;
    expect(text.slice(statement.start, statement.end)).toBe('It’s over');
    expect(text.slice(statement.cue?.start, statement.cue?.end)).toBe('told');
    const mention = statement.speaker.mention;
    expect(mention && text.slice(mention.start, mention.end)).toBe(mention?.text);
  });
});

describe('titles of works and nicknames in quotation marks', () => {
  it('are not what was said, before the attribution or after one', () => {
    const text = [
      'In her 2011 memoir, "Lanterns Over the Harbour," Jane Roe suggested cutting what the council spends on consultants.',
      '"We need to stop blaming the firefighters for the floods," Tom Varga said on WSPR\'s "The Harbour Hour."',
      'Roe mocked him with the nickname "Tiny Tom." Roe called him a coward and a liar.',
    ].join('\n\n');
    expect(summary(statementsOf(text))).toEqual([
      ['indirect', 'cutting what the council spends on consultants', 'Jane Roe'],
      ['direct', 'We need to stop blaming the firefighters for the floods', 'Tom Varga'],
    ]);
  });

  it('leave a quotation after a work that is not in title case', () => {
    expect(summary(statementsOf('In his new book, "We have failed the town," Tom Varga wrote.'))).toEqual([
      ['mixed', 'In his new book, "We have failed the town,"', 'Tom Varga'],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { EMPTY_CONFIG } from '../../src/attribution/config.js';
import { attributeCorpus } from '../../src/attribution/index.js';
import { prepareArticle } from '../../src/corpus/prepare.js';

/** The speaker shown for each statement of an invented article: name, or role for an unnamed one. */
function speakers(paragraphs: string[]): (string | null)[] {
  const text = `A story from Springfield\n\n${paragraphs.join('\n\n')}`;
  const article = prepareArticle({ id: 'invented', origin: 'invented.txt', text, headlineInText: true });
  return attributeCorpus([article], EMPTY_CONFIG).statements.map((s) => (s.speaker.anonymous ? `(anonymous) ${s.speaker.role ?? ''}`.trim() : s.speaker.name));
}

describe('speaker mentions give the name, not the words around it', () => {
  it('past an appositive role before the name', () => {
    expect(speakers(['The Shadow Minister for Rural Affairs, Jane Roe, said the farms needed help.'])).toEqual(['Jane Roe']);
    expect(speakers(['One local Democrat, Senator Jane Roe, said the vote was rushed.'])).toEqual(['Jane Roe']);
  });

  it('whose given name is also a small word ("Will", "May")', () => {
    expect(speakers(['Will Varga, a mechanic based in Kelvale City, Mo., and an organizer at the Springfield Millers Guild, said the cold breaks the brakes.'])).toEqual(['Will Varga']);
  });

  it('past a body whose name has "and" in it, and two people joined by "and" speak each', () => {
    expect(speakers(['The program is a success, says Heart and Lung senior manager Jane Roe, who leads it.'])).toEqual(['Jane Roe']);
    expect(speakers(['The bridge is safe, said Jane Roe and Tom Varga.'])).toEqual(['Jane Roe', 'Tom Varga']);
  });

  it('a share of people counted by a number, never the subject of the clause after "said"', () => {
    expect(speakers(['Of the voters polled, most backed the plan. However, 63 percent said Jane Roe was wrong to close the bridge.'])).toEqual([null]);
    expect(speakers(['The Local 832 branch late on Friday said the strike was over.'])).not.toContain('(anonymous) 832 late');
  });

  it('people only counted ("Others said", "Some suggested") stay unnamed', () => {
    expect(speakers(['Others said the season could be longer.', 'Some suggested that the ferry could run all year.'])).toEqual([null, null]);
  });

  it('with a generational suffix, its title split off', () => {
    expect(speakers(['Vice Mayor Tom R. Varga Jr. said the bridge was safe.', '"It is fine," Mr. Varga said.'])).toEqual(['Tom R. Varga Jr.', 'Tom R. Varga Jr.']);
  });

  it('a body named by an acronym before a common noun ("the state-run SFN news agency")', () => {
    expect(speakers(['The talks will resume in May, Freedonia\'s state-run SFN news agency said.'])).toEqual(['SFN news agency']);
  });

  it('with a middle initial', () => {
    expect(speakers(['"The town has other options," Tom J. Varga said.', '"We will see," Varga said.'])).toEqual(['Tom J. Varga', 'Tom J. Varga']);
  });

  it('past describing words set apart by a comma', () => {
    expect(speakers(['Tom Varga teaches at the college.', '"No carmaker makes money on this," the tall, bearded teacher said.'])).toEqual(['Tom Varga']);
    expect(speakers(['The officer was not wearing a recording device, police said.'])).toEqual([null]);
  });

  it('past a title or role written before the name', () => {
    expect(speakers(['Acme co-founder Jane Roe said the firm would hire forty people.'])).toEqual(['Jane Roe']);
    expect(speakers(['CEO of the Widget Council Jane Roe said prices would stay flat.'])).toEqual(['Jane Roe']);
    expect(speakers(['"Every printer turned me down," says Springfield cartoonist Jane Roe.'])).toEqual(['Jane Roe']);
  });

  it('before "of" and "at" that say where the speaker is from', () => {
    expect(speakers(['"The numbers do not add up," said Jane Roe of the Daily Planet.'])).toEqual(['Jane Roe']);
    expect(speakers(['Senator Jane Roe of Ohio said the bill would pass.'])).toEqual(['Jane Roe']);
    expect(speakers(['Physics professor Jane Roe at the University of Springfield says the winters are getting colder.'])).toEqual(['Jane Roe']);
  });

  it('through a possessive to the person named in apposition', () => {
    expect(speakers(['"Most shops will not print fewer than a thousand copies," says Roe\'s partner, Tom Varga.'])).toEqual(['Tom Varga']);
  });

  it('never end in a preposition ("a call for" is no speaker of "comment")', () => {
    expect(speakers(['A spokesman for Acme did not return a call for comment on the bridge tolls.'])).toEqual([]);
  });

  it('stop at a verb in "-ed" after a name ("Tom Varga blamed Jane Roe")', () => {
    expect(speakers(['At the town meeting, Tom Varga blamed Jane Roe for the closure, saying the bridge was hers to fix.'])).toEqual(['Tom Varga']);
  });

  it('never take the audience of "told" for the speaker', () => {
    const found = speakers(['The crew left before dawn, a local engineer told the Springfield Gazette.']);
    expect(found).not.toContain('Springfield Gazette');
  });
});

describe('a plural noun with no determiner opening the clause', () => {
  it('is an unnamed source, and a day after the verb is never one', () => {
    expect(speakers(["Rights groups said Tuesday's remarks by the ministry raise serious questions."])).toEqual([null]);
  });
});

describe('a role of a body ("the founder of Springfield Press")', () => {
  it('describes a person, who is the person the text is about', () => {
    expect(speakers([
      'Tom Varga opened his shop in 2017.',
      '“We only sell local comics,’’ says the 39-year-old founder of Springfield Press. “If you want superheroes, go elsewhere.”',
    ])).toEqual(['Tom Varga', 'Tom Varga']);
  });
});

describe('a described group of speakers', () => {
  it('is read whole: with a phrase after it, or describing words before it', () => {
    const mentions = (text: string): (string | undefined)[] => {
      const article = prepareArticle({ id: 'invented', origin: 'invented.txt', text: `A story from Springfield\n\n${text}`, headlineInText: true });
      return attributeCorpus([article], EMPTY_CONFIG).statements.map((s) => s.speaker.mention?.text);
    };
    expect(mentions('Experts on Freedonia and arms control said the latest test could change that.')).toEqual(['Experts on Freedonia and arms control']);
    expect(mentions('Although Roe lacks a signature law, elected officials from both parties say she works hard.')).toEqual(['elected officials from both parties']);
    expect(mentions('The plan is an insult to all residents, top black lawmakers said Friday, as they bristled at the questions.')).toEqual(['top black lawmakers']);
  });
});

describe('places, documents and anonymous sources', () => {
  it('keep an unnamed official unnamed, with the role', () => {
    expect(speakers(['A senior official who spoke on condition of anonymity said the talks had stalled.'])).toEqual([expect.stringMatching(/^\(anonymous\) .*official/)]);
  });
});

describe('bodies', () => {
  it('leave out the describing words written before their names', () => {
    expect(speakers(['The Springfield-backed Millers Guild said it would strike.', 'The Springfield-backed Millers Guild said the strike would last a week.'])).toEqual(['Millers Guild', 'Millers Guild']);
  });

  it('are read with the whole name of their owner ("North Freedonia\'s news agency")', () => {
    const text = "A story from Springfield\n\nThe leader left by train on Monday, North Freedonia's state-run news agency said.";
    const article = prepareArticle({ id: 'invented', origin: 'invented.txt', text, headlineInText: true });
    expect(attributeCorpus([article], EMPTY_CONFIG).statements.map((s) => s.speaker.mention?.text)).toEqual(["North Freedonia's state-run news agency"]);
  });

  it('keep the small words inside their names', () => {
    expect(speakers(['Still, most deaths involve two drugs, according to the National Institute on River Safety.'])).toEqual(['National Institute on River Safety']);
    expect(speakers(['The vote was delayed again, according to the House of Elders.'])).toEqual(['House of Elders']);
  });

  it('are the subject of the verb after them, not a name after the verb', () => {
    expect(speakers(['The Springfield Board on Public Works says Roe broke the rules of the tender.'])).toEqual(['Springfield Board on Public Works']);
  });

  it('are named by the place or maker written before a generic noun', () => {
    expect(speakers(['The Springfield council said the road would close in June.'])).toEqual(['Springfield council']);
    expect(speakers(['The Springfield-led coalition said the strikes would continue.'])).toEqual(['Springfield-led coalition']);
  });
});

describe('the subject of a sentence', () => {
  it('is the one a contracted "who’s" stands for', () => {
    expect(speakers(['The toll became an issue in Ostby, with Jane Roe — who’s called for a ban on lorries — leading the protest.'])).toEqual(['Jane Roe']);
  });

  it('is found past an opening phrase, for "... and said"', () => {
    expect(speakers(['In an interview on Monday, Mayor Jane Roe praised the crews and said the bridge would reopen in May.'])).toEqual(['Jane Roe']);
  });

  it('is found past every comma of a long appositive', () => {
    expect(speakers(['Tom Varga, a mechanic based in Springfield, Ill., and an organiser at the rail union, said the cold breaks the brakes.'])).toEqual(['Tom Varga']);
  });
});

describe('a quotation after a colon', () => {
  it('is said by the subject of the clause before it', () => {
    expect(speakers(['Jane Roe, the town engineer, is more blunt: "The old bridge is finished for good."'])).toEqual(['Jane Roe']);
  });

  it('is said by the named subject of the last clause when one opens before the colon', () => {
    expect(speakers(['Board lassitude was on display in May when Jane Roe again took to the radio with this: "The chair is an honorific, not a job."'])).toEqual(['Jane Roe']);
  });

  it('is not a statement when nobody is the subject', () => {
    expect(speakers(['The sign on the door read: "Closed until further notice for repairs."'])).toEqual([]);
  });
});

describe('a body described by where it is based', () => {
  it('is not named by its place', () => {
    expect(speakers(['The Springfield-based railway said the line would reopen.'])).toEqual([null]);
  });
});

describe('hostile input', () => {
  // The work used to double with every comma: 300 of them never finished (the test's own time limit fails it).
  it('reads a run of commas before a verb', () => {
    expect(speakers([`Jane Roe${' ,'.repeat(300)} said the bridge would reopen in May.`]).length).toBeLessThanOrEqual(1);
  });
});

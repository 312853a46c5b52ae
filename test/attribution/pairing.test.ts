import { describe, expect, it } from 'vitest';
import { pairCues, splitJointMention } from '../../src/attribution/pairing.js';
import { tokenize } from '../../src/language/tokens.js';
import { describeMention } from '../../src/attribution/mentions.js';
import { inventedArticle, quotationIndexOf, slice } from './invented.js';

/** Each statement paired at a cue: kind, content and speaker mention. */
function paired(text: string): [string, string | null, string | null][] {
  const article = inventedArticle(text);
  return pairCues(article, quotationIndexOf(article)).statements.map((s) => [s.kind, slice(article, s), slice(article, s.mention)]);
}

describe('pairCues', () => {
  it('pairs a quotation closing before the attribution with its speaker, marks left out', () => {
    expect(paired('"The bridge will reopen in May," Jane Roe said.')).toEqual([['direct', 'The bridge will reopen in May', 'Jane Roe']]);
  });

  it('takes the content after "X said" and before "..., X said."', () => {
    expect(paired('Jane Roe said the ferry would stop running.\n\nThe ferry will stop running in June, John Doe said.')).toEqual([
      ['indirect', 'the ferry would stop running', 'Jane Roe'],
      ['indirect', 'The ferry will stop running in June', 'John Doe'],
    ]);
  });

  it('makes the clause a quotation ends mixed speech', () => {
    expect(paired('Raising the toll "is the only way to pay for it," Jane Roe said.')).toEqual([
      ['mixed', 'Raising the toll "is the only way to pay for it,"', 'Jane Roe'],
    ]);
  });

  it('gives one statement to each of two named speakers', () => {
    expect(paired('Both Jane Roe and John Doe warned that the dam was old.')).toEqual([
      ['indirect', 'the dam was old', 'Jane Roe'],
      ['indirect', 'the dam was old', 'John Doe'],
    ]);
  });

  it('gives a clause that a speech act and a verb of saying both report to the verb of saying', () => {
    expect(paired('The council condemned the plan for the bridge it is not ours to pay for said Jane Roe')).toEqual([
      ['indirect', 'The council condemned the plan for the bridge it is not ours to pay for', 'Jane Roe'],
    ]);
  });

  it('pairs a quotation with a name that role words stand before, unless the verb has its own clause', () => {
    expect(paired('"This rally is the only voice we have," Springfield Rally volunteer coordinator Tom Varga said.')).toEqual([
      ['direct', 'This rally is the only voice we have', 'Tom Varga'],
    ]);
    expect(paired('"I was clear about it," then-Springfield mayoral candidate Jane Roe responded at one debate.')).toEqual([
      ['direct', 'I was clear about it', expect.stringMatching(/Jane Roe$/)],
    ]);
    expect(paired('On the broadcast of "Springfield Sunday," county commissioner Jane Roe said the vote was fair.')).toEqual([
      ['indirect', 'the vote was fair', expect.stringMatching(/Jane Roe$/)],
    ]);
  });

  it('takes a quotation after a document\'s noun and a comma for its title', () => {
    expect(paired('In her 2019 book, "Rivers of Ostby," Jane Roe suggested closing the old locks for good.')).toEqual([
      ['indirect', 'closing the old locks for good', 'Jane Roe'],
    ]);
  });

  it('reads "someone" as an unnamed speaker', () => {
    expect(paired('Then someone asked how the Ostby ferry could run in winter.')).toEqual([
      ['indirect', 'how the Ostby ferry could run in winter', 'someone'],
    ]);
  });

  it('reads on after ", X said," into a clause a gerund opens, not into a phrase about the speaker', () => {
    expect(paired('Though the old bridge was cheap, Jane Roe said, replacing it would cost Ostby far more.')).toEqual([
      ['indirect', 'Though the old bridge was cheap, Jane Roe said, replacing it would cost Ostby far more', 'Jane Roe'],
    ]);
    expect(paired('The old bridge is still safe, Jane Roe said, speaking from her office in Ostby.')).toEqual([
      ['indirect', 'The old bridge is still safe', 'Jane Roe'],
    ]);
  });

  it('pairs a quotation with a name after a body whose name has small words in it and a role', () => {
    expect(paired('"The budget is sound," College of the Ostby Arts music historian Tom Varga said.')).toEqual([
      ['direct', 'The budget is sound', 'Tom Varga'],
    ]);
  });

  it('reads a short clause interrupted by the attribution with what goes on after it', () => {
    expect(paired('Quite common, Jane Roe explains, for a man to let his partner talk.')).toEqual([
      ['indirect', 'Quite common, Jane Roe explains, for a man to let his partner talk', 'Jane Roe'],
    ]);
  });

  it('gives a sentence to the attribution that closes it, over a reporting verb inside it', () => {
    expect(paired('This interconnectedness of the climate system also explains the storms over Springfield, Tom Varga said.')).toEqual([
      ['indirect', 'This interconnectedness of the climate system also explains the storms over Springfield', 'Tom Varga'],
    ]);
  });

  it('reads a clause joined by "and" before ", said X" as more of what was said, not an appositive', () => {
    expect(paired('The vote did not go well with members, and the meeting fell apart from there, said one council source in the room.')).toEqual([
      ['indirect', 'The vote did not go well with members, and the meeting fell apart from there', 'one council source'],
    ]);
  });

  it('gives a gerund after "by" or "after" to the subject, and "praised X for saying" to nobody', () => {
    expect(paired('Jane Roe answered the mayor on Monday by saying the bridge would stay shut.')).toEqual([
      ['indirect', 'the bridge would stay shut', 'Jane Roe'],
    ]);
    expect(paired('After saying the bridge was unsafe, Tom Varga left the meeting early.')).toEqual([
      ['indirect', 'the bridge was unsafe', 'Tom Varga'],
    ]);
    expect(paired('Jane Roe praised Tom Varga for saying the bridge was unsafe.').map(([, , speaker]) => speaker)).not.toContain('Jane Roe');
  });

  it('gives a gerund after "despite" set off by commas to the subject, up to its comma', () => {
    expect(paired('Mayor Tom Varga, despite admitting that he had doubts about the cost, backed the bridge.')).toEqual([
      ['indirect', 'he had doubts about the cost', 'Mayor Tom Varga'],
    ]);
  });

  it('ends what a first verb reports at "and" before a second verb of the same subject', () => {
    expect(paired('Tom Varga accused the council of "a downright lie" and said the tactics were a sign of panic.')).toEqual([
      ['mixed', 'the council of "a downright lie"', 'Tom Varga'],
      ['indirect', 'the tactics were a sign of panic', 'Tom Varga'],
    ]);
  });

  it('takes no quoted term of a word or two inside a phrase before the attribution when a clause follows', () => {
    expect(paired('Deriding the "rigged system," Tom Varga accused Jane Roe of hiding the Ostby report.')).toEqual([
      ['indirect', 'Jane Roe of hiding the Ostby report', 'Tom Varga'],
    ]);
    expect(paired('"You winning?" Jane Roe asked, smiling at the crowd.')).toEqual([['direct', 'You winning?', 'Jane Roe']]);
  });

  it('ends what a speech act reports at "and" when the verb after it was paired first', () => {
    expect(paired('Jane Roe has sharply criticized the old ferry contracts with Acme and called for new tariffs on steel.')).toEqual([
      ['indirect', 'new tariffs on steel', 'Jane Roe'],
      ['indirect', 'the old ferry contracts with Acme', 'Jane Roe'],
    ]);
  });

  it('ends what was said in a clause after "what" at its "and"', () => {
    expect(paired('The gap between what Jane Roe says her plan would do and what it would really do has grown.')).toEqual([
      ['indirect', 'her plan would do', 'Jane Roe'],
    ]);
  });

  it('reads "Said X:" opening a sentence as the verb and its speaker', () => {
    expect(paired('Said Varga: "I do not think she cares about the bridge at all."')).toEqual([
      ['direct', 'I do not think she cares about the bridge at all.', 'Varga'],
    ]);
  });

  it('reads "according to a new report by X," whole', () => {
    expect(paired('According to a new report by the Gazette, party insiders are trying to win back voters.')).toEqual([
      ['indirect', 'party insiders are trying to win back voters', 'a new report by the Gazette'],
    ]);
  });

  it('reads a lower-case source that closes the sentence after ", according to", not "according to plan"', () => {
    expect(paired('Ostby ferry fares rose by a third last year, according to federal figures.')).toEqual([
      ['indirect', 'Ostby ferry fares rose by a third last year', 'federal figures'],
    ]);
    expect(paired('The work on the Springfield bridge went according to plan.')).toEqual([]);
  });

  it('gives a sentence to ", according to X", over a request inside it', () => {
    expect(paired('The firm asked its staff not to discuss the sale, according to two people who saw the memo.')).toEqual([
      ['indirect', 'The firm asked its staff not to discuss the sale', 'two people who saw the memo'],
    ]);
  });

  it('reports no speech that a condition only supposes', () => {
    expect(paired('Whenever Jane Roe accuses the board of waste, the shares fall.')).toEqual([]);
    expect(paired('If Tom Varga says the bridge is safe, the council will reopen it.')).toEqual([]);
    expect(paired('When Tom Varga said the bridge was safe, the council reopened it.')).toHaveLength(1);
  });

  it('reads a demand in progress, and no request made by a letter\'s participle', () => {
    expect(paired('Jane Roe is demanding that the council release the flood maps.')).toEqual([
      ['indirect', 'the council release the flood maps', 'Jane Roe'],
    ]);
    expect(paired('A letter to Mayor Tom Varga asking the council to publish the report was sent on Monday.')).toEqual([]);
  });

  it('gives a paragraph that is only a quotation to a cue before it that found nothing said, never the scene as content', () => {
    expect(paired('In a press release, Jane Roe expressed serious concern about the debt.\n\n“When the books were shown to me, I was dismayed by the debt.”')).toEqual([
      ['direct', 'When the books were shown to me, I was dismayed by the debt.', 'Jane Roe'],
    ]);
  });

  it('pairs a quotation with any reporting verb set before its speaker, and a clause with "..., X writes in her book."', () => {
    expect(paired('"I am a comic book creator myself," notes Tom Varga, who began as a teenager.')).toEqual([
      ['direct', 'I am a comic book creator myself', 'Tom Varga'],
    ]);
    expect(paired('Such ideals did not come easily to the town, Jane Roe writes in her book.')).toEqual([
      ['indirect', 'Such ideals did not come easily to the town', 'Jane Roe'],
    ]);
  });

  it('takes what "..., saying" reports after it, never the clause of its subject before it', () => {
    expect(paired('At the town meeting, Tom Varga blamed Jane Roe for the closure, saying, "The bridge is hers to fix and she knows it."'))
      .toEqual([['direct', 'The bridge is hers to fix and she knows it.', 'Tom Varga']]);
  });

  it('gives ", adding that ..." after an attribution to the same speaker', () => {
    expect(paired('"We see no link to the storm," the mayor said, adding that it would take hours before details emerge.')).toEqual([
      ['direct', 'We see no link to the storm', 'the mayor'],
      ['indirect', 'it would take hours before details emerge', 'the mayor'],
    ]);
  });

  it('gives a verb joined by "and" whose subject it does not find to the speaker of the statement before it', () => {
    expect(paired('According to Roe the council agreed that the works would start soon and confirmed that the ferry will run late.')).toEqual([
      ['indirect', 'the council agreed that the works would start soon', 'Roe'],
      ['indirect', 'the ferry will run late', 'Roe'],
    ]);
    // A new subject before "and": its clause is not the earlier speaker's.
    expect(paired('"The pier is unsafe," Roe said, but engineers met on Monday and insisted that it is sound.').some(([, text, speaker]) => text === 'it is sound' && speaker === 'Roe')).toBe(false);
  });

  it('takes a quoted title after "on" for a title, not what was said, and no clause of circumstance after ", X said,"', () => {
    expect(paired('In an interview on "Face the Town," Jane Roe said the protests demand that all residents listen.')).toEqual([
      ['indirect', 'the protests demand that all residents listen', 'Jane Roe'],
    ]);
    expect(paired('In an interview on WSPR\'s "Town Hall Hour," Jane Roe said the protests demand that all residents listen.')).toEqual([
      ['indirect', 'the protests demand that all residents listen', 'Jane Roe'],
    ]);
    expect(paired('The plan is an insult to all residents, top lawmakers said Friday, as they bristled at the questions.')).toEqual([
      ['indirect', 'The plan is an insult to all residents', 'top lawmakers'],
    ]);
  });

  it('leaves the writer\'s own "I think" alone', () => {
    expect(paired('I think the bridge should stay closed for good.')).toEqual([]);
  });

  it('never takes the start of the speaker\'s own phrase ("Two in three of") for what was said', () => {
    expect(paired('A poll found most drivers wanted the bridge rebuilt. Two in three of the riverside residents agreed.')).toEqual([]);
  });

  it('leaves the reader the writer addresses ("if you say ...") alone', () => {
    expect(paired('If you say the new bridge is ugly, the mayor of Springfield may take it badly.')).toEqual([]);
  });

  it('remembers which quotation each statement used', () => {
    const article = inventedArticle('"The bridge will reopen in May," Jane Roe said.');
    expect([...pairCues(article, quotationIndexOf(article)).usedQuotations]).toEqual([[0, 0]]);
  });
});

describe('splitJointMention', () => {
  it('keeps a title whose words hold "and" whole ("Minister for Children, Young People and Families Jane Roe")', () => {
    const text = 'Minister for Children, Young People and Families Jane Roe said the plan was fair.';
    const tokens = tokenize(text);
    const start = text.indexOf('Young');
    const end = text.indexOf(' said');
    const mention = describeMention(text.slice(start, end), tokens.filter((t) => t.start >= start && t.end <= end), start, end);
    expect(splitJointMention(text, tokens, mention)).toHaveLength(1);
  });

  it('keeps a mention that is one name', () => {
    const text = 'Jane Roe';
    const tokens = tokenize(text);
    const mention = describeMention(text, tokens, 0, text.length);
    expect(splitJointMention(text, tokens, mention)).toEqual([mention]);
  });
});

describe('a cue that closes its paragraph with a colon', () => {
  it('reports the next paragraph', () => {
    expect(paired('The mayor spoke after the vote. Jane Roe added:\n\nThe bridge will be open by the first of May, and the tolls will go.')).toContainEqual([
      'direct', 'The bridge will be open by the first of May, and the tolls will go', 'Jane Roe',
    ]);
  });
});

describe('a speaker inside a relative clause', () => {
  it('reports the relative clause only, up to where it ends', () => {
    expect(paired('The difference between what Jane Roe says the levy will raise and what it will cost is large.')).toEqual([
      ['indirect', 'the levy will raise', 'Jane Roe'],
    ]);
    expect(paired('The fees, which Tom Varga said were a tax on the poor, include a levy that the council approved.')).toEqual([
      ['indirect', 'were a tax on the poor', 'Tom Varga'],
    ]);
  });

  it('reaches the opener past describing words the mention leaves out', () => {
    expect(paired('The fee, which angry residents said was a tax on the poor, will rise in May.').map(([, content]) => content)).toEqual(['was a tax on the poor']);
  });

  it('keeps a list and a number inside the clause', () => {
    expect(paired('The leaflet, which Jane Roe says cost $2,500 to design, print and deliver, was thrown away.')).toEqual([
      ['indirect', 'cost $2,500 to design, print and deliver', 'Jane Roe'],
    ]);
  });

  it('reports nothing after a verb of telling: what was told is not given', () => {
    expect(paired('Asked what she would tell the council about the flooded roads, Jane Roe smiled and left.')).toEqual([]);
  });
});

describe('a passive cue', () => {
  it('reports its subject, without the auxiliaries', () => {
    expect(paired('Meanwhile, the sale of the ferry company was first reported by the Springfield Gazette on Monday.')).toEqual([
      ['indirect', 'the sale of the ferry company', 'the Springfield Gazette'],
    ]);
  });

  it('reports nothing when the subject is a pronoun or the clause before it is about something else', () => {
    expect(paired('It was first announced by Mayor Tom Varga at a town meeting.')).toEqual([]);
    expect(paired('Jane Roe did not know when the toll began or why it was mentioned by Tom Varga at the hearing.')).toEqual([]);
  });
});

describe('a participle set off after the verb', () => {
  it('tells how it was said, not what: the quotation before is what was said', () => {
    expect(paired('“Can you believe the ferry finally runs?” Tom Varga said, waving at the passengers on the deck.')).toEqual([
      ['direct', 'Can you believe the ferry finally runs?', 'Tom Varga'],
    ]);
  });

  it('is what was said when a verb of its own makes it a subject', () => {
    expect(paired('By contrast, he said, digging up the roads can take weeks or months.')).toEqual([
      // The short lead before the attribution reads on into the clause, as in "Quite common, Jane Roe explains, for ...".
      ['indirect', 'By contrast, he said, digging up the roads can take weeks or months', 'he'],
    ]);
  });
});

describe('a verb with its complement after it', () => {
  it('does not close its clause, so the words before it are not what was said', () => {
    expect(paired('Later, Acme agreed to quietly cover the repair bill, and the ferry union also chipped in.')).toEqual([]);
    expect(paired('Commuters saw at the hearing that, whatever the cost, Tom Varga will insist on being consulted.')).toEqual([]);
  });

  it('unlike a phrase of place or audience', () => {
    expect(paired('The bridge will have to come down, Jane Roe said to reporters Monday.')).toEqual([
      ['indirect', 'The bridge will have to come down', 'Jane Roe'],
    ]);
  });
});

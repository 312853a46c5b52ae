import { describe, expect, it } from 'vitest';
import { cleanContent, contentAfter, contentBefore, skipTime, wordCount } from '../../src/attribution/content.js';
import { cueOf } from '../../src/attribution/cues.js';
import { tokenize } from '../../src/language/tokens.js';
import { firstCue, slice } from './invented.js';

/** The content after the first cue's speaker ("Jane Roe said ..."), as text, or the word for what was found instead. */
function after(text: string): string | null {
  const { article, view, quotations, cue } = firstCue(text);
  const from = cue.last + 1;
  const found = contentAfter(article.original, view, from, cue.lemma, cueOf(article.original, view.tokens, cue), quotations);
  if (found === null || found === 'adverbial') return found;
  return `${found.kind}: ${slice(article, found)}`;
}

describe('cleanContent', () => {
  it('drops the joining "that", commas and the final full stop', () => {
    const text = ', that the bridge will reopen.';
    const span = cleanContent(text, { start: 0, end: text.length });
    expect(text.slice(span.start, span.end)).toBe('the bridge will reopen');
  });

  it('keeps a "that" which is the subject of the clause', () => {
    const text = 'that has been the plan all along.';
    const span = cleanContent(text, { start: 0, end: text.length });
    expect(text.slice(span.start, span.end)).toBe('that has been the plan all along');
  });
});

describe('skipTime', () => {
  it('steps over "on Tuesday" and "last week" but not over other words', () => {
    const tokens = tokenize('on Tuesday last week the mayor');
    expect(tokens[skipTime(tokens, 0)]?.text).toBe('the');
    expect(skipTime(tokenize('the mayor'), 0)).toBe(0);
  });
});

describe('contentAfter', () => {
  it('reads a clause opened by its subject pronoun after "report" or "wrote", but not any object', () => {
    expect(after('Bus riders report they want later trains on weekends.')).toBe('indirect: they want later trains on weekends');
    expect(after('Jane Roe wrote she was leaving the council in May.')).toBe('indirect: she was leaving the council in May');
    expect(after('Jane Roe wrote a book about the river and its floods.')).toBeNull();
  });

  it('reads words quoted in the object of a verb that otherwise needs a clause, but not a term in scare quotes', () => {
    expect(after('Jane Roe is promising lower fares and "buses, buses, buses" for the north side.')).toBe('mixed: lower fares and "buses, buses, buses" for the north side');
    expect(after('The rebels declared their "republic" in the hills last spring.')).toBeNull();
  });

  it('reads the charge after "accused X of" and the request after "asked X to"', () => {
    expect(after('Jane Roe accused the water board of hiding the flood report.')).toBe('indirect: the water board of hiding the flood report');
    expect(after('Jane Roe accused the water board in a long speech.')).toBeNull();
    expect(after('Residents accuse the water board of hiding the flood report.')).toBe('indirect: the water board of hiding the flood report');
    expect(after('Jane Roe asked the council to publish the report before the vote.')).toBe('indirect: the council to publish the report before the vote');
    expect(after('Jane Roe asked the council for more time.')).toBeNull();
  });

  it('reads the request past an aside about the one asked', () => {
    expect(after('The Acme campaign has asked Tom Varga, the host of the Ostby debate, to check the facts.'))
      .toBe('indirect: Tom Varga, the host of the Ostby debate, to check the facts');
  });

  it('reads the charge past an aside set off by commas, and a quoted one', () => {
    expect(after('Jane Roe accused Tom Varga, who ran the Ostby board for a decade, of hiding the flood report.'))
      .toBe('indirect: Tom Varga, who ran the Ostby board for a decade, of hiding the flood report');
    expect(after('Freedonia accused the board\'s chairman, Tom Varga, of "reckless waste."')).toBe('mixed: the board\'s chairman, Tom Varga, of "reckless waste."');
  });

  it('reads "about" before an amount as part of the clause, and before anything else as a topic', () => {
    expect(after('Jane Roe has said about 30 families have asked for new homes.')).toBe('indirect: about 30 families have asked for new homes');
    expect(after('Jane Roe said about a third of the seats are empty.')).toBe('indirect: about a third of the seats are empty');
    expect(after('Jane Roe said about a plan for the old mill.')).toBe('adverbial');
  });

  it('keeps a number that opens the clause, and steps over a date', () => {
    expect(after('Jane Roe said 300 jobs would be lost by June.')).toBe('indirect: 300 jobs would be lost by June');
    expect(after('Jane Roe said on May 5 that the bridge would reopen.')).toBe('indirect: the bridge would reopen');
    expect(after('Jane Roe said in 2019 that the bridge would reopen.')).toBe('indirect: the bridge would reopen');
  });

  it('reads the reported clause after "said that"', () => {
    expect(after('Jane Roe said that the Springfield bridge would reopen in May.')).toBe('indirect: the Springfield bridge would reopen in May');
  });

  it('reaches the clause past an adverbial phrase and a time phrase', () => {
    expect(after('Jane Roe said in a statement on Tuesday that the dam was safe.')).toBe('indirect: the dam was safe');
  });

  it('reads a quotation after a colon as direct speech', () => {
    expect(after('Jane Roe said: "The dam is safe and the town is dry."')).toBe('direct: The dam is safe and the town is dry.');
  });

  it('says "adverbial" when only a phrase of place follows', () => {
    expect(after('Jane Roe said at a meeting in Springfield.')).toBe('adverbial');
  });

  it('finds nothing for a clause-only verb without a clause ("called the meeting")', () => {
    expect(after('Jane Roe called the meeting of the town council.')).toBeNull();
  });

  it('reaches a clause without "that" past an adverbial phrase, at its subject pronoun', () => {
    expect(after('Jane Roe said in her budget speech she was ready to meet the council.')).toBe('indirect: she was ready to meet the council');
    expect(after('Tom Varga said in a letter to the people he represents that the plan was dead.')).toBe('indirect: the plan was dead');
  });

  it('reads a clause that opens with its own time or cause, but not a trailing "when asked"', () => {
    expect(after('Jane Roe said as police entered the camp, one person tied themselves to the gate.')).toBe('indirect: as police entered the camp, one person tied themselves to the gate');
    expect(after('Jane Roe said when asked about the plan.')).toBe('adverbial');
  });

  it('reads a clause without "that" after "stated"', () => {
    expect(after('The Springfield Youth Council stated it opposed the pipeline project.')).toBe('indirect: it opposed the pipeline project');
  });

  it('reads an answer only when it is given ("responded that", "responded by saying")', () => {
    expect(after('The visitors responded a couple of minutes later when Tom Varga scored.')).toBeNull();
    expect(after('Jane Roe responded by calling the plan a gamble with public money.')).toBe('indirect: by calling the plan a gamble with public money');
  });
});

describe('contentBefore', () => {
  it('takes the clause before ", X said," and what goes on after it', () => {
    const { article, view, quotations, cue } = firstCue('The bridge will reopen in May, Jane Roe said, and the ferry will stop running.');
    const attributionStart = article.original.indexOf('Jane Roe');
    const boundary = view.tokens[cue.last + 1];
    const content = contentBefore(article.original, view, attributionStart, boundary, quotations);
    expect(slice(article, content)).toBe('The bridge will reopen in May, Jane Roe said, and the ferry will stop running');
    expect(content.kind).toBe('indirect');
  });

  it('keeps a long tail that quotes someone else far into it, but not a tail that opens with a new attribution', () => {
    const whole = (text: string): string => {
      const { article, view, quotations, cue } = firstCue(text);
      const content = contentBefore(article.original, view, article.original.indexOf('Jane Roe'), view.tokens[cue.last + 1], quotations);
      return slice(article, content) ?? '';
    };
    expect(whole('Acts of protest, Jane Roe said, are acts of love, whether it was a sit-in or a march, as one marcher said before he died.'))
      .toBe('Acts of protest, Jane Roe said, are acts of love, whether it was a sit-in or a march, as one marcher said before he died');
    expect(whole('The bridge will reopen in May, Jane Roe said, and Tom Varga said the ferry would stop.')).toBe('The bridge will reopen in May');
    expect(whole('The bridge will reopen in May, Jane Roe said, who has led the repairs since the flood.')).toBe('The bridge will reopen in May');
  });

  it('leaves out an appositive after an inverted ", said X,"', () => {
    const text = 'The bridge will reopen in May, said Jane Roe, a longtime engineer with the council who led the repairs.';
    const { article, view, quotations, cue } = firstCue(text);
    const boundary = view.tokens.find((t) => t.start > article.original.indexOf('Roe'));
    const content = contentBefore(article.original, view, view.tokens[cue.index]?.start ?? 0, boundary, quotations);
    expect(slice(article, content)).toBe('The bridge will reopen in May');
  });
});

describe('wordCount', () => {
  it('counts words with letters or digits only', () => {
    expect(wordCount('  the bridge — 2 lanes ')).toBe(4);
  });
});

describe('a cue in a clause opening the sentence', () => {
  it('says up to the comma that ends the clause', () => {
    expect(after('When Jane Roe said the bridge was safe, the council agreed to reopen it.')).toBe('indirect: the bridge was safe');
  });

  it('runs on past a comma that opens a quotation', () => {
    expect(after('When Jane Roe noted that the bridge was shut — as it is every winter — Tom Varga shrugged, “So what?”')).toBe(
      'mixed: the bridge was shut — as it is every winter — Tom Varga shrugged, “So what?”',
    );
  });
});

describe('what something was described as', () => {
  it('is what was said', () => {
    expect(after('The mayor described the bridge as the pride of the whole town.')).toBe('indirect: the bridge as the pride of the whole town');
    expect(after('The bridge, which the mayor described as the pride of the whole town, reopened.')).toBe('indirect: the pride of the whole town');
  });
});

describe('a commitment or an urging', () => {
  it('reports its infinitive', () => {
    expect(after('Jane Roe vowed to rebuild the bridge by May.')).toBe('indirect: to rebuild the bridge by May');
    expect(after('Jane Roe urged the council to act before the winter.')).toBe('indirect: the council to act before the winter');
  });

  it('reports its object without one: what was vowed or urged', () => {
    expect(after('Jane Roe vowed revenge on the whole council.')).toBe('indirect: revenge on the whole council');
    expect(after('Tom Varga urges restraint on both sides.')).toBe('indirect: restraint on both sides');
  });
});

describe('a description', () => {
  it('reports what was described, with or without "as"', () => {
    expect(after('The ferry crews described long delays at the Ostby locks.')).toBe('indirect: long delays at the Ostby locks');
    expect(after('Hardly anyone in Ostby described Mr. Varga as a patient man.')).toBe('indirect: Mr. Varga as a patient man');
  });
});

describe('a question someone asked', () => {
  it('is what was said', () => {
    expect(after('Jane Roe asked whether the bridge would be safe in winter.')).toBe('indirect: whether the bridge would be safe in winter');
  });

  it('is a doubt cast on a quality or ground of something', () => {
    expect(after('Jane Roe questioned the basic wisdom of a second bridge.')).toBe('indirect: the basic wisdom of a second bridge');
    expect(after("Tom Varga has questioned Acme's dependence on one supplier.")).toBe("indirect: Acme's dependence on one supplier");
  });

  it('says no more than its object, up to a comma', () => {
    expect(after('Tom Varga echoed the concerns of the town council, as expected.')).toBe('indirect: the concerns of the town council');
    expect(after('Tom Varga echoed the chimes of the town hall clock.')).toBeNull();
    expect(after('Many residents echo the concerns of the town council.')).toBe('indirect: the concerns of the town council');
  });

  it('is not an interrogation', () => {
    expect(after('The police questioned the driver of the red van.')).toBeNull();
  });
});

describe('a noun of saying before the clause', () => {
  it('reads the clause after "confirmed earlier reports that" as what was said, the noun and its words left out', () => {
    expect(after('Mayor Jane Roe confirmed earlier reports that the ferry will be late all winter.')).toBe('indirect: the ferry will be late all winter');
    expect(after('Tom Varga repeated his assurance that the old dock will stay open.')).toBe('indirect: the old dock will stay open');
  });

  it('leaves the noun in what a denial or another verb reports', () => {
    expect(after('Jane Roe denied reports that the ferry will close.')).toBe('indirect: reports that the ferry will close');
    expect(after('Jane Roe said the report that the council published last week was wrong.')).toBe('indirect: the report that the council published last week was wrong');
  });

  it('leaves a plain object alone', () => {
    expect(after('Tom Varga repeated his warnings about the dock.')).toBe(null);
  });
});

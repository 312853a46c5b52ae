import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/commands/definitions.js';
import { distinctiveWords, topicWord } from '../../src/commands/help.js';
import { runCommand } from '../../src/commands/run.js';
import { parseConsoleLine } from '../../src/console/parse.js';
import type { Coverage } from '../../src/retrieval/coverage.js';
import type { QuoteCluster } from '../../src/retrieval/snapshot.js';
import { inventedArticle, inventedCoverage } from '../answer/invented-coverage.js';
import { inventedNewsroom, inventedNewsroomCoverage } from './invented-newsroom.js';

function examples(coverage: Coverage): string[] {
  const result = runCommand(coverage, 'help', {});
  if (result.kind !== 'help') throw new Error('not help');
  return result.help.examples;
}

describe('/help examples drawn from the loaded coverage', () => {
  it('names the most-quoted speaker, quotes their words and asks about a word they use', () => {
    const shown = examples(inventedNewsroomCoverage());
    expect(shown).toContain('/quotes speaker:Jane Roe');
    expect(shown).toContain('/ask question:Who is Jane Roe?');
    expect(shown.some((e) => /^\/quotes speaker:Jane Roe topic:\S+$/.test(e))).toBe(true);
    expect(shown.some((e) => /^\/coverage topic:\S+$/.test(e))).toBe(true);
    expect(shown.some((e) => e.startsWith('/who-said statement:'))).toBe(true);
    expect(shown.some((e) => e.startsWith('/ask question:Which outlets reported'))).toBe(true);
  });

  it('offers only examples that are answered (found) when asked, in Discord syntax the console reads too', () => {
    const coverage = inventedNewsroomCoverage();
    const shown = examples(coverage);
    expect(shown.length).toBeGreaterThanOrEqual(4);
    for (const example of shown) {
      const parsed = parseConsoleLine(example);
      if (!('name' in parsed)) throw new Error(`unreadable example: ${example}`);
      const result = runCommand(coverage, parsed.name, parsed.values);
      expect(result.kind === 'answer' && result.answer.found, example).toBe(true);
    }
  });

  it('is the same for the same coverage, and follows another coverage', () => {
    expect(examples(inventedNewsroomCoverage())).toEqual(examples(inventedCoverage(inventedNewsroom())));
    const other = inventedCoverage([
      inventedArticle('f1', 'Freedonia Herald', '"The Acme smelter will reopen next month," said Ingrid Lindgren, the minister of industry.'),
      inventedArticle('f2', 'Freedonia Herald', '"Acme owes the treasury for three winters of unpaid rent," Ingrid Lindgren said.'),
    ]);
    const shown = examples(other);
    expect(shown).toContain('/quotes speaker:Ingrid Lindgren');
    expect(shown.join('\n')).not.toMatch(/Jane Roe|Ostby|Springfield/);
  });

  it('falls back to /sources when no one is quoted', () => {
    expect(examples(inventedCoverage([inventedArticle('n1', 'Ostby Post', 'The harbour was quiet on Tuesday.')]))).toEqual(['/sources']);
  });

  it('quotes the rarest run of words within one clause, ending on a word that means something', () => {
    const df = new Map([['the', 9], ['ferry', 1], ['will', 9], ['run', 2], ['hourly', 1], ['and', 9], ['it', 9], ['is', 9], ['late', 3]]);
    expect(distinctiveWords('The ferry will run hourly. And it is late', df, 4)).toBe('The ferry will run');
    expect(distinctiveWords('It is late, the ferry will run hourly', df, 4)).toBe('the ferry will run');
    expect(distinctiveWords('Fares rise for the ferry', df, 4)).toBe('rise for the ferry');
    expect(distinctiveWords("Fares rise and that's the ferry", df, 4)).toBe("and that's the ferry");
  });

  it('asks about a word the speaker uses more than once (a name keeps its capital; on a tie the longer word)', () => {
    const cluster = (text: string, id: number): QuoteCluster => ({ id, entity: 'person:jane roe', speaker: 'Jane Roe', role: null, anonymous: false, kind: 'direct', text, occurrences: [] });
    const said = ['The harbour at Ostby needs dredging', 'Every boat in Ostby pays the harbour fee', 'A shipwright is hard to find'].map(cluster);
    // "shipwright" is far the rarest word, but said once; "harbour" and "Ostby" are common but said twice, and tie: the longer wins.
    const df = new Map([['harbour', 500], ['ostby', 500], ['shipwright', 1], ['every', 500]]);
    expect(topicWord(said, df, 1000)).toBe('harbour');
    expect(topicWord(said.slice(1), new Map([['harbour', 5], ['ostby', 5], ['shipwright', 1]]), 1000)).toBe('shipwright');
    expect(topicWord([cluster('Ostby must act', 0), cluster('We told Ostby twice', 1)], new Map(), 1000)).toBe('Ostby');
  });

  it('asks the most-quoted speaker about a word they use, as written', () => {
    expect(examples(inventedNewsroomCoverage())).toContain('/quotes speaker:Jane Roe topic:Springfield');
  });

  it('keeps corpus names out of the static command descriptions', () => {
    // Descriptions are registered once with Discord: they cannot follow the corpus, so they name no one.
    for (const command of COMMANDS) {
      for (const text of [command.description, ...command.options.map((o) => o.description)]) expect(text.slice(1), text).not.toMatch(/\b\p{Lu}\p{Ll}+/u);
    }
  });
});

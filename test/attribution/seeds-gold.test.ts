import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAttributionConfig } from '../../src/settings/config-files.js';
import { attributeCorpus } from '../../src/attribution/index.js';
import { loadCorpus } from '../../src/corpus/load.js';
import { FIXTURES } from '../helpers.js';
import { addScores, metrics, scoreDocument, type GoldStatement, type PredictedStatement } from '../../scripts/eval/scoring.js';

interface GoldEntry {
  article: string;
  text: string;
  speaker: string | null;
  anonymous?: boolean;
}

const gold = (JSON.parse(readFileSync(path.join(FIXTURES, 'seeds-gold.json'), 'utf8')) as { statements: GoldEntry[] }).statements;
const { articles } = loadCorpus();
const { statements, entities } = attributeCorpus(articles, loadAttributionConfig());

function goldFor(articleId: string, text: string): GoldStatement[] {
  return gold
    .filter((entry) => entry.article === articleId)
    .map((entry) => {
      const start = text.indexOf(entry.text);
      return {
        source: null, content: [{ start, end: start + entry.text.length }],
        speaker: entry.speaker, anonymous: entry.anonymous ?? false,
      };
    });
}

function predictionsFor(articleId: string): PredictedStatement[] {
  return statements
    .filter((s) => s.articleId === articleId)
    .map((s) => ({ start: s.start, end: s.end, mention: s.speaker.mention, name: s.speaker.anonymous ? null : s.speaker.name, role: s.speaker.role, anonymous: s.speaker.anonymous }));
}

const perArticle = new Map(articles.map((a) => [a.id, scoreDocument(goldFor(a.id, a.original), predictionsFor(a.id))]));

describe('attribution on the seed articles, against the hand-written gold', () => {
  it('places every gold statement in its article exactly once', () => {
    for (const entry of gold) {
      const article = articles.find((a) => a.id === entry.article);
      expect(article?.original.split(entry.text).length, entry.text).toBe(2);
    }
  });

  it('finds every gold statement (F1 >= 0.98)', () => {
    const m = metrics(addScores([...perArticle.values()].map((r) => r.score)));
    expect(m.recall).toBe(1);
    expect(m.f1).toBeGreaterThanOrEqual(0.98);
  });

  it('names the right speaker for every gold statement', () => {
    const misses = [...perArticle.values()].flatMap((r) => r.nameMisses.map((m) => `${m.gold.speaker} got ${m.prediction.name}`));
    expect(misses).toEqual([]);
  });

  it('links "top US and British defence officials" to the two ministers the next sentence names', () => {
    const text = 'The offensive to drive the Islamic State group from its Raqa stronghold in Syria will begin in the next few weeks';
    expect(statements.filter((s) => s.text === text).map((s) => s.speaker.name).sort()).toEqual(['Ash Carter', 'Michael Fallon']);
  });

  it("resolves Carter's statements in all five articles to one entity", () => {
    const carter = entities.find((e) => e.name === 'Ash Carter');
    expect(carter?.aliases).toEqual(expect.arrayContaining(['Ashton Carter', 'Carter', 'the Pentagon chief']));
    expect(carter?.articles).toHaveLength(5);
    const carterGold = gold.filter((g) => g.speaker === 'Ash Carter');
    let found = 0;
    for (const entry of carterGold) {
      const article = articles.find((a) => a.id === entry.article);
      const start = article?.original.indexOf(entry.text) ?? -1;
      const covering = statements.filter((s) => s.articleId === entry.article && s.start < start + entry.text.length && start < s.end);
      if (covering.length === 0) continue; // a statement not found is counted by the F1 test
      found++;
      expect(covering.map((s) => s.speaker.entity), entry.text).toContain(carter?.id);
    }
    expect(found).toBeGreaterThanOrEqual(carterGold.length - 1);
  });

  it('finds every statement of the unpunctuated article 004 with its speaker', () => {
    const result = perArticle.get('004_5ef5c482cc9a2e57');
    expect(result?.score.found).toBe(result?.score.gold);
    expect(result?.score.nameRight).toBe(result?.score.gold);
  });

  it('marks the anonymous sources as anonymous and names nobody for them', () => {
    const anonymous = statements.filter((s) => s.speaker.mention?.text.match(/senior military official|Pentagon source/));
    expect(anonymous.length).toBeGreaterThanOrEqual(3);
    for (const statement of anonymous) expect(statement.speaker).toMatchObject({ anonymous: true, name: null });
  });
});

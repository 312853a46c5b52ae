/** The PolNeAR development set in ../shared: its articles, prepared, and its gold attributions. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { GoldAttribution } from '../src/attribution/scoring.js';
import { isSpeechCue } from '../src/attribution/speech-cues.js';
import { PROJECT_ROOT } from '../src/corpus/load.js';
import { prepareArticle } from '../src/corpus/prepare.js';
import type { Article } from '../src/corpus/types.js';

export const POLNEAR_DEV = path.resolve(PROJECT_ROOT, '..', 'shared', 'eval', 'polnear-dev');

interface GoldLine {
  id: string;
  source: [number, number] | null;
  cueText: string | null;
  content: [number, number][];
}

export interface DevSet {
  articles: Article[];
  gold: Map<string, GoldAttribution[]>;
}

/** The development set, or null when ../shared is not there. */
export function loadDevSet(): DevSet | null {
  if (!existsSync(POLNEAR_DEV)) return null;
  const gold = new Map<string, GoldAttribution[]>();
  for (const line of readFileSync(path.join(POLNEAR_DEV, 'gold.jsonl'), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const g = JSON.parse(line) as GoldLine;
    const list = gold.get(g.id) ?? [];
    list.push({
      source: g.source ? { start: g.source[0], end: g.source[1] } : null,
      cue: g.cueText,
      content: g.content.map(([start, end]) => ({ start, end })),
      scored: isSpeechCue(g.cueText ?? ''),
    });
    gold.set(g.id, list);
  }
  const articles = readdirSync(path.join(POLNEAR_DEV, 'texts')).sort().map((file) => {
    const text = readFileSync(path.join(POLNEAR_DEV, 'texts', file), 'utf8');
    return prepareArticle({ id: file.replace(/\.txt$/, ''), origin: file, text, headlineInText: true });
  });
  return { articles, gold };
}

/**
 * The development sets in ../shared/eval, read as a user would load them
 * (`--corpus <set>/texts`), with their gold statements by article id.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/corpus/load.js';
import type { GoldStatement } from './scoring.js';
import { isSpeechCue } from './speech.js';

export const EVAL_ROOT = path.resolve(PROJECT_ROOT, '..', 'shared', 'eval');

export interface DevSet {
  name: string;
  /** The folder of article texts, one `<id>.txt` each. */
  texts: string;
  gold: Map<string, GoldStatement[]>;
  /** What the gold counts, for the printout. */
  definition: string;
}

interface GoldLine {
  id: string;
  source: [number, number] | null;
  sourceText: string | null;
  cueText: string | null;
  content: [number, number][];
  sourceName?: string;
}

function readGold(folder: string, keep: (line: GoldLine) => boolean, speaker: (line: GoldLine) => string | undefined): Map<string, GoldStatement[]> {
  const gold = new Map<string, GoldStatement[]>();
  for (const raw of readFileSync(path.join(folder, 'gold.jsonl'), 'utf8').split('\n')) {
    if (!raw.trim()) continue;
    const line = JSON.parse(raw) as GoldLine;
    if (!keep(line)) continue;
    const list = gold.get(line.id) ?? [];
    const name = speaker(line);
    list.push({
      content: line.content.map(([start, end]) => ({ start, end })),
      source: line.source ? { start: line.source[0], end: line.source[1] } : null,
      sourceText: line.sourceText,
      cue: line.cueText,
      ...(name === undefined ? {} : { speaker: name }),
    });
    gold.set(line.id, list);
  }
  return gold;
}

/** A development set by name, or null when ../shared does not have it. */
export function loadDevSet(name: 'polnear' | 'ggt'): DevSet | null {
  const folder = path.join(EVAL_ROOT, name === 'polnear' ? 'polnear-dev' : 'ggt-dev');
  if (!existsSync(path.join(folder, 'gold.jsonl'))) return null;
  const texts = path.join(folder, 'texts');
  if (name === 'polnear') {
    return { name: 'PolNeAR dev', texts, definition: 'attributions with a verb of communication as cue', gold: readGold(folder, (l) => isSpeechCue(l.cueText ?? ''), () => undefined) };
  }
  return { name: 'ggt dev', texts, definition: 'annotated quotes', gold: readGold(folder, () => true, (l) => l.sourceName ?? undefined) };
}

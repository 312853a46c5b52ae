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
  /** The folder of article texts, one `<id>.txt` each; null for the default corpus (the seeds). */
  texts: string | null;
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

interface SeedsGold {
  statements: { article: string; text: string; speaker: string | null; anonymous?: boolean }[];
}

/** The hand-written gold of the seed articles (test/fixtures), placed by the text of each statement. */
function seedsSet(): DevSet {
  const file = path.join(PROJECT_ROOT, 'test', 'fixtures', 'seeds-gold.json');
  const gold = new Map<string, GoldStatement[]>();
  for (const entry of (JSON.parse(readFileSync(file, 'utf8')) as SeedsGold).statements) {
    const text = readFileSync(path.join(PROJECT_ROOT, 'seeds', `${entry.article}.txt`), 'utf8');
    const start = text.indexOf(entry.text);
    if (start < 0) throw new Error(`${file}: "${entry.text.slice(0, 60)}" is not in ${entry.article}`);
    const list = gold.get(entry.article) ?? [];
    list.push({ content: [{ start, end: start + entry.text.length }], source: null, speaker: entry.speaker, anonymous: entry.anonymous ?? false });
    gold.set(entry.article, list);
  }
  return { name: 'seeds', texts: null, definition: 'hand-written gold, test/fixtures/seeds-gold.json', gold };
}

export type SetName = 'polnear' | 'ggt' | 'seeds';
export const SET_NAMES: readonly SetName[] = ['polnear', 'ggt', 'seeds'];

/** A development set by name, or null when ../shared does not have it. */
export function loadDevSet(name: SetName): DevSet | null {
  if (name === 'seeds') return seedsSet();
  const folder = path.join(EVAL_ROOT, name === 'polnear' ? 'polnear-dev' : 'ggt-dev');
  if (!existsSync(path.join(folder, 'gold.jsonl'))) return null;
  const texts = path.join(folder, 'texts');
  if (name === 'polnear') {
    return { name: 'PolNeAR dev', texts, definition: 'attributions with a verb of communication as cue', gold: readGold(folder, (l) => isSpeechCue(l.cueText ?? ''), () => undefined) };
  }
  return { name: 'ggt dev', texts, definition: 'annotated quotes', gold: readGold(folder, () => true, (l) => l.sourceName ?? undefined) };
}

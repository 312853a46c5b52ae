/**
 * Invented documents and questions for comparing the PostgreSQL search with
 * minisearch: words with shared prefixes and near-miss spellings, numbers in
 * several forms, stop words, names of invented people and places; drawn
 * from a seeded generator so every run compares the same things.
 */
export type Random = () => number;

/** mulberry32: small, seeded, good enough to draw test data. */
export function seeded(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

const STEMS = ['ferrox', 'kelvan', 'ostbyr', 'lindgar', 'vargol', 'acmeline', 'freedon', 'springal', 'tollbar', 'quarnet', 'brissel', 'montavel'];
const ENDINGS = ['', 'a', 'an', 'ane', 'es', 'ing', 'ed', 'ation', 'ations', 'ly', 'ister', 'isterial'];
const PLAIN = [
  'ferry', 'ferries', 'harbour', 'harbor', 'bridge', 'toll', 'tolls', 'budget', 'council', 'minister', 'ministry', 'mine',
  'miner', 'miners', 'mining', 'strike', 'striking', 'resign', 'resigned', 'resignation', 'election', 'elections',
  'spring', 'springs', 'tariff', 'tariffs', 'grain', 'grains', 'export', 'exports', 'exporter', 'overlap', 'overlapping',
];
const NAMES = ['Jane Roe', 'Tom Varga', 'Springfield', 'Springfeld', 'Freedonia', 'Acme', 'Ostby', 'Lindgren', 'Kelvale', 'Lindgrem'];
const NUMBERS = ['six', '6', '1,200', '1200', '40%', '40 per cent', '12km', '12 kilometres', '0.4', '2017', '007'];
const STOP = ['the', 'said', 'will', 'not', 'of', 'and', 'to', 'that', 'is'];

/** A word of the invented language: a stem with an ending, or a plain word. */
function word(random: Random): string {
  const roll = random();
  if (roll < 0.45) return pick(random, STEMS) + pick(random, ENDINGS);
  if (roll < 0.75) return pick(random, PLAIN);
  if (roll < 0.85) return pick(random, NAMES);
  if (roll < 0.92) return pick(random, NUMBERS);
  return pick(random, STOP);
}

/** One random edit (substitution, insertion, deletion or swap): a typo. */
export function typo(random: Random, text: string): string {
  if (text.length < 2) return text;
  const at = Math.floor(random() * text.length);
  const letter = pick(random, [...'abcdefghijklmnopqrstuvwxyz']);
  switch (Math.floor(random() * 4)) {
    case 0:
      return text.slice(0, at) + letter + text.slice(at + 1);
    case 1:
      return text.slice(0, at) + letter + text.slice(at);
    case 2:
      return text.slice(0, at) + text.slice(at + 1);
    default:
      return at + 1 < text.length ? text.slice(0, at) + text[at + 1] + text[at] + text.slice(at + 2) : text;
  }
}

export function sentence(random: Random, words: number): string {
  const parts: string[] = [];
  for (let i = 0; i < words; i++) {
    const w = word(random);
    // Now and then a near-miss spelling of a word, as articles have them.
    parts.push(random() < 0.08 ? typo(random, w) : w);
  }
  return `${parts.join(' ')}.`;
}

export function statementTexts(random: Random, count: number): string[] {
  return Array.from({ length: count }, () => {
    const text = sentence(random, 4 + Math.floor(random() * 20));
    // A repeated wording, as clusters join their outlets' versions.
    return random() < 0.2 ? `${text} \n ${text}` : text;
  });
}

export function speakerFields(random: Random, count: number): Record<string, string>[] {
  return Array.from({ length: count }, () => ({
    name: random() < 0.1 ? '' : `${pick(random, NAMES)} ${pick(random, STEMS)}`,
    aliases: Array.from({ length: Math.floor(random() * 3) }, () => pick(random, NAMES)).join(' | '),
    roles: Array.from({ length: Math.floor(random() * 3) }, () => `${pick(random, PLAIN)} ${pick(random, STEMS)}${pick(random, ENDINGS)}`).join(' | '),
  }));
}

/** A question's words: words of the documents, some with typos, some cut short, with stop words. */
export function questionText(random: Random, documents: readonly string[]): string {
  const source = pick(random, documents).split(/\s+/).filter(Boolean);
  const count = 1 + Math.floor(random() * 4);
  const words: string[] = [];
  for (let i = 0; i < count; i++) {
    let w = random() < 0.8 ? pick(random, source) : word(random);
    const roll = random();
    if (roll < 0.25) w = typo(random, w);
    else if (roll < 0.35) w = typo(random, typo(random, w));
    else if (roll < 0.5) w = w.slice(0, Math.max(2, Math.ceil(w.length * (0.4 + random() * 0.5))));
    words.push(w);
  }
  return words.join(' ');
}

/**
 * A short signature of an article's words (MinHash over runs of four
 * words): two texts that are mostly the same (a wire story carried by
 * several outlets, trimmed or retitled; the same file saved twice) have
 * signatures that mostly agree, and the share of slots that agree estimates
 * the share of word runs the two have in common (their Jaccard index).
 * Different stories on one topic share almost no run of four words.
 */

/**
 * Fewer words than this are not signed: a brief of a sentence or two that
 * quotes the same line as another is no evidence of one copied story.
 */
export const SIGNED_WORDS = 40;

/** Slots in a signature: the estimate's error (one standard deviation) is about 0.04 at a true share of one half or of 0.7, so copies (0.7 and up) and reports from one template (about 0.5) fall either side of COPY_AGREEMENT. */
export const SIGNATURE_SLOTS = 128;

/** Words per run: short enough to survive small edits, long enough that different stories share few. */
const RUN = 4;

/** murmur3's finaliser: spreads a hash mixed with a slot's seed into a hash of its own for that slot. */
function mix(value: number): number {
  let x = value;
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

const SEEDS = Array.from({ length: SIGNATURE_SLOTS }, (_, slot) => mix(0x9e3779b9 ^ Math.imul(slot + 1, 0x27d4eb2f)));

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

const WORD_CHARACTER = /^[\p{L}\p{N}]$/u;

/** Whether the character at `at` is part of a word: ASCII letters and digits at once, anything else (a surrogate pair whole) asked of Unicode. */
function inWord(code: number, text: string, at: number): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a);
  return WORD_CHARACTER.test(String.fromCodePoint(text.codePointAt(at) as number));
}

/** A run's hash: its words' hashes folded in order. */
function runHash(words: Uint32Array, first: number, count: number): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < count; i++) hash = mix(Math.imul(hash ^ (words[(first + i) % RUN] as number), FNV_PRIME));
  return hash;
}

function addRun(signature: number[], hash: number): void {
  for (let slot = 0; slot < SIGNATURE_SLOTS; slot++) {
    const slotHash = mix(hash ^ (SEEDS[slot] as number));
    if (slotHash < (signature[slot] as number)) signature[slot] = slotHash;
  }
}

/**
 * The signature of a text: per slot, the least of its word runs' hashes
 * under that slot's seed. Case and punctuation do not count. A text of
 * fewer than four words is signed by its words.
 *
 * @example
 * signatureAgreement(textSignature('The ferry will run all winter, Jane Roe said.'), textSignature('"The ferry will run all winter," Jane Roe said on Monday.')) // most slots
 */
export function textSignature(text: string): number[] {
  const signature = new Array<number>(SIGNATURE_SLOTS).fill(0xffffffff);
  forEachRun(text, (hash) => addRun(signature, hash));
  return signature;
}

/**
 * Calls `take` with the hash of each run of four words of a text (one run of
 * all its words when it has fewer), read a character at a time, each word
 * hashed as it is read (FNV-1a): no string is made.
 */
export function forEachRun(text: string, take: (hash: number) => void): void {
  const lower = text.toLowerCase();
  // The last RUN words' hashes, a ring.
  const words = new Uint32Array(RUN);
  let count = 0;
  let hash = FNV_OFFSET;
  let inside = false;
  for (let at = 0; at <= lower.length; at++) {
    const code = at < lower.length ? lower.charCodeAt(at) : 0x20;
    if (at < lower.length && inWord(code, lower, at)) {
      hash = Math.imul(hash ^ code, FNV_PRIME);
      // A letter beyond U+FFFF is two code units: both are hashed, as one character.
      if (code >= 0xd800 && code <= 0xdbff && at + 1 < lower.length) hash = Math.imul(hash ^ lower.charCodeAt(++at), FNV_PRIME);
      inside = true;
    } else if (inside) {
      words[count % RUN] = hash >>> 0;
      count++;
      if (count >= RUN) take(runHash(words, count % RUN, RUN));
      hash = FNV_OFFSET;
      inside = false;
    }
  }
  if (count > 0 && count < RUN) take(runHash(words, 0, count));
}

/** The share of slots two signatures agree on (0 to 1): an estimate of the share of word runs the texts have in common. */
export function signatureAgreement(a: readonly number[], b: readonly number[]): number {
  if (a.length === 0 || a.length !== b.length) return 0;
  let same = 0;
  for (let slot = 0; slot < a.length; slot++) if (a[slot] === b[slot]) same++;
  return same / a.length;
}

/** A story's signature as stored (encodeSignature), or null for a story too short to sign (SIGNED_WORDS). */
export function storySignature(text: string): string | null {
  const words = /[\p{L}\p{N}]+/gu;
  for (let count = 0; count < SIGNED_WORDS; count++) if (words.exec(text) === null) return null;
  return encodeSignature(textSignature(text));
}

/**
 * A signature as stored with an article: each slot's top 16 bits, in
 * base64 (344 characters). Two slots that differ agree in their top bits
 * once in 65,536 times: the estimate hardly moves.
 */
export function encodeSignature(signature: readonly number[]): string {
  const bytes = Buffer.alloc(signature.length * 2);
  signature.forEach((value, slot) => bytes.writeUInt16BE(value >>> 16, slot * 2));
  return bytes.toString('base64');
}

/** The slots of a stored signature (their top 16 bits); empty for text that is not one. */
export function decodeSignature(stored: string): number[] {
  const bytes = Buffer.from(stored, 'base64');
  if (bytes.length !== SIGNATURE_SLOTS * 2) return [];
  return Array.from({ length: SIGNATURE_SLOTS }, (_, slot) => bytes.readUInt16BE(slot * 2));
}

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

/** Slots in a signature: the estimate's error (one standard deviation) is about 0.06 at a true share of one half. */
export const SIGNATURE_SLOTS = 64;

/** Words per run: short enough to survive small edits, long enough that different stories share few. */
const RUN = 4;

/** FNV-1a of a string: a 32-bit hash of each run of words. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let at = 0; at < text.length; at++) {
    hash ^= text.charCodeAt(at);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

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

/**
 * The signature of a text: per slot, the least of its word runs' hashes
 * under that slot's seed. Case and punctuation do not count. A text of
 * fewer than four words is signed by its words.
 *
 * @example
 * signatureAgreement(textSignature('The ferry will run all winter, Jane Roe said.'), textSignature('"The ferry will run all winter," Jane Roe said on Monday.')) // most slots
 */
export function textSignature(text: string): number[] {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const run = Math.min(RUN, words.length);
  const signature = new Array<number>(SIGNATURE_SLOTS).fill(0xffffffff);
  if (run === 0) return signature;
  for (let start = 0; start + run <= words.length; start++) {
    const hash = fnv1a(words.slice(start, start + run).join(' '));
    for (let slot = 0; slot < SIGNATURE_SLOTS; slot++) {
      const slotHash = mix(hash ^ (SEEDS[slot] as number));
      if (slotHash < (signature[slot] as number)) signature[slot] = slotHash;
    }
  }
  return signature;
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
  const words = text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  return words < SIGNED_WORDS ? null : encodeSignature(textSignature(text));
}

/**
 * A signature as stored with an article: each slot's top 16 bits, in
 * base64 (172 characters). Two slots that differ agree in their top bits
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

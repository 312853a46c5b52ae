/**
 * Finding every term within a Levenshtein distance with pg_trgm, without
 * missing one. A term's trigram key maps each UTF-16 code unit to one ASCII
 * letter or digit (letters and digits stay, capitals lowered, anything else
 * folded onto one of them): pg_trgm then sees one plain word whatever the
 * database's locale, and since the map is per code unit, two terms' keys are
 * never further apart than the terms are in minisearch's distance.
 *
 * An edit removes at most three of a word's trigrams (pg_trgm pads a word
 * with two spaces before and one after), so a term within `distance` edits
 * shares at least `trigrams(query) - 3 * distance` of the query's trigrams;
 * that gives a similarity threshold below which no such term can fall.
 */
const ALPHANUMERIC = 'abcdefghijklmnopqrstuvwxyz0123456789';

export function trigramKey(term: string): string {
  let key = '';
  for (let at = 0; at < term.length; at++) {
    const code = term.charCodeAt(at);
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) key += term[at];
    else if (code >= 0x41 && code <= 0x5a) key += String.fromCharCode(code + 0x20);
    else key += ALPHANUMERIC[code % ALPHANUMERIC.length];
  }
  return key;
}

/** pg_trgm's trigrams of one word of letters and digits. */
function trigramsOf(key: string): Set<string> {
  const padded = `  ${key} `;
  const trigrams = new Set<string>();
  for (let at = 0; at + 3 <= padded.length; at++) trigrams.add(padded.slice(at, at + 3));
  return trigrams;
}

/**
 * The pg_trgm similarity no term within `distance` of `key` falls below, or
 * null when the bound says nothing (short words, large distances): then the
 * look-up reads every term of a fitting length instead.
 */
export function similarityFloor(key: string, distance: number): number | null {
  const own = trigramsOf(key).size;
  const shared = own - 3 * distance;
  if (shared <= 0) return null;
  // The other term has at most length + distance + 1 trigrams; float4 rounding in pg_trgm is allowed for.
  const union = own + key.length + distance + 1 - shared;
  return shared / union - 1e-4;
}

/**
 * The role shown beside a speaker's name in answers. Attribution records the
 * words written with a speaker, and some of them are no role: a clause that
 * ran into the name ("the first vote was held on Monday with Jane Roe") or a
 * fragment ("spokesman for"). A label shows a role that reads as one, and
 * the one the articles give the speaker most often, never merely the longest.
 */
import { FINITE_AUXILIARIES, PREPOSITIONS, RELATIVE_PRONOUNS } from '../attribution/lexicon.js';
import { HONORIFICS } from '../attribution/names.js';
import { reportingForms } from '../language/reporting-verbs.js';

/** Verbs that make words a clause, not a role: "was", "has", "told", "said". */
const CLAUSE_VERBS: ReadonlySet<string> = new Set([...FINITE_AUXILIARIES, ...reportingForms(['past', 'third'])]);

/**
 * Whether written words read as a role: no verb of a clause of their own.
 *
 * @example isRolePhrase('a spokeswoman for the Ostby ferry company') // true
 * @example isRolePhrase('an engineer who has worked on the bridge') // true
 * @example isRolePhrase('the first vote was held on Monday with') // false
 * @example isRolePhrase('a spokesman for Mr') // false
 * @example isRolePhrase('of Freedonia') // false
 */
export function isRolePhrase(role: string): boolean {
  const words = role.toLowerCase().replace(/[’]/g, "'").split(/[^\p{L}\p{N}'-]+/u).filter(Boolean);
  for (const [index, word] of words.entries()) {
    // "that" opens a relative clause before a verb ("the firm that is buying"), not before a noun ("that battle").
    if (RELATIVE_PRONOUNS.has(word) || (word === 'that' && CLAUSE_VERBS.has(words[index + 1] ?? ''))) return true;
    if (CLAUSE_VERBS.has(word)) return false;
  }
  // A courtesy title at the end belonged to a name cut off after it ("a spokesman for Mr"), a possessive to
  // a role cut off after it ("Freedonia's"), and a preposition first to a role cut off before it ("of Freedonia").
  const last = words.at(-1) ?? '';
  return words.length > 0 && !HONORIFICS.has(last.replace(/\.$/, '')) && !/'s?$/.test(last) && !PREPOSITIONS.has(words[0] ?? '');
}

/** Counts each role as written with a speaker's statements. */
export function countRoles(roles: readonly (string | null)[], into: Map<string, number> = new Map()): Map<string, number> {
  for (const role of roles) if (role && isRolePhrase(role)) into.set(role, (into.get(role) ?? 0) + 1);
  return into;
}

const words = (role: string): number => role.split(/\s+/).length;

/**
 * The role to show for a statement: the fullest one written with it (two
 * words or more), else the one written most often with the speaker's
 * statements, else one the speaker was introduced with.
 *
 * @param written the roles written with this statement, in each article that carried it
 * @param bySpeaker how often each role was written with the speaker's statements
 * @param introduced the roles the speaker was introduced with anywhere
 */
export function shownRole(written: readonly (string | null)[], bySpeaker: ReadonlyMap<string, number>, introduced: readonly string[]): string | null {
  const own = written.filter((role): role is string => role !== null && isRolePhrase(role));
  const fullest = own.reduce<string | null>((best, role) => (role.length > (best?.length ?? 0) ? role : best), null);
  if (fullest && words(fullest) >= 2) return fullest;
  let common: string | null = null;
  for (const [role, count] of bySpeaker) {
    const best = common === null ? 0 : (bySpeaker.get(common) ?? 0);
    if (count > best || (count === best && common !== null && words(role) > words(common))) common = role;
  }
  return common ?? introduced.find(isRolePhrase) ?? fullest;
}

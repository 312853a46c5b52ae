/**
 * Nouns that count the same things in a report of a number: "how many
 * countries" is answered by "12 nations" or "a 40-state alliance". Each
 * group is in the singular (see `singular`).
 */
export const KIN_NOUNS: readonly (readonly string[])[] = [
  ['country', 'nation', 'state'],
  ['soldier', 'troop', 'fighter', 'militant', 'force', 'personnel', 'serviceman'],
  ['person', 'civilian', 'resident', 'villager', 'refugee', 'inhabitant'],
  // A death toll: "30 people were killed", "12 dead", "40 deaths".
  ['dead', 'death', 'killed', 'died', 'fatality', 'casualty', 'victim', 'body', 'life'],
];

/** Plurals not made with -s. */
const IRREGULAR: ReadonlyMap<string, string> = new Map([
  ['people', 'person'], ['men', 'man'], ['women', 'woman'], ['children', 'child'], ['lives', 'life'], ['personnel', 'personnel'],
]);

/**
 * A noun's singular, by the common English endings: "countries" → "country",
 * "churches" → "church", "nations" → "nation"; a word in -ss stays.
 */
export function singular(word: string): string {
  const lower = word.toLowerCase();
  const irregular = IRREGULAR.get(lower);
  if (irregular) return irregular;
  if (/[^aeiou]ies$/.test(lower)) return `${lower.slice(0, -3)}y`;
  if (/(?:ss|sh|ch|x|z)es$/.test(lower)) return lower.slice(0, -2);
  if (/[^su]s$/.test(lower) && lower.length > 3) return lower.slice(0, -1);
  return lower;
}

/** Those who speak for a country where countries meet: "11 other ministers" counts the countries at a meeting. */
const REPRESENTATIVES = ['minister', 'delegation', 'delegate', 'chief', 'leader', 'envoy', 'representative'];
/** Words of a question about countries meeting ("how many countries met in Ostby", "... attended the summit"). */
const MEETING = /\b(?:countries|nations|states)\s+(?:met|meet|gathered|attended|convened|took\s+part)\b|\b(?:meeting|summit|conference)\b/i;

/**
 * The nouns that count what `noun` counts (its group, in the singular),
 * itself included; for countries that meet (`asked`, the question's words,
 * says so), their representatives too.
 */
export function kinOf(noun: string, asked = ''): ReadonlySet<string> {
  const one = singular(noun);
  const group = KIN_NOUNS.find((kin) => kin.includes(one)) ?? [one];
  return new Set(group.includes('country') && MEETING.test(asked) ? [...group, ...REPRESENTATIVES] : group);
}

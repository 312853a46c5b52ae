/**
 * Curated facts for attribution (config/attribution.json): nicknames, role
 * synonyms, organisation aliases. Only what rules cannot know. The file is
 * read by src/settings/config-files.ts; the stages take the values.
 */

export interface AttributionConfig {
  /** Groups of first names that may stand for one another ("Jim", "James"). */
  nicknames: string[][];
  /** Groups of role phrases for one office ("city hall chief", "Mayor"). */
  roleSynonyms: string[][];
  /** Groups of names for one organisation ("UN", "United Nations"). */
  organisationAliases: string[][];
}

import { foldName } from './names.js';

export const EMPTY_CONFIG: AttributionConfig = { nicknames: [], roleSynonyms: [], organisationAliases: [] };

/** Each configured alias, folded, to its group's first name, folded; built once per configuration. */
const ALIAS_KEYS = new WeakMap<AttributionConfig, Map<string, string>>();

function aliasKeys(config: AttributionConfig): Map<string, string> {
  let keys = ALIAS_KEYS.get(config);
  if (!keys) {
    keys = new Map();
    for (const group of config.organisationAliases) {
      const canonical = foldName(group[0] ?? '');
      // The first group naming an alias wins, as a search through the groups in order would.
      for (const alias of group) if (!keys.has(foldName(alias))) keys.set(foldName(alias), canonical);
    }
    ALIAS_KEYS.set(config, keys);
  }
  return keys;
}

/**
 * One key for every name of an organisation: "the UN" and "United Nations"
 * give the same key when the configuration lists them as aliases.
 */
export function organisationKey(name: string, config: AttributionConfig): string {
  const folded = foldName(name).replace(/^the /, '');
  return aliasKeys(config).get(folded) ?? folded;
}

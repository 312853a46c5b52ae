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

export const EMPTY_CONFIG: AttributionConfig = { nicknames: [], roleSynonyms: [], organisationAliases: [] };

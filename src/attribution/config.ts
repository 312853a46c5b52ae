/**
 * Curated facts for attribution (config/attribution.json): nicknames, role
 * synonyms, organisation aliases. Only what rules cannot know.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../corpus/load.js';

export interface AttributionConfig {
  /** Groups of first names that may stand for one another ("Ash", "Ashton"). */
  nicknames: string[][];
  /** Groups of role phrases for one office ("Pentagon chief", "Defense Secretary"). */
  roleSynonyms: string[][];
  /** Groups of names for one organisation ("UN", "United Nations"). */
  organisationAliases: string[][];
}

export const EMPTY_CONFIG: AttributionConfig = { nicknames: [], roleSynonyms: [], organisationAliases: [] };
export const DEFAULT_CONFIG_FILE = path.join(PROJECT_ROOT, 'config', 'attribution.json');

function groups(value: unknown): string[][] {
  if (!Array.isArray(value)) return [];
  return value
    .filter((group): group is unknown[] => Array.isArray(group))
    .map((group) => group.filter((item): item is string => typeof item === 'string'));
}

/** Reads the config file; a missing or broken file means no curated facts, with the reason thrown. */
export function loadAttributionConfig(file: string = DEFAULT_CONFIG_FILE): AttributionConfig {
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (typeof parsed !== 'object' || parsed === null) throw new Error(`${file}: expected a JSON object`);
  const record = parsed as Record<string, unknown>;
  return {
    nicknames: groups(record.nicknames),
    roleSynonyms: groups(record.roleSynonyms),
    organisationAliases: groups(record.organisationAliases),
  };
}

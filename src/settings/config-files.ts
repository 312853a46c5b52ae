/**
 * The curated config files, read here at the edge of the program: the
 * stages receive what they hold as plain values and never read files.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { AttributionConfig } from '../attribution/config.js';
import { PROJECT_ROOT } from '../corpus/load.js';
import type { SynonymConfig } from '../retrieval/normalise.js';

export const DEFAULT_ATTRIBUTION_CONFIG_FILE = path.join(PROJECT_ROOT, 'config', 'attribution.json');
export const DEFAULT_SYNONYMS_FILE = path.join(PROJECT_ROOT, 'config', 'synonyms.json');

/** Groups of strings from a JSON value: anything else in it is left out. */
function groups(value: unknown): string[][] {
  if (!Array.isArray(value)) return [];
  return value
    .filter((group): group is unknown[] => Array.isArray(group))
    .map((group) => group.filter((item): item is string => typeof item === 'string'));
}

function readObject(file: string): Record<string, unknown> {
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (typeof parsed !== 'object' || parsed === null) throw new Error(`${file}: expected a JSON object`);
  return parsed as Record<string, unknown>;
}

/** Reads config/attribution.json (nicknames, role synonyms, organisation aliases); a missing or broken file throws. */
export function loadAttributionConfig(file: string = DEFAULT_ATTRIBUTION_CONFIG_FILE): AttributionConfig {
  const record = readObject(file);
  return {
    nicknames: groups(record.nicknames),
    roleSynonyms: groups(record.roleSynonyms),
    organisationAliases: groups(record.organisationAliases),
  };
}

/** Reads config/synonyms.json, the search synonyms; a missing or broken file throws. */
export function loadSynonyms(file: string = DEFAULT_SYNONYMS_FILE): SynonymConfig {
  return { groups: groups(readObject(file).groups) };
}

export interface ConfigFiles {
  synonyms: SynonymConfig;
  attribution: AttributionConfig;
}

/** Both config files from their default places, as `openCoverage` takes them. */
export function loadConfigFiles(): ConfigFiles {
  return { synonyms: loadSynonyms(), attribution: loadAttributionConfig() };
}

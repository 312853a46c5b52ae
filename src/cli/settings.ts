import { loadEnvFile } from '../settings/env-file.js';
import { readSettings, type Settings } from '../settings/settings.js';

/** Settings from .env and the environment (already checked once at start by main). */
export function loadSettingsFromEnv(): Settings {
  loadEnvFile();
  return readSettings(process.env);
}

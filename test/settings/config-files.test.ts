import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAttributionConfig, loadSynonyms } from '../../src/settings/config-files.js';

function file(content: string): string {
  const name = path.join(mkdtempSync(path.join(tmpdir(), 'quotewire-config-')), 'config.json');
  writeFileSync(name, content);
  return name;
}

describe('config files', () => {
  it('reads the attribution facts, leaving out what is not a group of strings', () => {
    const config = loadAttributionConfig(file(JSON.stringify({ nicknames: [['Jim', 'James', 3]], roleSynonyms: 'no', organisationAliases: [['SWB', 'Springfield Water Board']] })));
    expect(config).toEqual({ nicknames: [['Jim', 'James']], roleSynonyms: [], organisationAliases: [['SWB', 'Springfield Water Board']] });
  });

  it('reads the synonym groups', () => {
    expect(loadSynonyms(file(JSON.stringify({ groups: [['springfield', 'spfld']] })))).toEqual({ groups: [['springfield', 'spfld']] });
  });

  it('throws on a file that is not a JSON object', () => {
    expect(() => loadAttributionConfig(file('null'))).toThrow(/expected a JSON object/);
  });
});

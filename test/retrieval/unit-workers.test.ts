import { describe, expect, it } from 'vitest';
import { unitOf } from '../../src/retrieval/article-unit.js';
import { createLogger } from '../../src/logging/logger.js';
import { inThreadAttributor, startUnitWorkers } from '../../src/retrieval/unit-workers.js';
import { loadAttributionConfig } from '../../src/settings/config-files.js';
import { HARBOUR_CHANGED, INVENTED, NEW_ARTICLES } from './postgres/invented-raws.js';

const config = loadAttributionConfig();
const log = createLogger({ logLevel: 'silent', logFormat: 'json' });

describe('startUnitWorkers', () => {
  it('attributes on worker threads to the very units unitOf gives in-thread, each batch in its order', async () => {
    const attributor = await startUnitWorkers(config, { threads: 2, log });
    try {
      expect(attributor.threads).toBe(2);
      const batches = [[...INVENTED], [...NEW_ARTICLES], [HARBOUR_CHANGED]];
      const units = await Promise.all(batches.map((raws) => attributor.attribute(raws)));
      expect(units).toStrictEqual(batches.map((raws) => raws.map((raw) => unitOf(raw, config))));
    } finally {
      await attributor.close();
    }
  });

  it('refuses work once closed, rather than waiting for ever', async () => {
    const attributor = await startUnitWorkers(config, { threads: 1, log });
    await attributor.close();
    await expect(attributor.attribute([...INVENTED])).rejects.toThrow(/closed/);
  });

  it('attributes in-thread when asked for no threads', async () => {
    const attributor = await startUnitWorkers(config, { threads: 0, log });
    expect(attributor.threads).toBe(0);
    expect(await attributor.attribute([...INVENTED])).toStrictEqual(await inThreadAttributor(config).attribute([...INVENTED]));
  });
});

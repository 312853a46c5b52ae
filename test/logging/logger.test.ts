import { describe, expect, it } from 'vitest';
import { scrubbedError } from '../../src/logging/logger.js';

describe('logged errors', () => {
  it('never carry an interaction or webhook token from a Discord address', () => {
    const error = Object.assign(new Error('Unknown interaction'), {
      url: 'http://127.0.0.1:1/api/v10/interactions/1234567890/aW50ZXJhY3Rpb246c2VjcmV0/callback',
      requestBody: { json: { content: 'see /webhooks/42/another-secret-token/messages/@original' } },
    });
    const logged = JSON.stringify(scrubbedError(error));
    expect(logged).not.toContain('aW50ZXJhY3Rpb246c2VjcmV0');
    expect(logged).not.toContain('another-secret-token');
    expect(logged).toContain('/interactions/1234567890/[redacted]/callback');
    expect(logged).toContain('Unknown interaction');
  });
});

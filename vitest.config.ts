import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    // Starting and stopping the fake Discord may wait on a loaded machine; a hook is not a timed test.
    hookTimeout: 30_000,
  },
});

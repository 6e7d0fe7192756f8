import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/support/build-assets.global.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // CI also keeps a machine-readable result, from which .ci/run prints its closing count.
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: { json: 'tests/artifacts/results.json' },
  },
});

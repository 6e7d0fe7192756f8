import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Generous: CI runs on a developer's machine that may be busy, and a passing test never waits
    // these out. The tests that start real processes give themselves more.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // CI also keeps a machine-readable result, from which .ci/run prints its closing count.
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: { json: 'tests/artifacts/results.json' },
  },
});

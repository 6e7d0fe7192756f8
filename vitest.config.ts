import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Generous: CI runs on a developer's machine that may be busy, and a passing test never waits
    // these out. The tests that start real processes give themselves more.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    globalSetup: ['tests/support/build-assets.global.ts'],
    pool: 'forks',
    // A worker keeps the modules it loaded from one test file to the next: loading the app afresh for
    // each of some 170 files took more time than most of their tests. Tests share no state through
    // modules (each makes its own store, app and fakes), and every test file also passes alone.
    isolate: false,
    // Vitest leaves a core free (one worker on two cores); many tests wait on a browser or a child
    // process, so two workers keep both cores busy.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // CI also keeps a machine-readable result, from which .ci/run prints its closing count.
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: { json: 'tests/artifacts/results.json' },
  },
});

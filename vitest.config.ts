import { defineConfig } from 'vitest/config';

/**
 * Two tiers. `fast` (`npm test`) is what a contributor runs before every commit; `slow`
 * (`npm run test:slow`) holds the end-to-end runs of the real executables and the long property
 * sweeps, in files named `*.slow.test.ts`. `.ci/run` runs both; `npx vitest run` runs both too.
 *
 * Files share their worker's process (`isolate: false`): the example organisation's facts are
 * then computed once per worker instead of once per file, which was most of the suite's time.
 * Nothing under src/ keeps state between calls, and no test mocks a module or changes the
 * process's directory, so sharing the process changes no result.
 */
const shared = {
  setupFiles: ['test/setup-fast-check.ts'],
  testTimeout: 60_000,
  pool: 'forks' as const,
  isolate: false,
};

export default defineConfig({
  test: {
    projects: [
      { test: { ...shared, name: 'fast', include: ['test/**/*.test.ts'], exclude: ['test/**/*.slow.test.ts'], globalSetup: ['test/report-skips.ts'] } },
      { test: { ...shared, name: 'slow', include: ['test/**/*.slow.test.ts'], testTimeout: 300_000 } },
    ],
  },
});

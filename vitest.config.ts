import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'], externalConditions: ['source'] } },
  test: {
    include: [
      'packages/*/src/**/*.test.ts',
      'packages/*/src/**/*.test.tsx',
      'packages/*/eval/**/*.test.ts',
      'packages/web/e2e/**/*.test.ts',
      'soak/**/*.test.ts',
    ],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    allowOnly: false,
    pool: 'forks',
    // FITIQ_FUZZ_SEED replays a failing property test (see README, Tests).
    setupFiles: ['./vitest.setup.ts'],
  },
});

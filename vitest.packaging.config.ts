import { defineConfig } from 'vitest/config';

// Apart from the default run: it packs the built bundles, so `npm test` runs it after the build steps.
export default defineConfig({
  test: {
    include: ['tests/packaging/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 90_000,
    pool: 'forks',
  },
});

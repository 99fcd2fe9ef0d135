import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/core/**/*.test.ts', 'tests/server/**/*.test.ts', 'tests/stories/**/*.test.ts', 'tests/tools/**/*.test.ts', 'tests/app/**/*.test.ts'],
    environment: 'node',
    // A busy 2-core machine runs property tests and story exploration many times slower.
    testTimeout: 60_000,
  },
});

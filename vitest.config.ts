import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/core/**/*.test.ts', 'tests/server/**/*.test.ts', 'tests/stories/**/*.test.ts', 'tests/tools/**/*.test.ts', 'tests/app/**/*.test.ts'],
    environment: 'node',
  },
});

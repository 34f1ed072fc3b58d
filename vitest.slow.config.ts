import { defineConfig } from 'vitest/config';

/** `npm run test:slow`: whole-corpus runs, minutes rather than seconds. */
export default defineConfig({
  test: {
    include: ['tests/slow/**/*.test.ts'],
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
});

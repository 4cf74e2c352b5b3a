import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'lib/**/*.test.ts',
      'components/**/*.test.ts',
      'components/**/*.test.tsx',
      'scripts/**/*.test.ts',
      'test/unit/**/*.test.ts',
    ],
    environment: 'node',
    setupFiles: ['test/unit/setup.ts'],
    testTimeout: 30_000,
  },
});

import './tests/node20-polyfills';
import { defineConfig } from 'vitest/config';

// Real-browser tests: run against the built extension (npm run test:e2e builds it first).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});

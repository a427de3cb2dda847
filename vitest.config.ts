// Three projects: everything on SQLite, the database-backed server tests again on PostgreSQL, and the browser journeys.
import { defineConfig } from 'vitest/config';

const shared = { testTimeout: 30_000, hookTimeout: 60_000 };

export default defineConfig({
  test: {
    projects: [
      { test: { ...shared, name: 'sqlite', include: ['src/**/*.test.ts'], env: { HUIWU_TEST_DIALECT: 'sqlite' } } },
      { test: { ...shared, name: 'postgres', include: ['src/server/**/*.test.ts'], env: { HUIWU_TEST_DIALECT: 'postgres' } } },
      // A browser on a busy two-core machine can take seconds to decode a QR or repaint: polls wait up to 10 s (1 s by default).
      { test: { ...shared, name: 'e2e', include: ['e2e/**/*.test.ts'], testTimeout: 180_000, fileParallelism: false, expect: { poll: { timeout: 10_000 } } } },
    ],
  },
});

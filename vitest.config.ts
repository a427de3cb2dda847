// Three projects: everything on SQLite, the database-backed server tests again on PostgreSQL, and the browser journeys.
import { defineConfig } from 'vitest/config';

const shared = { testTimeout: 30_000, hookTimeout: 60_000 };

export default defineConfig({
  test: {
    projects: [
      { test: { ...shared, name: 'sqlite', include: ['src/**/*.test.ts'], env: { HUIWU_TEST_DIALECT: 'sqlite' } } },
      { test: { ...shared, name: 'postgres', include: ['src/server/**/*.test.ts'], env: { HUIWU_TEST_DIALECT: 'postgres' } } },
      { test: { ...shared, name: 'e2e', include: ['e2e/**/*.test.ts'], testTimeout: 180_000, fileParallelism: false } },
    ],
  },
});

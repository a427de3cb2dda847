/** A fresh, migrated database per test file: in-memory SQLite, or a private schema on PostgreSQL. */
import pg from 'pg';
import { openDatabase, type Database } from '../db/database';
import { migrateToLatest } from '../db/migrate';

/** The dialect this test run targets (the test runner sets it per project). */
export const TEST_DIALECT = process.env.HUIWU_TEST_DIALECT === 'postgres' ? 'postgres' : 'sqlite';

/** Where the PostgreSQL tests connect. */
export const TEST_PG_URL = process.env.HUIWU_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** A test database and the one call that removes it. */
export type TestDatabase = Database & { url?: string; schema?: string; dispose: () => Promise<void> };

/** Opens and migrates a database no other test file can see. */
export async function openTestDatabase(opts: { sqlitePath?: string } = {}): Promise<TestDatabase> {
  if (TEST_DIALECT === 'sqlite') {
    const database = openDatabase({ sqlitePath: opts.sqlitePath ?? ':memory:' });
    await migrateToLatest(database.db);
    return { ...database, dispose: database.close };
  }
  const schema = `t_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: TEST_PG_URL });
  await admin.connect();
  // Once per database, before test files migrate in parallel (two concurrent CREATE EXTENSIONs collide).
  await admin.query('create extension if not exists btree_gist with schema public').catch(() => undefined);
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const database = openDatabase({ url: TEST_PG_URL, schema, poolSize: 5 });
  await migrateToLatest(database.db);
  return {
    ...database,
    url: TEST_PG_URL,
    schema,
    dispose: async () => {
      await database.close();
      const c = new pg.Client({ connectionString: TEST_PG_URL });
      await c.connect();
      await c.query(`drop schema ${schema} cascade`);
      await c.end();
    },
  };
}

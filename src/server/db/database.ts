/** Opens the database: SQLite (WAL) by default, PostgreSQL when a `postgres://` URL is given. */
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, sql, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { Tables } from './tables';

/** The two dialects Huiwu runs on. */
export type Dialect = 'sqlite' | 'postgres';

/** Kysely over our tables. */
export type Db = Kysely<Tables>;

/** An open database and how to close it. */
export type Database = { db: Db; dialect: Dialect; close: () => Promise<void> };

// bigint columns hold epoch ms and counts, all well inside Number's safe range.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (v) => Number(v));

/** Where to connect, and for PostgreSQL an optional schema (tests give each file its own). */
export type DatabaseOptions = { url?: string; sqlitePath?: string; poolSize?: number; schema?: string };

/** Opens PostgreSQL when `url` is set, otherwise the SQLite file (`:memory:` for tests). */
export function openDatabase(opts: DatabaseOptions): Database {
  if (opts.url) {
    const pool = new pg.Pool({
      connectionString: opts.url,
      max: opts.poolSize ?? 10,
      ...(opts.schema ? { options: `-c search_path=${opts.schema}` } : {}),
    });
    const db = new Kysely<Tables>({ dialect: new PostgresDialect({ pool }) });
    return { db, dialect: 'postgres', close: () => db.destroy() };
  }
  const file = opts.sqlitePath ?? ':memory:';
  if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<Tables>({ dialect: new SqliteDialect({ database: sqlite }) });
  return { db, dialect: 'sqlite', close: () => db.destroy() };
}

/** Lock key for start-up work (migrations, demo data) that only one process may do at a time. */
const STARTUP_LOCK = 72_0001;

/**
 * Runs start-up work under a PostgreSQL advisory lock, so several app processes starting together
 * neither race nor load demo data twice. SQLite is owned by one process, so it just runs.
 */
export async function withStartupLock<T>(database: Database, fn: () => Promise<T>): Promise<T> {
  if (database.dialect !== 'postgres') return fn();
  return database.db.connection().execute(async (conn) => {
    await sql`select pg_advisory_lock(${STARTUP_LOCK})`.execute(conn);
    try {
      return await fn();
    } finally {
      await sql`select pg_advisory_unlock(${STARTUP_LOCK})`.execute(conn);
    }
  });
}

/**
 * A transaction that takes the write lock at once. On SQLite it is `BEGIN IMMEDIATE`, so a check
 * and the write that depends on it cannot interleave with another process's; on PostgreSQL a plain
 * transaction (constraints such as the booking exclusion decide races there).
 */
export async function writeTransaction<T>(db: Db, dialect: Dialect, fn: (trx: Db) => Promise<T>): Promise<T> {
  if (dialect === 'postgres') return db.transaction().execute(fn);
  return db.connection().execute(async (conn) => {
    await sql`begin immediate`.execute(conn);
    try {
      const result = await fn(conn);
      await sql`commit`.execute(conn);
      return result;
    } catch (err) {
      await sql`rollback`.execute(conn);
      throw err;
    }
  });
}

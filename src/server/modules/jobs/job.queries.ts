/** SQL of the jobs table: enqueue, claim with a lease (SKIP LOCKED on PostgreSQL), finish, retry. */
import { sql } from 'kysely';
import type { Db, Dialect } from '../../db/database';
import type { JobRow } from '../../db/tables';

/** Stores jobs; a job whose dedupe key exists already is skipped. */
export async function insertJobs(db: Db, rows: readonly JobRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) {
    await db.insertInto('jobs').values(rows.slice(i, i + 500)).onConflict((oc) => oc.column('dedupe_key').doNothing()).execute();
  }
}

/**
 * Takes up to `limit` due jobs for this worker: pending ones whose time has come, and running ones whose lease ran out
 * (their process died). On PostgreSQL rows another worker is taking are skipped, so workers never take the same job.
 */
export async function claimJobs(db: Db, dialect: Dialect, worker: string, now: number, leaseMs: number, limit: number, kinds?: readonly string[]): Promise<JobRow[]> {
  const kindFilter = kinds?.length ? sql`and kind in (${sql.join(kinds)})` : sql``;
  const lock = dialect === 'postgres' ? sql`for update skip locked` : sql``;
  const { rows } = await sql<JobRow>`
    update jobs set status = 'running', locked_by = ${worker}, locked_until = ${now + leaseMs}, attempts = attempts + 1, updated_at = ${now}
    where id in (
      select id from jobs
      where ((status = 'pending' and run_at <= ${now}) or (status = 'running' and locked_until < ${now})) ${kindFilter}
      order by run_at, id
      limit ${limit}
      ${lock}
    )
    returning *`.execute(db);
  return rows.map((r) => ({ ...r, run_at: Number(r.run_at), attempts: Number(r.attempts), max_attempts: Number(r.max_attempts), locked_until: r.locked_until === null ? null : Number(r.locked_until), created_at: Number(r.created_at), updated_at: Number(r.updated_at) }));
}

/** Marks a job finished, only while this worker still holds it. */
export async function finishJob(db: Db, id: string, worker: string, now: number, status: 'done' | 'dead', error: string | null = null): Promise<boolean> {
  const r = await db.updateTable('jobs').set({ status, locked_by: null, locked_until: null, last_error: error, updated_at: now })
    .where('id', '=', id).where('locked_by', '=', worker).where('status', '=', 'running').executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Puts a job back to run again later, only while this worker still holds it. */
export async function retryJob(db: Db, id: string, worker: string, runAt: number, error: string, now: number): Promise<boolean> {
  const r = await db.updateTable('jobs').set({ status: 'pending', run_at: runAt, locked_by: null, locked_until: null, last_error: error, updated_at: now })
    .where('id', '=', id).where('locked_by', '=', worker).where('status', '=', 'running').executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Stops the pending jobs of a kind for these references (a cancelled notice's sends). */
export async function cancelPendingJobs(db: Db, kind: string, refIds: readonly string[], now: number): Promise<void> {
  for (let i = 0; i < refIds.length; i += 500) {
    await db.updateTable('jobs').set({ status: 'dead', last_error: 'cancelled', updated_at: now })
      .where('kind', '=', kind).where('ref_id', 'in', refIds.slice(i, i + 500)).where('status', '=', 'pending').execute();
  }
}

/** Counts of jobs by status (the queue's health on the outbox page). */
export async function jobCounts(db: Db, orgId: string) {
  const rows = await db.selectFrom('jobs').select(['status', (eb) => eb.fn.countAll<number>().as('n')]).where('org_id', '=', orgId).groupBy('status').execute();
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)])) as Record<string, number>;
}

/** The jobs worker: claims due jobs with a lease, runs their handler, retries with backoff; any number of processes may run one. */
import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import type { Database } from '../../db/database';
import type { JobRow } from '../../db/tables';
import { newId } from '../../platform/ids';
import * as q from './job.queries';

/** What a handler reports: done, or retry (the error says why) unless it may not be retried. */
export type JobOutcome = { ok: true } | { ok: false; error: string; retryable: boolean };

/** Runs one job; it must be idempotent, because a job whose process died mid-way is run again. */
export type JobHandler = (job: JobRow, worker: string) => Promise<JobOutcome>;

/** Options of a worker; tests set small numbers. */
export type WorkerOptions = { poll?: boolean; batch?: number; concurrency?: number; leaseMs?: number; idleMs?: number; now?: () => number; baseBackoffMs?: number };

/** A running worker. */
export type Worker = { id: string; wake: () => void; drainOnce: () => Promise<number>; stop: () => Promise<void> };

/** A job to add: what to do and to what, when, and a key that makes adding it twice harmless. */
export type NewJob = { orgId: string | null; kind: string; refId: string; runAt: number; dedupeKey?: string | null; maxAttempts?: number };

/** Rows for `insertJobs`. */
export function jobRows(jobs: readonly NewJob[], now: number): import('../../db/tables').JobRow[] {
  return jobs.map((j) => ({
    id: newId(), org_id: j.orgId, kind: j.kind, ref_id: j.refId, dedupe_key: j.dedupeKey ?? null, status: 'pending', run_at: j.runAt,
    attempts: 0, max_attempts: j.maxAttempts ?? 6, locked_by: null, locked_until: null, last_error: null, created_at: now, updated_at: now,
  }));
}

/** Exponential backoff with jitter: 30 s, 1 min, 2 min … capped at one hour. */
export function backoffMs(attempts: number, base = 30_000): number {
  const exp = Math.min(base * 2 ** Math.max(0, attempts - 1), 3_600_000);
  return Math.round(exp * (0.8 + Math.random() * 0.4));
}

/** Starts polling for jobs of the given kinds; `wake()` makes it look at once (after this process enqueued work). */
export function startWorker(database: Database, handlers: Record<string, JobHandler>, opts: WorkerOptions = {}): Worker {
  const id = `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
  const { poll = true, batch = 50, concurrency = 8, leaseMs = 60_000, idleMs = 1000, now = Date.now, baseBackoffMs = 30_000 } = opts;
  const kinds = Object.keys(handlers);
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;

  async function runOne(job: JobRow): Promise<void> {
    let outcome: JobOutcome;
    try {
      outcome = await handlers[job.kind](job, id);
    } catch (err) {
      outcome = { ok: false, error: (err as Error).message ?? String(err), retryable: true };
    }
    const t = now();
    if (outcome.ok) await q.finishJob(database.db, job.id, id, t, 'done');
    else if (outcome.retryable && job.attempts < job.max_attempts) await q.retryJob(database.db, job.id, id, t + backoffMs(job.attempts, baseBackoffMs), outcome.error, t);
    else await q.finishJob(database.db, job.id, id, t, 'dead', outcome.error);
  }

  /** Claims and runs one batch; returns how many jobs it ran. */
  async function drainOnce(): Promise<number> {
    const jobs = await q.claimJobs(database.db, database.dialect, id, now(), leaseMs, batch, kinds);
    let next = 0;
    const lanes = Array.from({ length: Math.min(concurrency, jobs.length) }, async () => {
      while (next < jobs.length && !stopped) await runOne(jobs[next++]);
    });
    await Promise.all(lanes);
    return jobs.length;
  }

  async function loop(): Promise<void> {
    timer = null;
    let ran = 0;
    try {
      ran = await drainOnce();
    } catch {
      ran = 0; // database briefly unavailable: try again after the idle pause
    }
    if (!stopped) timer = setTimeout(() => { running = loop(); }, ran === batch ? 0 : idleMs);
  }

  if (poll) running = loop();
  return {
    id,
    drainOnce,
    wake: () => {
      if (stopped || !poll || !timer) return;
      clearTimeout(timer);
      timer = null;
      running = loop();
    },
    stop: async () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}

const queuedListeners = new Set<() => void>();

/** Tells this process's worker that work was just queued, so it need not wait for its next poll. */
export function jobsQueued(): void {
  for (const l of queuedListeners) l();
}

/** Subscribes a worker to `jobsQueued`; returns the unsubscribe function. */
export function onJobsQueued(listener: () => void): () => void {
  queuedListeners.add(listener);
  return () => queuedListeners.delete(listener);
}

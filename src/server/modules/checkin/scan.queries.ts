/** SQL of scans and attendance: set-based, in chunks, so a 5,000-scan offline upload is a few dozen statements, not thousands. */
import type { Db } from '../../db/database';
import type { CheckinAttendanceRow, CheckinScanRow } from '../../db/tables';
import { chunks } from './checkin.queries';

const SCAN_COLUMNS = ['id', 'participant_id', 'client_nonce', 'scanned_at', 'received_at', 'direction', 'offline', 'result', 'duplicate_of', 'flagged', 'device_id', 'method'] as const;

/** A stored scan as the merge and the outcomes need it. */
export type StoredScan = Pick<CheckinScanRow, (typeof SCAN_COLUMNS)[number]>;

/** The attendance columns the merge compares. */
export type AttendanceState = Pick<CheckinAttendanceRow, 'participant_id' | 'first_scan_id' | 'first_at' | 'inside' | 'last_at'>;

/**
 * PostgreSQL: takes the row lock of each (list, participant) attendance, inserting a placeholder where there is none yet, and returns
 * what was there. Every batch touching a person waits here for the one before it to commit, so the scans it reads next are complete
 * (READ COMMITTED gives each statement a fresh snapshot) and no two transactions decide on the same person at once. Rows are locked in
 * participant order, so two batches cannot deadlock on each other's people. Placeholders never outlive the transaction: they are
 * rewritten or deleted before it commits.
 */
export async function lockAttendance(db: Db, listId: string, base: { org_id: string; meeting_id: string }, participantIds: readonly string[]): Promise<AttendanceState[]> {
  const out: AttendanceState[] = [];
  for (const part of chunks([...participantIds].sort())) {
    out.push(...(await db.insertInto('checkin_attendance')
      .values(part.map((participant_id) => ({ list_id: listId, participant_id, ...base, first_scan_id: '', first_at: 0, inside: 0, last_at: 0 })))
      .onConflict((oc) => oc.columns(['list_id', 'participant_id']).doUpdateSet((eb) => ({ inside: eb.ref('checkin_attendance.inside') })))
      .returning(['participant_id', 'first_scan_id', 'first_at', 'inside', 'last_at']).execute()));
  }
  return out;
}

/** The attendance of people on a list (SQLite: the write transaction already holds the database). */
export async function attendanceOf(db: Db, listId: string, participantIds: readonly string[]): Promise<AttendanceState[]> {
  const out: AttendanceState[] = [];
  for (const part of chunks(participantIds)) {
    out.push(...(await db.selectFrom('checkin_attendance').select(['participant_id', 'first_scan_id', 'first_at', 'inside', 'last_at'])
      .where('list_id', '=', listId).where('participant_id', 'in', part).execute()));
  }
  return out;
}

/** Every stored scan of these people on a list. */
export async function scansOf(db: Db, listId: string, participantIds: readonly string[]): Promise<StoredScan[]> {
  const out: StoredScan[] = [];
  for (const part of chunks(participantIds)) {
    out.push(...(await db.selectFrom('checkin_scans').select([...SCAN_COLUMNS]).where('list_id', '=', listId).where('participant_id', 'in', part).execute()));
  }
  return out;
}

/** Stored scans of a list by nonce (the outcomes of replays). */
export async function scansByNonces(db: Db, listId: string, nonces: readonly string[]): Promise<StoredScan[]> {
  const out: StoredScan[] = [];
  for (const part of chunks(nonces)) {
    out.push(...(await db.selectFrom('checkin_scans').select([...SCAN_COLUMNS]).where('list_id', '=', listId).where('client_nonce', 'in', part).execute()));
  }
  return out;
}

/** Stores scans whose (list, nonce) is new; returns the nonces that were stored (the others had been received before). */
export async function insertScans(db: Db, rows: readonly CheckinScanRow[]): Promise<Set<string>> {
  const stored = new Set<string>();
  for (const part of chunks(rows, 500)) {
    const r = await db.insertInto('checkin_scans').values(part).onConflict((oc) => oc.columns(['list_id', 'client_nonce']).doNothing()).returning(['list_id', 'client_nonce']).execute();
    for (const x of r) stored.add(`${x.list_id}\u0000${x.client_nonce}`);
  }
  return stored;
}

/** Rewrites what the server made of stored scans, one statement per distinct verdict. */
export async function updateVerdicts(db: Db, changes: readonly { id: string; result: string; duplicate_of: string | null; flagged: number }[]): Promise<void> {
  const groups = new Map<string, { v: (typeof changes)[number]; ids: string[] }>();
  for (const c of changes) {
    const key = `${c.result}|${c.duplicate_of}|${c.flagged}`;
    const g = groups.get(key);
    if (g) g.ids.push(c.id);
    else groups.set(key, { v: c, ids: [c.id] });
  }
  for (const { v, ids } of groups.values()) {
    for (const part of chunks(ids)) await db.updateTable('checkin_scans').set({ result: v.result, duplicate_of: v.duplicate_of, flagged: v.flagged }).where('id', 'in', part).execute();
  }
}

/** Writes attendance rows (insert, or replace the row of the same person and list). */
export async function upsertAttendance(db: Db, rows: readonly CheckinAttendanceRow[]): Promise<void> {
  for (const part of chunks(rows, 500)) {
    await db.insertInto('checkin_attendance').values(part).onConflict((oc) => oc.columns(['list_id', 'participant_id']).doUpdateSet((eb) => ({
      first_scan_id: eb.ref('excluded.first_scan_id'), first_at: eb.ref('excluded.first_at'), inside: eb.ref('excluded.inside'), last_at: eb.ref('excluded.last_at'),
    }))).execute();
  }
}

/** Removes the attendance of people with no accepted entry (only exits). */
export async function deleteAttendance(db: Db, listId: string, participantIds: readonly string[]): Promise<void> {
  for (const part of chunks(participantIds)) await db.deleteFrom('checkin_attendance').where('list_id', '=', listId).where('participant_id', 'in', part).execute();
}

/** The first scans of attendances (when and on which device a person was first let in). */
export async function scansByIds(db: Db, ids: readonly string[]): Promise<Pick<CheckinScanRow, 'id' | 'scanned_at' | 'device_id'>[]> {
  const out: Pick<CheckinScanRow, 'id' | 'scanned_at' | 'device_id'>[] = [];
  for (const part of chunks(ids)) out.push(...(await db.selectFrom('checkin_scans').select(['id', 'scanned_at', 'device_id']).where('id', 'in', part).execute()));
  return out;
}

/** The attendance of people on a list, for outcomes of scans decided earlier (replays). */
export async function firstOf(db: Db, listId: string, participantIds: readonly string[]) {
  const out: { participant_id: string; first_at: number; device_id: string }[] = [];
  for (const part of chunks(participantIds)) {
    out.push(...(await db.selectFrom('checkin_attendance as a').innerJoin('checkin_scans as s', 's.id', 'a.first_scan_id')
      .select(['a.participant_id', 'a.first_at', 's.device_id']).where('a.list_id', '=', listId).where('a.participant_id', 'in', part).execute()));
  }
  return out;
}
